import type { EventHandler, Kernel } from './Kernel.js';
import { Admission, JobOutcome, type JobListener } from './JobListener.js';
import { ResourceStats } from './ResourceStats.js';
import { FifoQueue } from './FifoQueue.js';

const DONE = 0;
const TIMEOUT = 1;

export interface FcfsStationOptions {
  name: string;
  servers: number;
  /** Jobs allowed to wait; an arrival finding it full is rejected. Default unlimited. */
  queueLimit?: number;
  /** A job waiting longer than this (seconds) leaves with `TimedOut`. Default never. */
  queueTimeoutS?: number;
  /** Passed back to the listener to say which resource a job left. */
  tag?: number;
}

/**
 * A multi-server first-come-first-served station (a pool of `servers` identical
 * servers and one FIFO queue). The caller gives each job its service time on arrival.
 * Nothing is allocated per job.
 */
export class FcfsStation implements EventHandler {
  readonly name: string;
  readonly servers: number;
  readonly queueLimit: number;
  readonly queueTimeoutS: number;
  readonly stats: ResourceStats;
  private readonly kernel: Kernel;
  private readonly listener: JobListener;
  private readonly tag: number;
  private readonly doneKind: number;
  private readonly timeoutKind: number;
  private busy = 0;
  private readonly waiting: FifoQueue;

  constructor(kernel: Kernel, listener: JobListener, options: FcfsStationOptions) {
    if (!(options.servers >= 1)) throw new RangeError(`${options.name}: servers must be ≥ 1, got ${options.servers}`);
    this.kernel = kernel;
    this.listener = listener;
    this.name = options.name;
    this.servers = options.servers;
    this.queueLimit = options.queueLimit ?? Infinity;
    this.queueTimeoutS = options.queueTimeoutS ?? Infinity;
    this.tag = options.tag ?? 0;
    this.stats = new ResourceStats(options.servers, kernel.nowS);
    this.doneKind = kernel.defineKind(this, DONE, `${this.name}.done`);
    this.timeoutKind = kernel.defineKind(this, TIMEOUT, `${this.name}.timeout`);
    this.waiting = new FifoQueue(Math.min(1024, Number.isFinite(this.queueLimit) ? Math.max(2, this.queueLimit) : 1024));
  }

  /** Jobs in service. */
  get inService(): number {
    return this.busy;
  }

  /** Jobs waiting. */
  get queueLength(): number {
    return this.waiting.size;
  }

  /** A job arrives needing `serviceS` seconds of one server. */
  arrive(job: number, serviceS: number): Admission {
    const now = this.kernel.nowS;
    const stats = this.stats;
    stats.arrivals++;
    if (this.busy < this.servers) {
      this.begin(job, serviceS, now, 0);
      return Admission.Started;
    }
    const waiting = this.waiting;
    if (waiting.size >= this.queueLimit) {
      stats.rejected++;
      return Admission.Rejected;
    }
    const timer = this.queueTimeoutS === Infinity ? -1 : this.kernel.scheduleCancellable(this.queueTimeoutS, this.timeoutKind, job);
    waiting.push(job, now, serviceS, timer);
    stats.queue.set(now, waiting.size);
    return Admission.Queued;
  }

  handle(code: number, job: number): void {
    const now = this.kernel.nowS;
    if (code === DONE) {
      this.busy--;
      this.stats.busy.set(now, this.busy);
      this.stats.completed++;
      if (this.waiting.size > 0) this.startHead();
      this.listener.jobDone(this.tag, job, JobOutcome.Served);
    } else {
      // Every waiting job has the same timeout, so timeouts fire in queue order: the
      // head is always the job timing out (later ones were cancelled when served).
      const waitedS = now - this.waiting.headEnterS();
      this.dequeue(now);
      this.stats.timedOut++;
      this.stats.waitSumS += waitedS;
      this.listener.jobDone(this.tag, job, JobOutcome.TimedOut);
    }
  }

  /** Starts the head of the queue now (the clock is read here: a double passed to a call V8 does not inline is boxed). */
  private startHead(): void {
    const now = this.kernel.nowS;
    const waiting = this.waiting;
    const job = waiting.headJob();
    const serviceS = waiting.headValue();
    const waitedS = now - waiting.headEnterS();
    if (waiting.headTimer() >= 0) this.kernel.cancel(waiting.headTimer());
    this.dequeue(now);
    this.begin(job, serviceS, now, waitedS);
  }

  private begin(job: number, serviceS: number, now: number, waitedS: number): void {
    this.busy++;
    this.stats.busy.set(now, this.busy);
    this.stats.started++;
    this.stats.waitSumS += waitedS;
    this.stats.serviceSumS += serviceS;
    this.kernel.schedule(serviceS, this.doneKind, job);
  }

  private dequeue(now: number): void {
    this.waiting.shift();
    this.stats.queue.set(now, this.waiting.size);
  }
}
