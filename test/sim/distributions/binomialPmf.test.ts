import { describe, it, expect } from 'vitest';
import { binomialPmf } from '../../../sim/distributions/binomialPmf.js';

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c;
}

describe('binomialPmf', () => {
  it('matches C(n, k)·p^k·(1 − p)^(n − k) term by term', () => {
    for (const [n, p] of [[10, 0.02], [10, 0.5], [7, 0.9], [1, 0.3]] as const) {
      const pmf = binomialPmf(n, p);
      expect(pmf).toHaveLength(n + 1);
      pmf.forEach((x, k) => expect(x).toBeCloseTo(choose(n, k) * p ** k * (1 - p) ** (n - k), 14));
    }
  });

  it('sums to 1 with mean n·p and variance n·p·(1 − p), even where p^n underflows', () => {
    for (const [n, p] of [[10, 0.02], [1000, 0.99], [5000, 0.001]] as const) {
      const pmf = binomialPmf(n, p);
      const total = pmf.reduce((a, b) => a + b, 0);
      const mean = pmf.reduce((a, x, k) => a + k * x, 0);
      const variance = pmf.reduce((a, x, k) => a + (k - mean) ** 2 * x, 0);
      expect(total).toBeCloseTo(1, 10);
      expect(mean).toBeCloseTo(n * p, 8);
      expect(variance).toBeCloseTo(n * p * (1 - p), 6);
    }
  });

  it('puts all mass on 0 or n when p is 0 or 1, and refuses what is not a distribution', () => {
    expect(binomialPmf(3, 0)).toEqual([1, 0, 0, 0]);
    expect(binomialPmf(3, 1)).toEqual([0, 0, 0, 1]);
    expect(binomialPmf(0, 0.4)).toEqual([1]);
    expect(() => binomialPmf(2.5, 0.1)).toThrow(/whole number/);
    expect(() => binomialPmf(3, 1.2)).toThrow(/\[0, 1\]/);
  });
});
