import type cdfFn from '@stdlib/stats-base-dists-normal-cdf';
import type pdfFn from '@stdlib/stats-base-dists-normal-pdf';
import type quantileFn from '@stdlib/stats-base-dists-normal-quantile';
import { lazyRequire } from '../lazyRequire.js';
import type { RandomStream } from '../RandomStream.js';
import type { Distribution } from './Distribution.js';
import { describeParams } from './describeParams.js';
import { standardNormal } from './standardNormal.js';
import { requireFinite, requirePositive } from './validate.js';

const normalCdf = lazyRequire<typeof cdfFn>('@stdlib/stats-base-dists-normal-cdf');
const normalPdf = lazyRequire<typeof pdfFn>('@stdlib/stats-base-dists-normal-pdf');
const normalQuantile = lazyRequire<typeof quantileFn>('@stdlib/stats-base-dists-normal-quantile');

/**
 * A normal with parameters `mu` and `sigma` (caller's unit) conditioned on X ≥ 0, so
 * a duration can never be negative. With α = −mu/sigma, Z = P(X ≥ 0) = Φ(mu/sigma)
 * and λ = φ(α)/Z, the moments are (Johnson, Kotz & Balakrishnan 1994, Continuous
 * Univariate Distributions vol. 1, §10.1): mean = mu + sigma·λ,
 * variance = sigma²·(1 + α·λ − λ²).
 */
export class TruncatedNormal implements Distribution {
  readonly mu: number;
  readonly sigma: number;
  readonly mean: number;
  readonly variance: number;
  /** P(X ≥ 0) for the untruncated normal. */
  readonly acceptance: number;
  private readonly byRejection: boolean;
  private readonly quantile: typeof quantileFn;

  constructor(mu: number, sigma: number) {
    requireFinite('TruncatedNormal', 'mu', mu);
    requirePositive('TruncatedNormal', 'sigma', sigma);
    // Φ(mu/sigma) rather than 1 − Φ(α): no cancellation when mu ≪ 0.
    const z = normalCdf()(mu / sigma, 0, 1);
    if (!(z > 0)) {
      throw new RangeError(
        `TruncatedNormal: mu/sigma must leave some mass at or above 0; got mu/sigma = ${mu / sigma}`,
      );
    }
    const alpha = -mu / sigma;
    const lambda = normalPdf()(alpha, 0, 1) / z;
    this.mu = mu;
    this.sigma = sigma;
    this.acceptance = z;
    this.mean = mu + sigma * lambda;
    this.variance = sigma * sigma * (1 + alpha * lambda - lambda * lambda);
    // Rejection costs 1/Z normal draws on average, unbounded as mu/sigma falls; below
    // Z = 0.5 one inverse-CDF evaluation (~125 ns, constant) is the cheaper path.
    this.byRejection = z >= 0.5;
    this.quantile = normalQuantile();
  }

  sample(rng: RandomStream): number {
    if (this.byRejection) {
      for (;;) {
        const x = this.mu + this.sigma * standardNormal(rng);
        if (x >= 0) return x;
      }
    }
    // X − mu = −sigma·Φ⁻¹(p) with p uniform on (0, Z]: stays in the accurate lower tail.
    const p = rng.uniformOpenZero() * this.acceptance;
    return Math.max(0, this.mu - this.sigma * this.quantile(p, 0, 1));
  }

  describe(): string {
    return describeParams('TruncatedNormal', { mu: this.mu, sigma: this.sigma });
  }
}
