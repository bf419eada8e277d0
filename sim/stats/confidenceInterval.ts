import type cdfFn from '@stdlib/stats-base-dists-t-cdf';
import type quantileFn from '@stdlib/stats-base-dists-t-quantile';
import { lazyRequire } from '../lazyRequire.js';

const quantile = lazyRequire<typeof quantileFn>('@stdlib/stats-base-dists-t-quantile');
const cdf = lazyRequire<typeof cdfFn>('@stdlib/stats-base-dists-t-cdf');

/** A two-sided interval for a mean, in the unit of the values. */
export interface ConfidenceInterval {
  mean: number;
  halfWidth: number;
  lower: number;
  upper: number;
  n: number;
  /** Sample standard deviation (divisor n − 1); NaN when n = 1. */
  stdDev: number;
}

/** The p-quantile of Student's t distribution with `df` degrees of freedom (stdlib). */
export function tQuantile(p: number, df: number): number {
  return quantile()(p, df);
}

/** P(T ≤ x) for Student's t distribution with `df` degrees of freedom (stdlib). */
export function tCdf(x: number, df: number): number {
  return cdf()(x, df);
}

/**
 * Student t interval for the mean of i.i.d. roughly normal values (replication means,
 * batch means): mean ± t((1 + level)/2, n − 1)·s/√n. n = 1 gives an infinite half width.
 */
export function studentT(values: ArrayLike<number>, level = 0.95): ConfidenceInterval {
  const n = values.length;
  if (n === 0) throw new RangeError('studentT: no values');
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return studentTFromMoments(n, mean, n > 1 ? Math.sqrt(squares / (n - 1)) : NaN, level);
}

/** The same interval from a count, mean and sample standard deviation (e.g. a Tally's). */
export function studentTFromMoments(n: number, mean: number, stdDev: number, level = 0.95): ConfidenceInterval {
  if (!(n >= 1)) throw new RangeError(`studentT: need at least one value, got ${n}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`studentT: level ${level} is outside (0, 1)`);
  const halfWidth = n > 1 ? (tQuantile((1 + level) / 2, n - 1) * stdDev) / Math.sqrt(n) : Infinity;
  return { mean, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, n, stdDev };
}
