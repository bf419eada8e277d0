/**
 * Time-weighted average of a piecewise-constant quantity (busy servers, queue length).
 * `set(atS, value)` closes the interval since the last change; `mean(atS)` includes the
 * still-open interval. `reset(atS)` starts a new observation period (end of warm-up)
 * keeping the current value. Times in seconds; no allocation.
 */
export class TimeWeighted {
  private value = 0;
  // Numeric fields are initialised where declared: see RandomStream (unboxed doubles).
  private lastS = 0;
  private startS = 0;
  private area = 0;
  private peak = 0;

  constructor(startS = 0, initial = 0) {
    this.startS = startS;
    this.lastS = startS;
    this.value = initial;
    this.peak = initial;
  }

  /** The quantity changes to `value` at time `atS` (non-decreasing times). */
  set(atS: number, value: number): void {
    this.area += this.value * (atS - this.lastS);
    this.lastS = atS;
    this.value = value;
    if (value > this.peak) this.peak = value;
  }

  /** Adds `delta` to the quantity at time `atS`. */
  add(atS: number, delta: number): void {
    this.set(atS, this.value + delta);
  }

  get current(): number {
    return this.value;
  }

  get max(): number {
    return this.peak;
  }

  /** Integral of the quantity over [start, atS]: value × seconds. */
  integral(atS: number): number {
    return this.area + this.value * (atS - this.lastS);
  }

  /** Mean over [start, atS]; the current value for an empty period. */
  mean(atS: number): number {
    const span = atS - this.startS;
    return span > 0 ? this.integral(atS) / span : this.value;
  }

  /** Forgets the history before `atS` (warm-up), keeping the current value. */
  reset(atS: number): void {
    this.area = 0;
    this.lastS = atS;
    this.startS = atS;
    this.peak = this.value;
  }
}
