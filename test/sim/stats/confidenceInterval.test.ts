import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/RandomStreams.js';
import { studentT, studentTFromMoments, tQuantile } from '../../../sim/stats/confidenceInterval.js';
import { gaussian } from './gaussian.js';

/** t(0.975, 9) as published to 13 decimals (printed tables round it to 2.262). */
const T_975_9 = 2.2621571627982;

describe('studentT', () => {
  it('half width for n = 10 is t(0.975, 9)·s/√n', () => {
    const xs = [4.1, 5.3, 2.2, 6.8, 5.0, 3.9, 4.4, 7.1, 5.5, 4.6];
    const mean = xs.reduce((a, b) => a + b, 0) / 10;
    const s = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / 9);
    const ci = studentT(xs);
    expect(tQuantile(0.975, 9)).toBeCloseTo(T_975_9, 12);
    expect(Math.abs(ci.halfWidth - (T_975_9 * s) / Math.sqrt(10)) / ci.halfWidth).toBeLessThan(1e-12);
    expect(ci.mean).toBeCloseTo(mean, 14);
    expect(ci.stdDev).toBeCloseTo(s, 14);
    expect([ci.lower, ci.upper, ci.n]).toEqual([ci.mean - ci.halfWidth, ci.mean + ci.halfWidth, 10]);
  });

  it('95% intervals of normal samples cover the true mean 95% of the time', () => {
    const stream = new RandomStreams(2024).stream('x');
    const replications = 2000;
    const trueMean = 3;
    const xs = new Float64Array(10);
    let covered = 0;
    for (let r = 0; r < replications; r++) {
      for (let i = 0; i < xs.length; i++) xs[i] = trueMean + 2 * gaussian(stream);
      const ci = studentT(xs);
      if (ci.lower <= trueMean && trueMean <= ci.upper) covered++;
    }
    // The interval is exact for normal data, so `covered` is Binomial(2000, 0.95); Wilson's
    // 99.9% interval around the observed fraction must contain 0.95.
    const z = normalQuantile(0.9995, 0, 1);
    const f = covered / replications;
    const centre = (f + (z * z) / (2 * replications)) / (1 + (z * z) / replications);
    const half = (z * Math.sqrt((f * (1 - f)) / replications + (z * z) / (4 * replications ** 2))) / (1 + (z * z) / replications);
    expect(centre - half).toBeLessThanOrEqual(0.95);
    expect(centre + half).toBeGreaterThanOrEqual(0.95);
  });

  it('one value gives an infinite half width, none throws', () => {
    const ci = studentT([7]);
    expect([ci.mean, ci.halfWidth, ci.lower, ci.upper, ci.n]).toEqual([7, Infinity, -Infinity, Infinity, 1]);
    expect(() => studentT([])).toThrow(RangeError);
  });

  it('a wider level gives a wider interval and a level outside (0, 1) throws', () => {
    const xs = [1, 2, 3, 4];
    expect(studentT(xs, 0.99).halfWidth).toBeGreaterThan(studentT(xs, 0.95).halfWidth);
    expect(() => studentT(xs, 1)).toThrow(RangeError);
  });

  it('studentTFromMoments gives the same interval from a count, mean and standard deviation', () => {
    const xs = [1, 2, 3, 4];
    const ci = studentT(xs);
    expect(studentTFromMoments(4, ci.mean, ci.stdDev)).toEqual(ci);
  });
});
