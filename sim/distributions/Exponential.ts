import type { RandomStream } from '../RandomStream.js';
import type { Distribution } from './Distribution.js';
import { describeParams } from './describeParams.js';
import { requirePositive } from './validate.js';

/** Exponential with the given mean (in the caller's unit); one uniform per draw. */
export class Exponential implements Distribution {
  readonly mean: number;
  readonly variance: number;

  constructor(mean: number) {
    requirePositive('Exponential', 'mean', mean);
    this.mean = mean;
    this.variance = mean * mean;
  }

  sample(rng: RandomStream): number {
    return rng.exponential(this.mean);
  }

  describe(): string {
    return describeParams('Exponential', { mean: this.mean });
  }
}
