import type { RandomStream } from '../RandomStream.js';
import type { Distribution } from './Distribution.js';
import { describeParams } from './describeParams.js';

/**
 * Resampling of observed values (bootstrap): each observation is drawn with equal
 * probability, in the unit of the observations. Mean is the sample mean, variance the
 * population variance (divisor n) — the exact moments of this discrete distribution.
 */
export class Empirical implements Distribution {
  readonly values: Float64Array;
  readonly mean: number;
  readonly variance: number;

  constructor(samples: ArrayLike<number>) {
    if (samples.length === 0) {
      throw new RangeError('Empirical: samples must hold at least one value; got 0 values');
    }
    const values = Float64Array.from(samples);
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) {
        throw new RangeError(`Empirical: samples[${i}] must be a finite number; got ${samples[i]}`);
      }
      sum += values[i];
    }
    const mean = sum / values.length;
    let squares = 0;
    for (let i = 0; i < values.length; i++) squares += (values[i] - mean) ** 2;
    this.values = values;
    this.mean = mean;
    this.variance = squares / values.length;
  }

  sample(rng: RandomStream): number {
    return this.values[rng.int(this.values.length)];
  }

  describe(): string {
    return describeParams('Empirical', { n: this.values.length, mean: this.mean });
  }
}
