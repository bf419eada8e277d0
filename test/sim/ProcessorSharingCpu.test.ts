import { describe, it, expect } from 'vitest';
import { Kernel, type EventHandler } from '../../sim/Kernel.js';
import { ProcessorSharingCpu } from '../../sim/ProcessorSharingCpu.js';
import type { JobListener } from '../../sim/JobListener.js';

class Driver implements EventHandler, JobListener {
  readonly kernel = new Kernel();
  readonly done = new Map<number, number>();
  cpu!: ProcessorSharingCpu;
  private readonly jobs: [number, number][] = [];
  private readonly kind = this.kernel.defineKind(this, 0, 'arrive');
  at(atS: number, job: number, demandS: number): this {
    this.jobs.push([job, demandS]);
    this.kernel.scheduleAt(atS, this.kind, this.jobs.length - 1);
    return this;
  }
  handle(_c: number, i: number): void {
    this.cpu.arrive(this.jobs[i][0], this.jobs[i][1]);
  }
  jobDone(_tag: number, job: number): void {
    this.done.set(job, this.kernel.nowS);
  }
}

function cpu(cores: number): Driver {
  const d = new Driver();
  d.cpu = new ProcessorSharingCpu(d.kernel, d, { name: 'cpu', cores });
  return d;
}

describe('ProcessorSharingCpu', () => {
  it('two jobs on one core each run at half speed', () => {
    const d = cpu(1).at(0, 1, 2).at(0, 2, 2);
    d.kernel.run();
    expect(d.done.get(1)).toBeCloseTo(4, 12);
    expect(d.done.get(2)).toBeCloseTo(4, 12);
  });

  it('a job never runs faster than one core', () => {
    const d = cpu(4).at(0, 1, 3);
    d.kernel.run();
    expect(d.done.get(1)).toBeCloseTo(3, 12);
  });

  it('shares cores as they fill and empty: exact finish times', () => {
    // 1 core. Job A (4 s) alone on [0,1): 1 s done. With B (1 s) on [1,3): each gets 1 s.
    // B finishes at 3; A has 2 s left, alone: finishes at 5.
    const d = cpu(1).at(0, 1, 4).at(1, 2, 1);
    d.kernel.run();
    expect(d.done.get(2)).toBeCloseTo(3, 12);
    expect(d.done.get(1)).toBeCloseTo(5, 12);
  });

  it('counts no event for a departure it moved: three jobs make six events', () => {
    // A's departure, first due at 4, moves to 5 when B arrives (and B's is due at 3):
    // the superseded one is discarded when it comes, not counted.
    const d = cpu(1).at(0, 1, 4).at(1, 2, 1).at(10, 3, 1);
    const stats = d.kernel.run();
    expect(stats.events).toBe(6);
    expect(d.kernel.eventsProcessed).toBe(6);
    expect(d.done.get(3)).toBeCloseTo(11, 12);
    expect(d.cpu.jobs).toBe(0);
  });

  it('ends the run at the last departure when a moved timer is the last event left', () => {
    // Two jobs of 4 s on 1 core would both leave at 8; at t = 1 the CPU gets a second
    // core and both leave at 1 + 3.5 = 4.5. The departure once due at 8 is discarded.
    const d = cpu(1).at(0, 1, 4).at(0, 2, 4);
    const grow = d.kernel.defineKind({ handle: () => d.cpu.setCores(2) }, 0, 'grow');
    d.kernel.scheduleAt(1, grow, 0);
    expect(d.kernel.run().events).toBe(5);
    expect(d.done.get(1)).toBeCloseTo(4.5, 12);
    expect(d.done.get(2)).toBeCloseTo(4.5, 12);
    expect(d.kernel.nowS).toBeCloseTo(4.5, 12);
  });

  it('with more jobs than cores, each gets cores/n', () => {
    // 2 cores, 4 equal jobs of 1 s: rate 1/2 each → all finish at 2.
    const d = cpu(2).at(0, 1, 1).at(0, 2, 1).at(0, 3, 1).at(0, 4, 1);
    d.kernel.run();
    for (const j of [1, 2, 3, 4]) expect(d.done.get(j)).toBeCloseTo(2, 12);
    expect(d.cpu.stats.utilisation(2)).toBeCloseTo(1, 12);
    expect(d.cpu.stats.sojournSumS).toBeCloseTo(8, 12);
  });

  it('jobs with equal demands leave in arrival order', () => {
    const d = cpu(1);
    const order: number[] = [];
    d.jobDone = (_t, job) => void order.push(job);
    for (let j = 0; j < 10; j++) d.at(0, j, 1);
    d.kernel.run();
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
