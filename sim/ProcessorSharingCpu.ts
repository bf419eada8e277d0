import type { EventHandler, Kernel } from './Kernel.js';
import { KeyedHeap } from './KeyedHeap.js';
import { JobOutcome, type JobListener } from './JobListener.js';
import { ResourceStats } from './ResourceStats.js';

const DEPART = 0;

export interface ProcessorSharingCpuOptions {
  name: string;
  cores: number;
  tag?: number;
}

/**
 * A CPU with `cores` cores shared by the jobs on it (egalitarian processor sharing):
 * with n jobs each progresses at min(1, cores/n) core-seconds per second — a job is
 * single-threaded, so it never runs faster than one core.
 *
 * All jobs progress at the same rate, so the CPU keeps a virtual clock V advancing at
 * that rate; a job with demand d arriving at virtual time v finishes when V reaches
 * v + d. Jobs wait in a heap keyed by that finish tag, and only the next departure is
 * scheduled in the kernel (rescheduled when n changes): O(log n) per arrival or
 * departure. For exponential demands its mean response equals the FCFS M/M/c value.
 */
export class ProcessorSharingCpu implements EventHandler {
  readonly name: string;
  // Numeric fields are initialised where declared: see RandomStream (unboxed doubles).
  private coreCount = 0;
  readonly stats: ResourceStats;
  private readonly kernel: Kernel;
  private readonly listener: JobListener;
  private readonly tag: number;
  private readonly departKind: number;
  private readonly tags = new KeyedHeap(64);
  // Per-job entries (heap values index these), recycled through a free list.
  private entryJob = new Int32Array(64);
  private entryArrivedS = new Float64Array(64);
  private freeEntries = new Int32Array(64);
  private freeCount = 0;
  private entryCount = 0;
  private virtual = 0;
  private lastS = 0;
  /**
   * The pending departure, if `timerLive`, is the event stamped `timerGen`; moving it
   * schedules a new one under the next generation, and the old one is discarded when it
   * comes (see `Kernel.discard`).
   */
  private timerLive = false;
  private timerGen = 0;
  /** Finish tag and per-job rate the pending departure was computed for. */
  private timerTag = NaN;
  private timerRate = NaN;

  constructor(kernel: Kernel, listener: JobListener, options: ProcessorSharingCpuOptions) {
    if (!(options.cores > 0)) throw new RangeError(`${options.name}: cores must be > 0, got ${options.cores}`);
    this.kernel = kernel;
    this.listener = listener;
    this.name = options.name;
    this.coreCount = options.cores;
    this.tag = options.tag ?? 0;
    this.lastS = kernel.nowS;
    this.stats = new ResourceStats(options.cores, kernel.nowS);
    this.departKind = kernel.defineKind(this, DEPART, `${this.name}.depart`);
  }

  get cores(): number {
    return this.coreCount;
  }

  /** Resizes the CPU to `cores` now (a VM resized): jobs keep their progress. */
  setCores(cores: number): void {
    if (!(cores > 0)) throw new RangeError(`${this.name}: cores must be > 0, got ${cores}`);
    const now = this.kernel.nowS;
    this.advance(now);
    this.coreCount = cores;
    this.stats.setCapacity(now, cores);
    this.timerRate = NaN;
    this.changed(now);
  }

  /** Jobs on the CPU. */
  get jobs(): number {
    return this.tags.size;
  }

  /** A job arrives needing `demandS` core-seconds. */
  arrive(job: number, demandS: number): void {
    const now = this.kernel.nowS;
    this.advance(now);
    const entry = this.takeEntry();
    this.entryJob[entry] = job;
    this.entryArrivedS[entry] = now;
    this.tags.push(this.virtual + demandS, entry);
    this.stats.arrivals++;
    this.stats.started++;
    this.stats.serviceSumS += demandS;
    this.changed(now);
  }

  handle(_code: number, generation: number): void {
    if (generation !== this.timerGen || !this.timerLive) return this.kernel.discard();
    const now = this.kernel.nowS;
    this.timerLive = false;
    this.advance(now);
    const finishTag = this.tags.peekKey();
    if (finishTag > this.virtual) this.virtual = finishTag;
    const entry = this.tags.pop();
    const job = this.entryJob[entry];
    this.stats.sojournSumS += now - this.entryArrivedS[entry];
    this.stats.completed++;
    this.freeEntries[this.freeCount++] = entry;
    this.changed(now);
    this.listener.jobDone(this.tag, job, JobOutcome.Served);
  }

  /** Per-job rate with n > 0 jobs. Branch-free, so the saturated case first met mid-run does not deoptimise the loop. */
  private rate(n: number): number {
    return Math.min(1, this.coreCount / n);
  }

  private advance(now: number): void {
    const n = this.tags.size;
    if (n > 0) this.virtual += (now - this.lastS) * this.rate(n);
    this.lastS = now;
  }

  /**
   * After n changed: record use and make sure the next departure is scheduled. The
   * pending departure stays valid while the earliest finish tag and the per-job rate
   * are unchanged (an arrival with a later tag, below the core count), which saves a
   * superseded event per arrival in the common, unsaturated case.
   */
  private changed(now: number): void {
    const n = this.tags.size;
    this.stats.busy.set(now, Math.min(n, this.coreCount));
    this.stats.queue.set(now, Math.max(0, n - this.coreCount));
    if (n === 0) {
      this.timerLive = false;
      return;
    }
    const tag = this.tags.peekKey();
    const rate = this.rate(n);
    if (this.timerLive && tag === this.timerTag && rate === this.timerRate) return;
    const remaining = tag - this.virtual;
    this.timerTag = tag;
    this.timerRate = rate;
    this.timerLive = true;
    this.timerGen = (this.timerGen + 1) & 0x7fffffff;
    this.kernel.schedule(remaining > 0 ? remaining / rate : 0, this.departKind, this.timerGen);
  }

  private takeEntry(): number {
    if (this.freeCount > 0) return this.freeEntries[--this.freeCount];
    if (this.entryCount === this.entryJob.length) {
      const n = this.entryCount * 2;
      const job = new Int32Array(n);
      const arrived = new Float64Array(n);
      job.set(this.entryJob);
      arrived.set(this.entryArrivedS);
      this.entryJob = job;
      this.entryArrivedS = arrived;
      this.freeEntries = new Int32Array(n);
    }
    return this.entryCount++;
  }
}
