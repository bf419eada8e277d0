import type { RandomStream } from '../RandomStream.js';

/**
 * A probability distribution of a quantity such as a duration or a size. Values come
 * out in whatever unit the parameters are given in (the model passes seconds).
 * `mean` and `variance` are exact analytic values, used as test oracles and printed
 * in reports; `sample` draws one value and allocates nothing.
 */
export interface Distribution {
  sample(rng: RandomStream): number;
  readonly mean: number;
  readonly variance: number;
  /** A short human-readable form, e.g. `Exponential(mean=0.2)`. */
  describe(): string;
}
