/**
 * Count, mean, variance, min and max of observations, in one pass and fixed memory.
 * Welford's update (1962) keeps the variance accurate when the mean is large against
 * the spread; `merge` uses the pairwise formula of Chan, Golub and LeVeque (1979).
 * Unit: whatever the caller records.
 */
export class Tally {
  private n = 0;
  private mu = 0;
  /** Sum of squared deviations from the running mean. */
  private m2 = 0;
  private lo = Infinity;
  private hi = -Infinity;

  record(x: number): void {
    const n = ++this.n;
    const delta = x - this.mu;
    this.mu += delta / n;
    this.m2 += delta * (x - this.mu);
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
  }

  get count(): number {
    return this.n;
  }

  /** NaN when empty. */
  get mean(): number {
    return this.n > 0 ? this.mu : NaN;
  }

  /** Sample variance (divisor n − 1); NaN below two observations. */
  get variance(): number {
    return this.n > 1 ? this.m2 / (this.n - 1) : NaN;
  }

  /** Sample standard deviation; NaN below two observations. */
  get stdDev(): number {
    return Math.sqrt(this.variance);
  }

  /** NaN when empty. */
  get min(): number {
    return this.n > 0 ? this.lo : NaN;
  }

  /** NaN when empty. */
  get max(): number {
    return this.n > 0 ? this.hi : NaN;
  }

  /** Adds `other`'s observations, as if they had been recorded here. */
  merge(other: Tally): this {
    const a = this.n;
    const b = other.n;
    if (b === 0) return this;
    const n = a + b;
    const delta = other.mu - this.mu;
    this.mu += (delta * b) / n;
    this.m2 += other.m2 + (delta * delta * a * b) / n;
    this.n = n;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    return this;
  }

  reset(): void {
    this.n = 0;
    this.mu = 0;
    this.m2 = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
  }
}
