import type { RandomStream } from '../../../sim/RandomStream.js';
import type { ProfileInput } from '../ModelInput.js';

/**
 * A base rate times a piecewise-linear multiplier (held before the first and after the
 * last point), sampled as a non-homogeneous Poisson process by thinning (Lewis &
 * Shedler 1979): candidates at the peak rate, each kept with probability rate(t)/peak.
 */
export class RateProfile {
  private readonly at: Float64Array;
  private readonly x: Float64Array;
  private readonly peakPerS: number;

  constructor(
    readonly baseRatePerS: number,
    profile: ProfileInput[],
  ) {
    const points = profile.length > 0 ? profile : [{ atS: 0, x: 1 }];
    this.at = Float64Array.from(points, (p) => p.atS);
    this.x = Float64Array.from(points, (p) => p.x);
    this.peakPerS = baseRatePerS * Math.max(...this.x);
  }

  /** Rate at time `atS`, per second. */
  rateAt(atS: number): number {
    const at = this.at;
    const x = this.x;
    if (atS <= at[0]) return this.baseRatePerS * x[0];
    for (let i = 1; i < at.length; i++) {
      if (atS < at[i]) return this.baseRatePerS * (x[i - 1] + ((x[i] - x[i - 1]) * (atS - at[i - 1])) / (at[i] - at[i - 1]));
    }
    return this.baseRatePerS * x[x.length - 1];
  }

  /** Time of the next arrival after `nowS`, or Infinity if the rate is zero from here on. */
  next(nowS: number, rng: RandomStream, horizonS: number): number {
    if (!(this.peakPerS > 0)) return Infinity;
    const meanGapS = 1 / this.peakPerS;
    let t = nowS;
    for (;;) {
      t += rng.exponential(meanGapS);
      if (t > horizonS) return Infinity;
      if (rng.uniform() * this.peakPerS < this.rateAt(t)) return t;
    }
  }
}
