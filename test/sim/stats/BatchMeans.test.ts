import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/RandomStreams.js';
import { BatchMeans } from '../../../sim/stats/BatchMeans.js';
import { gaussian } from './gaussian.js';

describe('BatchMeans', () => {
  it('counts batches and averages completed batches only', () => {
    const bm = new BatchMeans(100);
    const s = new RandomStreams(5).stream('x');
    let sum = 0;
    for (let i = 0; i < 100_037; i++) {
      const x = s.exponential(2);
      if (i < 100_000) sum += x;
      bm.record(x);
    }
    expect([bm.batches, bm.count]).toEqual([1000, 100_037]);
    expect(Math.abs(bm.mean - sum / 100_000) / bm.mean).toBeLessThan(1e-12);
  });

  it('keeps each batch mean, growing past its initial store', () => {
    const bm = new BatchMeans(2);
    for (let i = 0; i < 400; i++) bm.record(i);
    expect(bm.batches).toBe(200);
    expect([bm.batchMean(0), bm.batchMean(1), bm.batchMean(199)]).toEqual([0.5, 2.5, 398.5]);
  });

  it('interval covers the true mean of an i.i.d. sequence and its batch means look uncorrelated', () => {
    const bm = new BatchMeans(100);
    const s = new RandomStreams(6).stream('x');
    for (let i = 0; i < 100_000; i++) bm.record(s.exponential(2));
    const ci = bm.confidenceInterval();
    expect(ci.n).toBe(1000);
    expect(ci.lower).toBeLessThanOrEqual(2);
    expect(ci.upper).toBeGreaterThanOrEqual(2);
    // Batch means of exponential(2) in batches of 100 have standard deviation 2/√100.
    expect(ci.stdDev).toBeGreaterThan(0.2 * 0.9);
    expect(ci.stdDev).toBeLessThan(0.2 * 1.1);
    // Under independence r₁ is about Normal(−1/k, 1/k) for large k: allow four standard errors.
    expect(Math.abs(bm.lag1Autocorrelation + 1 / 1000)).toBeLessThan(4 / Math.sqrt(1000));
  });

  it('lag-1 autocorrelation is Σ(yᵢ − ȳ)(yᵢ₊₁ − ȳ) / Σ(yᵢ − ȳ)² over the batch means', () => {
    const trend = new BatchMeans(1);
    for (const y of [1, 2, 3, 4]) trend.record(y);
    expect(trend.lag1Autocorrelation).toBe(1.25 / 5);
    const alternating = new BatchMeans(2);
    for (const y of [1, 1, -1, -1, 1, 1, -1, -1]) alternating.record(y);
    expect(alternating.lag1Autocorrelation).toBe(-3 / 4);
  });

  it('lag-1 autocorrelation flags batches too short for a strongly correlated sequence', () => {
    // AR(1) with φ = 0.99: correlation time about 100 steps, ten times the batch size.
    const bm = new BatchMeans(10);
    const s = new RandomStreams(7).stream('x');
    let x = 0;
    for (let i = 0; i < 50_000; i++) {
      x = 0.99 * x + gaussian(s);
      bm.record(x);
    }
    expect(bm.lag1Autocorrelation).toBeGreaterThan(0.5);
  });

  it('reports NaN before enough batches and reset starts over', () => {
    const bm = new BatchMeans(3);
    expect([bm.mean, bm.lag1Autocorrelation]).toEqual([NaN, NaN]);
    expect(() => bm.confidenceInterval()).toThrow(RangeError);
    for (let i = 0; i < 7; i++) bm.record(i);
    expect([bm.batches, bm.mean]).toEqual([2, 2.5]);
    bm.reset();
    expect([bm.batches, bm.count]).toEqual([0, 0]);
  });
});
