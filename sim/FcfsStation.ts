import type { EventHandler, Kernel } from './Kernel.js';
import { Admission, JobOutcome, type JobListener } from './JobListener.js';
import { ResourceStats } from './ResourceStats.js';

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
 * Waiting jobs live in a ring buffer of typed arrays; nothing is allocated per job.
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
  // FIFO ring of waiting jobs.
  private qJob: Int32Array;
  private qServiceS: Float64Array;
  private qEnterS: Float64Array;
  private qTimer: Float64Array;
  private qHead = 0;
  private qSize = 0;

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
    const cap = Math.min(1024, Number.isFinite(this.queueLimit) ? Math.max(1, this.queueLimit) : 1024);
    this.qJob = new Int32Array(cap);
    this.qServiceS = new Float64Array(cap);
    this.qEnterS = new Float64Array(cap);
    this.qTimer = new Float64Array(cap);
  }

  /** Jobs in service. */
  get inService(): number {
    return this.busy;
  }

  /** Jobs waiting. */
  get queueLength(): number {
    return this.qSize;
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
    if (this.qSize >= this.queueLimit) {
      stats.rejected++;
      return Admission.Rejected;
    }
    if (this.qSize === this.qJob.length) this.growQueue();
    const at = (this.qHead + this.qSize) % this.qJob.length;
    this.qJob[at] = job;
    this.qServiceS[at] = serviceS;
    this.qEnterS[at] = now;
    this.qTimer[at] = this.queueTimeoutS === Infinity ? -1 : this.kernel.scheduleCancellable(this.queueTimeoutS, this.timeoutKind, job);
    this.qSize++;
    stats.queue.set(now, this.qSize);
    return Admission.Queued;
  }

  handle(code: number, job: number): void {
    const now = this.kernel.nowS;
    if (code === DONE) {
      this.busy--;
      this.stats.busy.set(now, this.busy);
      this.stats.completed++;
      if (this.qSize > 0) this.startHead(now);
      this.listener.jobDone(this.tag, job, JobOutcome.Served);
    } else {
      // Every waiting job has the same timeout, so timeouts fire in queue order: the
      // head is always the job timing out (later ones were cancelled when served).
      const head = this.qHead;
      const waitedS = now - this.qEnterS[head];
      this.dequeue(now);
      this.stats.timedOut++;
      this.stats.waitSumS += waitedS;
      this.listener.jobDone(this.tag, job, JobOutcome.TimedOut);
    }
  }

  private startHead(now: number): void {
    const head = this.qHead;
    const job = this.qJob[head];
    const serviceS = this.qServiceS[head];
    const waitedS = now - this.qEnterS[head];
    if (this.qTimer[head] >= 0) this.kernel.cancel(this.qTimer[head]);
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
    this.qHead = (this.qHead + 1) % this.qJob.length;
    this.qSize--;
    this.stats.queue.set(now, this.qSize);
  }

  private growQueue(): void {
    const n = this.qJob.length;
    const order = (a: Int32Array | Float64Array, b: Int32Array | Float64Array): void => {
      for (let i = 0; i < n; i++) b[i] = a[(this.qHead + i) % n];
    };
    const job = new Int32Array(n * 2);
    const serviceS = new Float64Array(n * 2);
    const enterS = new Float64Array(n * 2);
    const timer = new Float64Array(n * 2);
    order(this.qJob, job);
    order(this.qServiceS, serviceS);
    order(this.qEnterS, enterS);
    order(this.qTimer, timer);
    this.qJob = job;
    this.qServiceS = serviceS;
    this.qEnterS = enterS;
    this.qTimer = timer;
    this.qHead = 0;
  }
}
