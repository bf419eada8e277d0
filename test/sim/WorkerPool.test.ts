import { describe, it, expect } from 'vitest';
import { Kernel } from '../../sim/Kernel.js';
import { WorkerPool, type PoolListener } from '../../sim/WorkerPool.js';
import { Admission } from '../../sim/JobListener.js';

function pool(workers: number, queueLimit?: number): { kernel: Kernel; pool: WorkerPool; granted: number[] } {
  const kernel = new Kernel();
  const granted: number[] = [];
  const listener: PoolListener = { granted: (_t, job) => void granted.push(job) };
  return { kernel, pool: new WorkerPool(kernel, listener, { name: 'php', workers, queueLimit }), granted };
}

describe('WorkerPool', () => {
  it('grants up to its workers, queues then rejects past the queue limit', () => {
    const { pool: p } = pool(2, 1);
    expect([p.acquire(1), p.acquire(2), p.acquire(3), p.acquire(4)]).toEqual([
      Admission.Started,
      Admission.Started,
      Admission.Queued,
      Admission.Rejected,
    ]);
    expect(p.stats.rejected).toBe(1);
  });

  it('release hands the worker to the oldest waiting job', () => {
    const { pool: p, granted } = pool(1);
    p.acquire(1);
    p.acquire(2);
    p.acquire(3);
    p.release();
    p.release();
    expect(granted).toEqual([2, 3]);
    expect(p.inUse).toBe(1);
    p.release();
    expect(p.inUse).toBe(0);
  });

  it('measures waiting time and time-weighted use', () => {
    const k = new Kernel();
    const granted: number[] = [];
    const p = new WorkerPool(k, { granted: (_t, j) => void granted.push(j) }, { name: 'php', workers: 1 });
    const kind = k.defineKind({ handle: (code) => (code === 0 ? p.acquire(code) : p.release()) }, 0);
    const rel = k.defineKind({ handle: () => p.release() }, 1);
    k.scheduleAt(0, kind, 0);
    k.scheduleAt(1, kind, 0);
    k.scheduleAt(4, rel, 0);
    k.scheduleAt(6, rel, 0);
    k.run(10);
    expect(p.stats.waitSumS).toBe(3);
    expect(p.stats.busy.mean(10)).toBeCloseTo(0.6, 12);
  });
});
