import { describe, it, expect } from 'vitest';
import { BoundedPareto } from '../../../sim/distributions/index.js';
import { draw, expectMomentsWithinCI } from './momentChecks.js';

describe('BoundedPareto', () => {
  it('samples have mean and variance within the 99.9% confidence interval (α = 1.5)', () => {
    expectMomentsWithinCI(new BoundedPareto(1.5, 0.01, 0.5), 'pareto-1.5');
    expectMomentsWithinCI(new BoundedPareto(0.7, 1, 50), 'pareto-0.7');
  });

  it('samples have mean and variance within the 99.9% confidence interval (α = 1)', () => {
    expectMomentsWithinCI(new BoundedPareto(1, 0.01, 0.5), 'pareto-1');
  });

  it('samples have mean and variance within the 99.9% confidence interval (α = 2)', () => {
    expectMomentsWithinCI(new BoundedPareto(2, 0.01, 0.5), 'pareto-2');
  });

  it('at α = 1 has mean low·high·ln(high/low)/(high − low)', () => {
    const [low, high] = [0.01, 0.5];
    const p = new BoundedPareto(1, low, high);
    expect(p.mean).toBeCloseTo((low * high * Math.log(high / low)) / (high - low), 14);
  });

  it('at α = 2 has E[X²] = 2·low²·ln(high/low)/(1 − (low/high)²)', () => {
    const [low, high] = [0.01, 0.5];
    const p = new BoundedPareto(2, low, high);
    const second = (2 * low * low * Math.log(high / low)) / (1 - (low / high) ** 2);
    expect(p.variance).toBeCloseTo(second - p.mean ** 2, 14);
  });

  it('moments are continuous through the α = 1 and α = 2 special cases', () => {
    for (const alpha of [1, 2]) {
      const at = new BoundedPareto(alpha, 0.01, 0.5);
      const near = new BoundedPareto(alpha * (1 + 1e-9), 0.01, 0.5);
      expect(near.mean / at.mean).toBeCloseTo(1, 6);
      expect(near.variance / at.variance).toBeCloseTo(1, 6);
    }
  });

  it('samples stay in [low, high)', () => {
    const xs = draw(new BoundedPareto(1, 0.01, 0.5), 'pareto-range', 100_000);
    expect(xs.reduce((a, b) => Math.min(a, b))).toBeGreaterThanOrEqual(0.01);
    expect(xs.reduce((a, b) => Math.max(a, b))).toBeLessThan(0.5);
  });

  it('rejects invalid parameters naming them', () => {
    expect(() => new BoundedPareto(0, 1, 2)).toThrow('BoundedPareto: alpha must be a finite number > 0; got 0');
    expect(() => new BoundedPareto(1, -1, 2)).toThrow('BoundedPareto: low must be a finite number > 0; got -1');
    expect(() => new BoundedPareto(1, 2, 2)).toThrow('BoundedPareto: high must be > low (2); got 2');
    expect(() => new BoundedPareto(1, 1, Infinity)).toThrow(RangeError);
  });

  it('describes itself', () => {
    expect(new BoundedPareto(1.5, 0.01, 0.5).describe()).toBe('BoundedPareto(alpha=1.5, low=0.01, high=0.5)');
  });
});
