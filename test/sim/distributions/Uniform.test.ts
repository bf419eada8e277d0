import { describe, it, expect } from 'vitest';
import { Uniform } from '../../../sim/distributions/index.js';
import { draw, expectMomentsWithinCI } from './momentChecks.js';

describe('Uniform', () => {
  it('samples have mean and variance within the 99.9% confidence interval', () => {
    expectMomentsWithinCI(new Uniform(0, 1), 'uniform-0-1');
    expectMomentsWithinCI(new Uniform(2, 5), 'uniform-2-5');
    expectMomentsWithinCI(new Uniform(-3, -1), 'uniform-negative');
  });

  it('samples stay in [min, max)', () => {
    const xs = draw(new Uniform(2, 5), 'uniform-range', 100_000);
    expect(xs.reduce((a, b) => Math.min(a, b))).toBeGreaterThanOrEqual(2);
    expect(xs.reduce((a, b) => Math.max(a, b))).toBeLessThan(5);
  });

  it('has the analytic mean (a+b)/2 and variance (b−a)²/12', () => {
    const u = new Uniform(2, 5);
    expect(u.mean).toBe(3.5);
    expect(u.variance).toBe(0.75);
  });

  it('rejects max < min and non-finite bounds naming the parameter', () => {
    expect(() => new Uniform(3, 1)).toThrow('Uniform: max must be >= min (3); got 1');
    expect(() => new Uniform(Number.NaN, 1)).toThrow(/Uniform: min must be a finite number; got NaN/);
    expect(() => new Uniform(0, Infinity)).toThrow(RangeError);
  });

  it('describes itself', () => {
    expect(new Uniform(2, 5).describe()).toBe('Uniform(min=2, max=5)');
  });
});
