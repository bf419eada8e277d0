import type { RandomStream } from '../RandomStream.js';
import type { Distribution } from './Distribution.js';
import { describeParams, formatNumber } from './describeParams.js';
import { standardNormal } from './standardNormal.js';
import { requireFinite, requirePositive } from './validate.js';

/** Φ⁻¹(0.95), the standard normal 95th percentile. */
const Z95 = 1.6448536269514722;
/** The largest p95/mean a lognormal can have: at sigma = Z95. */
const MAX_P95_RATIO = Math.exp((Z95 * Z95) / 2);

/**
 * exp(N(mu, sigma²)): `mu` and `sigma` are the parameters of the underlying normal,
 * so values come out in the unit whose logarithm they describe. Mean
 * exp(mu + sigma²/2), variance (exp(sigma²) − 1)·exp(2mu + sigma²).
 */
export class LogNormal implements Distribution {
  readonly mu: number;
  readonly sigma: number;
  readonly mean: number;
  readonly variance: number;

  constructor(mu: number, sigma: number) {
    requireFinite('LogNormal', 'mu', mu);
    requirePositive('LogNormal', 'sigma', sigma);
    const s2 = sigma * sigma;
    this.mu = mu;
    this.sigma = sigma;
    this.mean = Math.exp(mu + s2 / 2);
    this.variance = Math.expm1(s2) * Math.exp(2 * mu + s2);
  }

  /**
   * The lognormal with this mean and 95th percentile. Solves mu + sigma²/2 = ln mean
   * and mu + Z95·sigma = ln p95, taking the smaller root
   * sigma = Z95 − sqrt(Z95² − 2·ln(p95/mean)); real and positive only for
   * 1 < p95/mean ≤ exp(Z95²/2).
   */
  static fromMeanP95(mean: number, p95: number): LogNormal {
    requirePositive('LogNormal.fromMeanP95', 'mean', mean);
    requirePositive('LogNormal.fromMeanP95', 'p95', p95);
    const ratio = p95 / mean;
    if (!(ratio > 1 && ratio <= MAX_P95_RATIO)) {
      throw new RangeError(
        `LogNormal.fromMeanP95: p95/mean must be in (1, ${formatNumber(MAX_P95_RATIO)}] ` +
          `(above 1 and at most exp(z95²/2)); got ${formatNumber(ratio)} ` +
          `(mean=${mean}, p95=${p95})`,
      );
    }
    const sigma = Z95 - Math.sqrt(Math.max(0, Z95 * Z95 - 2 * Math.log(ratio)));
    return new LogNormal(Math.log(mean) - (sigma * sigma) / 2, sigma);
  }

  /** The lognormal with this mean and coefficient of variation: sigma² = ln(1 + cv²). */
  static fromMeanCv(mean: number, cv: number): LogNormal {
    requirePositive('LogNormal.fromMeanCv', 'mean', mean);
    requirePositive('LogNormal.fromMeanCv', 'cv', cv);
    const s2 = Math.log1p(cv * cv);
    return new LogNormal(Math.log(mean) - s2 / 2, Math.sqrt(s2));
  }

  sample(rng: RandomStream): number {
    return Math.exp(this.mu + this.sigma * standardNormal(rng));
  }

  describe(): string {
    return describeParams('LogNormal', { mu: this.mu, sigma: this.sigma });
  }
}
