/**
 * Sums per fixed-width time window and column over [0, horizonS), for time series
 * output (throughput per window, busy-time per window…). Window i covers
 * [i·widthS, (i+1)·widthS); the last one ends at horizonS (included) and may be shorter.
 * One Float64Array of windows × columns; `add` and `addInterval` allocate nothing.
 */
export class WindowSeries {
  readonly widthS: number;
  readonly horizonS: number;
  readonly columns: number;
  readonly windowCount: number;
  private readonly sums: Float64Array;

  constructor(widthS: number, horizonS: number, columns: number) {
    if (!(widthS > 0 && horizonS > 0 && horizonS < Infinity && Number.isInteger(columns) && columns > 0)) {
      throw new RangeError(`WindowSeries: bad width ${widthS} s, horizon ${horizonS} s or columns ${columns}`);
    }
    this.widthS = widthS;
    this.horizonS = horizonS;
    this.columns = columns;
    // 1.1 / 0.1 is 11.000000000000002 in floating point: that is 11 windows, not 12.
    const ratio = horizonS / widthS;
    const whole = Math.round(ratio);
    this.windowCount = Math.max(1, Math.abs(ratio - whole) <= 1e-9 * whole ? whole : Math.ceil(ratio));
    this.sums = new Float64Array(this.windowCount * columns);
  }

  windowStartS(window: number): number {
    return window * this.widthS;
  }

  windowEndS(window: number): number {
    return window === this.windowCount - 1 ? this.horizonS : (window + 1) * this.widthS;
  }

  /** Adds `amount` to `column` of the window holding `atS`; times outside [0, horizonS] are ignored. */
  add(atS: number, column: number, amount: number): void {
    this.addAt(this.indexAt(atS), column, amount);
  }

  /**
   * The window holding `atS`, or -1 outside [0, horizonS]. The horizon itself belongs
   * to the last window: a run delivers the events due at its horizon, and whatever
   * they count must be in some window.
   */
  indexAt(atS: number): number {
    if (!(atS >= 0 && atS <= this.horizonS)) return -1;
    return Math.min(Math.floor(atS / this.widthS), this.windowCount - 1);
  }

  /**
   * Adds `amount` to `column` of window `window` as `indexAt` gave it (-1 is ignored):
   * several columns of one moment then cost one division.
   */
  addAt(window: number, column: number, amount: number): void {
    if (window >= 0) this.sums[window * this.columns + column] += amount;
  }

  /**
   * Adds value × (seconds of overlap) to `column` of every window that [fromS, toS)
   * overlaps, clipped to [0, horizonS); a window's sum over its length is then the
   * time-weighted mean of a quantity that held `value` during the interval.
   */
  addInterval(fromS: number, toS: number, column: number, value: number): void {
    const a = fromS > 0 ? fromS : 0;
    const b = toS < this.horizonS ? toS : this.horizonS;
    if (!(b > a)) return;
    const last = this.windowCount - 1;
    const lastHit = Math.min(Math.floor(b / this.widthS), last);
    for (let w = Math.min(Math.floor(a / this.widthS), last); w <= lastHit; w++) {
      // Each window's end is computed as the next one's start, so overlaps add up to b − a.
      const start = w * this.widthS;
      const end = (w + 1) * this.widthS;
      const overlap = (end < b ? end : b) - (start > a ? start : a);
      if (overlap > 0) this.sums[w * this.columns + column] += value * overlap;
    }
  }

  /** Window `window`'s columns as a view on the series' own memory (no copy: a week of 10 s windows is 60 480 of them). */
  row(window: number): Float64Array {
    return this.sums.subarray(window * this.columns, (window + 1) * this.columns);
  }

  get(window: number, column: number): number {
    return this.sums[window * this.columns + column];
  }

  reset(): void {
    this.sums.fill(0);
  }
}
