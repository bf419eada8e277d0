import type { Kernel } from './Kernel.js';
import { Admission } from './JobListener.js';
import { ResourceStats } from './ResourceStats.js';
import { FifoQueue } from './FifoQueue.js';

/** Told when a waiting job is given a worker. */
export interface PoolListener {
  granted(tag: number, job: number): void;
}

export interface WorkerPoolOptions {
  name: string;
  workers: number;
  /** Jobs allowed to wait for a worker (a listen backlog); beyond it: Rejected. Default unlimited. */
  queueLimit?: number;
  tag?: number;
}

/**
 * A pool of `workers` that a job holds for as long as it likes (a PHP-FPM pool, a
 * thread pool): `acquire` grants a worker at once, queues the job FIFO, or rejects it
 * when the queue is full; `release` returns the worker, which goes to the oldest
 * waiting job (its owner is told through `granted`). Unlike FcfsStation the holding
 * time is not known in advance. Times in seconds; nothing allocated per job.
 */
export class WorkerPool {
  readonly name: string;
  private workerCount = 0;
  readonly queueLimit: number;
  readonly stats: ResourceStats;
  private readonly kernel: Kernel;
  private readonly listener: PoolListener;
  private readonly tag: number;
  private readonly waiting = new FifoQueue(256);
  private busy = 0;

  constructor(kernel: Kernel, listener: PoolListener, options: WorkerPoolOptions) {
    if (!(options.workers >= 1)) throw new RangeError(`${options.name}: workers must be ≥ 1, got ${options.workers}`);
    this.kernel = kernel;
    this.listener = listener;
    this.name = options.name;
    this.workerCount = options.workers;
    this.queueLimit = options.queueLimit ?? Infinity;
    this.tag = options.tag ?? 0;
    this.stats = new ResourceStats(options.workers, kernel.nowS);
  }

  get workers(): number {
    return this.workerCount;
  }

  /** Resizes the pool now; growing it hands the new workers to waiting jobs at once. */
  setWorkers(workers: number): void {
    if (!(workers >= 1)) throw new RangeError(`${this.name}: workers must be ≥ 1, got ${workers}`);
    const now = this.kernel.nowS;
    this.workerCount = workers;
    this.stats.setCapacity(now, workers);
    while (this.busy < this.workerCount && this.waiting.size > 0) {
      this.busy++;
      this.stats.busy.set(now, this.busy);
      this.grantHead(now);
    }
  }

  get inUse(): number {
    return this.busy;
  }

  get queueLength(): number {
    return this.waiting.size;
  }

  /** Asks for a worker for `job`. */
  acquire(job: number): Admission {
    const now = this.kernel.nowS;
    const stats = this.stats;
    stats.arrivals++;
    if (this.busy < this.workerCount) {
      this.busy++;
      stats.busy.set(now, this.busy);
      stats.started++;
      return Admission.Started;
    }
    if (this.waiting.size >= this.queueLimit) {
      stats.rejected++;
      return Admission.Rejected;
    }
    this.waiting.push(job, now, 0, -1);
    stats.queue.set(now, this.waiting.size);
    return Admission.Queued;
  }

  /** Returns a worker; the oldest waiting job, if any, gets it. */
  release(): void {
    const now = this.kernel.nowS;
    const stats = this.stats;
    stats.completed++;
    const waiting = this.waiting;
    // After a shrink the pool may hold more workers than it now has: give this one up.
    if (waiting.size === 0 || this.busy > this.workerCount) {
      this.busy--;
      stats.busy.set(now, this.busy);
      return;
    }
    this.grantHead(now);
  }

  private grantHead(now: number): void {
    const waiting = this.waiting;
    const job = waiting.headJob();
    this.stats.waitSumS += now - waiting.headEnterS();
    waiting.shift();
    this.stats.queue.set(now, waiting.size);
    this.stats.started++;
    this.listener.granted(this.tag, job);
  }
}
