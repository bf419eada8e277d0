import { TimeWeighted } from './stats/TimeWeighted.js';

/**
 * What every resource records: counts of jobs, time-weighted busy servers and queue
 * length, and the sums behind mean wait and service times (for the utilisation law
 * U = X·S and Little's law L = λ·W). Times in seconds.
 */
export class ResourceStats {
  // Numeric fields are initialised where declared: see RandomStream (unboxed doubles).
  private cap = 0;
  /** Capacity over time (servers, cores): it changes when a resource is resized. */
  readonly capacityOverTime: TimeWeighted;
  readonly busy: TimeWeighted;
  readonly queue: TimeWeighted;
  arrivals = 0;
  started = 0;
  completed = 0;
  rejected = 0;
  timedOut = 0;
  /** Sum of time waited before service (or before timing out), seconds. */
  waitSumS = 0;
  /** Sum of service demands of jobs that started, seconds. */
  serviceSumS = 0;
  /** Sum of time from arrival to leaving, for resources that know it, seconds. */
  sojournSumS = 0;
  private sinceS = 0;

  constructor(capacity: number, startS: number) {
    this.cap = capacity;
    this.capacityOverTime = new TimeWeighted(startS, capacity);
    this.busy = new TimeWeighted(startS);
    this.queue = new TimeWeighted(startS);
    this.sinceS = startS;
  }

  /** Start of the observation period, seconds. */
  get startS(): number {
    return this.sinceS;
  }

  /** Current capacity. */
  get capacity(): number {
    return this.cap;
  }

  /** The resource was resized at `atS`. */
  setCapacity(atS: number, capacity: number): void {
    this.cap = capacity;
    this.capacityOverTime.set(atS, capacity);
  }

  /** Fraction of capacity in use over [start, atS]: busy-time over capacity-time. */
  utilisation(atS: number): number {
    const capacityTime = this.capacityOverTime.integral(atS);
    return capacityTime > 0 ? this.busy.integral(atS) / capacityTime : this.busy.current / this.cap;
  }

  /** Forgets counts and history before `atS` (end of warm-up); current state stays. */
  reset(atS: number): void {
    this.busy.reset(atS);
    this.queue.reset(atS);
    this.capacityOverTime.reset(atS);
    this.arrivals = this.started = this.completed = this.rejected = this.timedOut = 0;
    this.waitSumS = this.serviceSumS = this.sojournSumS = 0;
    this.sinceS = atS;
  }
}
