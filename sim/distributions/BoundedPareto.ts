import type { RandomStream } from '../RandomStream.js';
import type { Distribution } from './Distribution.js';
import { describeParams } from './describeParams.js';
import { requirePositive } from './validate.js';

/**
 * Pareto with tail index `alpha`, truncated to [low, high) (caller's unit): density
 * α·low^α·x^(−α−1) / (1 − (low/high)^α). Heavy-tailed yet with finite moments.
 * Sampled by inverting the CDF: x = low / (1 − u·(1 − (low/high)^α))^(1/α).
 */
export class BoundedPareto implements Distribution {
  readonly alpha: number;
  readonly low: number;
  readonly high: number;
  readonly mean: number;
  readonly variance: number;
  /** 1 − (low/high)^α, the untruncated mass below `high`. */
  private readonly mass: number;
  private readonly negInvAlpha: number;

  constructor(alpha: number, low: number, high: number) {
    requirePositive('BoundedPareto', 'alpha', alpha);
    requirePositive('BoundedPareto', 'low', low);
    requirePositive('BoundedPareto', 'high', high);
    if (!(high > low)) {
      throw new RangeError(`BoundedPareto: high must be > low (${low}); got ${high}`);
    }
    this.alpha = alpha;
    this.low = low;
    this.high = high;
    this.mass = -Math.expm1(alpha * Math.log(low / high));
    this.negInvAlpha = -1 / alpha;
    this.mean = this.rawMoment(1);
    this.variance = this.rawMoment(2) - this.mean * this.mean;
  }

  /**
   * E[X^k] = α·low^k·g / mass with g = ((high/low)^(k−α) − 1)/(k − α), whose limit at
   * k = α is ln(high/low) — the log forms of the α = 1 mean and α = 2 variance.
   */
  private rawMoment(k: number): number {
    const d = k - this.alpha;
    const logRange = Math.log(this.high / this.low);
    const g = d === 0 ? logRange : Math.expm1(d * logRange) / d;
    return (this.alpha * Math.pow(this.low, k) * g) / this.mass;
  }

  sample(rng: RandomStream): number {
    return this.low * Math.pow(1 - rng.uniform() * this.mass, this.negInvAlpha);
  }

  describe(): string {
    return describeParams('BoundedPareto', { alpha: this.alpha, low: this.low, high: this.high });
  }
}
