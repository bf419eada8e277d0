import { describe, it, expect } from 'vitest';
import { Kernel, type EventHandler } from '../../sim/Kernel.js';
import { FcfsStation } from '../../sim/FcfsStation.js';
import { Admission, JobOutcome, type JobListener } from '../../sim/JobListener.js';

/** Schedules arrivals (time, job, serviceS) and logs what leaves. */
class Driver implements EventHandler, JobListener {
  readonly kernel = new Kernel();
  readonly log: string[] = [];
  readonly admissions: Admission[] = [];
  station!: FcfsStation;
  private readonly arrivals: [number, number, number][] = [];
  private readonly kind = this.kernel.defineKind(this, 0, 'arrive');

  at(atS: number, job: number, serviceS: number): this {
    this.arrivals.push([atS, job, serviceS]);
    this.kernel.scheduleAt(atS, this.kind, this.arrivals.length - 1);
    return this;
  }
  handle(_code: number, i: number): void {
    const [, job, serviceS] = this.arrivals[i];
    this.admissions.push(this.station.arrive(job, serviceS));
  }
  jobDone(tag: number, job: number, outcome: JobOutcome): void {
    this.log.push(`${this.kernel.nowS}:${tag}:${job}:${outcome === JobOutcome.Served ? 'served' : 'timedOut'}`);
  }
}

function driver(options: { servers: number; queueLimit?: number; queueTimeoutS?: number }): Driver {
  const d = new Driver();
  d.station = new FcfsStation(d.kernel, d, { name: 's', tag: 9, ...options });
  return d;
}

describe('FcfsStation', () => {
  it('serves in arrival order on c servers', () => {
    const d = driver({ servers: 2 }).at(0, 1, 10).at(0, 2, 10).at(1, 3, 1).at(2, 4, 1);
    d.kernel.run();
    expect(d.admissions).toEqual([Admission.Started, Admission.Started, Admission.Queued, Admission.Queued]);
    expect(d.log).toEqual(['10:9:1:served', '10:9:2:served', '11:9:3:served', '11:9:4:served']);
  });

  it('rejects arrivals beyond the queue limit and counts them', () => {
    const d = driver({ servers: 1, queueLimit: 1 }).at(0, 1, 5).at(1, 2, 5).at(2, 3, 5);
    d.kernel.run();
    expect(d.admissions).toEqual([Admission.Started, Admission.Queued, Admission.Rejected]);
    expect(d.log).toEqual(['5:9:1:served', '10:9:2:served']);
    expect(d.station.stats.rejected).toBe(1);
    expect(d.station.stats.arrivals).toBe(3);
  });

  it('drops a job that waited past the queue timeout, and serves the others', () => {
    const d = driver({ servers: 1, queueTimeoutS: 3 }).at(0, 1, 5).at(1, 2, 1).at(4, 3, 1);
    d.kernel.run();
    expect(d.log).toEqual(['4:9:2:timedOut', '5:9:1:served', '6:9:3:served']);
    expect(d.station.stats.timedOut).toBe(1);
    expect(d.station.stats.waitSumS).toBe(3 + 1);
  });

  it('a job that starts service before its timeout is not dropped', () => {
    const d = driver({ servers: 1, queueTimeoutS: 3 }).at(0, 1, 2).at(1, 2, 10);
    d.kernel.run();
    expect(d.log).toEqual(['2:9:1:served', '12:9:2:served']);
  });

  it('reports time-weighted busy servers and queue length', () => {
    const d = driver({ servers: 2 }).at(0, 1, 4).at(0, 2, 2).at(0, 3, 2);
    d.kernel.run(8);
    // busy: 2 on [0,4), 0 on [4,8) → mean 1 → utilisation 0.5; queue: 1 on [0,2) → 0.25.
    expect(d.station.stats.busy.mean(8)).toBeCloseTo(1, 12);
    expect(d.station.stats.utilisation(8)).toBeCloseTo(0.5, 12);
    expect(d.station.stats.queue.mean(8)).toBeCloseTo(0.25, 12);
  });

  it('grows its queue past the initial ring size without losing order', () => {
    const d = driver({ servers: 1 });
    for (let i = 0; i < 3000; i++) d.at(0, i, 1);
    d.kernel.run();
    expect(d.log.length).toBe(3000);
    expect(d.log[2999]).toBe('3000:9:2999:served');
    expect(d.log.every((line, i) => line === `${i + 1}:9:${i}:served`)).toBe(true);
  });
});
