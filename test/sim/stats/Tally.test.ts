import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/RandomStreams.js';
import { Tally } from '../../../sim/stats/Tally.js';

/** Large offset against a unit spread: a naive Σx² − n·x̄² would lose every digit here. */
function sample(seed: number, n: number): number[] {
  const s = new RandomStreams(seed).stream('tally');
  return Array.from({ length: n }, () => 1e6 + s.uniform());
}

function twoPass(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

/**
 * Error bounds of Chan, Golub and LeVeque (1983): the mean is off by at most about n·ε
 * relative; Welford's and the pairwise variance by about n·κ·ε, with condition number
 * κ = √(1 + mean²/variance) ≈ 3.5e6 here. A naive Σx² − n·x̄² is off by n·κ²·ε, far above.
 */
function bounds(xs: number[]): { mean: number; variance: number } {
  const { mean, variance } = twoPass(xs);
  const n = xs.length;
  return { mean: n * Number.EPSILON, variance: n * Math.sqrt(1 + mean ** 2 / variance) * Number.EPSILON };
}

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

function tallyOf(xs: number[]): Tally {
  const t = new Tally();
  for (const x of xs) t.record(x);
  return t;
}

describe('Tally', () => {
  it('count, mean, variance, min and max agree with a two-pass computation', () => {
    const xs = sample(7, 10_000);
    const t = tallyOf(xs);
    const exact = twoPass(xs);
    expect(t.count).toBe(xs.length);
    const bound = bounds(xs);
    expect(relativeError(t.mean, exact.mean)).toBeLessThan(bound.mean);
    expect(relativeError(t.variance, exact.variance)).toBeLessThan(bound.variance);
    expect(relativeError(t.stdDev, Math.sqrt(exact.variance))).toBeLessThan(bound.variance);
    expect(t.min).toBe(Math.min(...xs));
    expect(t.max).toBe(Math.max(...xs));
  });

  it('merge of parts with different means equals the tally of the whole', () => {
    const xs = sample(8, 9_001).sort((a, b) => a - b);
    const whole = tallyOf(xs);
    const merged = tallyOf(xs.slice(0, 10)).merge(tallyOf(xs.slice(10, 5000))).merge(tallyOf(xs.slice(5000)));
    expect(merged.count).toBe(whole.count);
    const bound = bounds(xs);
    expect(relativeError(merged.mean, whole.mean)).toBeLessThan(2 * bound.mean);
    expect(relativeError(merged.variance, whole.variance)).toBeLessThan(2 * bound.variance);
    expect([merged.min, merged.max]).toEqual([whole.min, whole.max]);
  });

  it('merge with an empty tally, either way round, changes nothing', () => {
    const xs = [3, 5, 10];
    const intoEmpty = new Tally().merge(tallyOf(xs));
    const fromEmpty = tallyOf(xs).merge(new Tally());
    for (const t of [intoEmpty, fromEmpty]) {
      expect([t.count, t.mean, t.variance, t.min, t.max]).toEqual([3, 6, 13, 3, 10]);
    }
  });

  it('reports NaN for statistics it cannot define and reset forgets everything', () => {
    const t = new Tally();
    expect([t.mean, t.variance, t.min, t.max]).toEqual([NaN, NaN, NaN, NaN]);
    t.record(4);
    expect([t.mean, t.variance, t.min, t.max]).toEqual([4, NaN, 4, 4]);
    t.reset();
    expect([t.count, t.mean]).toEqual([0, NaN]);
  });
});
