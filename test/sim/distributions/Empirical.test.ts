import { describe, it, expect } from 'vitest';
import { Empirical } from '../../../sim/distributions/index.js';
import { Z999, draw, expectMomentsWithinCI } from './momentChecks.js';

describe('Empirical', () => {
  it('samples have mean and variance within the 99.9% confidence interval', () => {
    expectMomentsWithinCI(new Empirical([0.1, 0.2, 0.2, 0.3, 1.5]), 'empirical-latencies');
    expectMomentsWithinCI(new Empirical(new Float64Array([-1, 0.5, 4])), 'empirical-negative');
  });

  it('has the sample mean and the population variance (divisor n)', () => {
    const e = new Empirical([1, 2, 3, 4]);
    expect(e.mean).toBe(2.5);
    expect(e.variance).toBe(1.25);
  });

  it('draws each observation with equal probability (binomial 99.9% interval)', () => {
    const n = 100_000;
    const xs = draw(new Empirical([0, 1, 2, 3]), 'empirical-equal', n);
    const counts = [0, 0, 0, 0];
    for (const x of xs) counts[x]++;
    const half = Z999 * Math.sqrt(n * 0.25 * 0.75);
    for (const c of counts) expect(Math.abs(c - n / 4)).toBeLessThanOrEqual(half);
  });

  it('copies its input, so later changes to the array do not leak in', () => {
    const input = [1, 2, 3];
    const e = new Empirical(input);
    input[0] = 100;
    expect(e.mean).toBe(2);
    expect(Array.from(e.values)).toEqual([1, 2, 3]);
  });

  it('rejects empty and non-finite samples naming the offending index', () => {
    expect(() => new Empirical([])).toThrow('Empirical: samples must hold at least one value; got 0 values');
    expect(() => new Empirical([1, Number.NaN])).toThrow('Empirical: samples[1] must be a finite number; got NaN');
    expect(() => new Empirical([Infinity])).toThrow(RangeError);
  });

  it('describes itself', () => {
    expect(new Empirical([1, 2, 3, 4]).describe()).toBe('Empirical(n=4, mean=2.5)');
  });
});
