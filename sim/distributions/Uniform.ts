import type { RandomStream } from '../RandomStream.js';
import type { Distribution } from './Distribution.js';
import { describeParams } from './describeParams.js';
import { requireFinite } from './validate.js';

/** Continuous uniform on [min, max), in the unit of the bounds. */
export class Uniform implements Distribution {
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly variance: number;
  private readonly width: number;

  constructor(min: number, max: number) {
    requireFinite('Uniform', 'min', min);
    requireFinite('Uniform', 'max', max);
    if (!(max >= min)) {
      throw new RangeError(`Uniform: max must be >= min (${min}); got ${max}`);
    }
    this.min = min;
    this.max = max;
    this.width = max - min;
    this.mean = (min + max) / 2;
    this.variance = (this.width * this.width) / 12;
  }

  sample(rng: RandomStream): number {
    return this.min + this.width * rng.uniform();
  }

  describe(): string {
    return describeParams('Uniform', { min: this.min, max: this.max });
  }
}
