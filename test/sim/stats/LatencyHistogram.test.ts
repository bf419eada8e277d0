import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/RandomStreams.js';
import type { RandomStream } from '../../../sim/RandomStream.js';
import { LatencyHistogram } from '../../../sim/stats/LatencyHistogram.js';
import { gaussian } from './gaussian.js';

const QUANTUM_S = 1e-6;
/**
 * Half a bucket over its lower edge: 1/256 in the log-linear range, 0.5/100 for
 * one-quantum buckets from 100 quanta on; 1e-12 covers float rounding of q = ⌊v/quantum⌋.
 */
const BOUND = Math.max(1 / 256, 0.5 / 100) + 1e-12;
const PERMILLES = [500, 900, 950, 990, 999];
const N = 100_000;

const shapes: [string, (s: RandomStream) => number][] = [
  ['exponential (mean 250 ms)', (s) => s.exponential(0.25)],
  ['lognormal (median 50 ms, σ = 2)', (s) => 0.05 * Math.exp(2 * gaussian(s))],
  ['uniform over 1 ms–60 s', (s) => 1e-3 + s.uniform() * (60 - 1e-3)],
  ['log-uniform over 1e-4–1e4 s', (s) => 10 ** (-4 + 8 * s.uniform())],
];

function sample(draw: (s: RandomStream) => number, seed: number, n = N): Float64Array {
  const stream = new RandomStreams(seed).stream('latency');
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = draw(stream);
  return xs;
}

function histogramOf(xs: ArrayLike<number>): LatencyHistogram {
  const h = new LatencyHistogram();
  for (let i = 0; i < xs.length; i++) h.record(xs[i]);
  return h;
}

describe('LatencyHistogram', () => {
  it.each(shapes)('percentile of %s is within half a bucket of the exact order statistic', (_, draw) => {
    const xs = sample(draw, 42);
    const h = histogramOf(xs);
    const sorted = xs.slice().sort();
    for (const pm of PERMILLES) {
      const exact = sorted[Math.ceil((pm * N) / 1000) - 1];
      expect(exact).toBeGreaterThanOrEqual(100 * QUANTUM_S);
      expect(Math.abs(h.percentile(pm / 1000) - exact) / exact).toBeLessThanOrEqual(BOUND);
    }
    expect(h.count).toBe(N);
    expect(h.min).toBe(sorted[0]);
    expect(h.max).toBe(sorted[N - 1]);
    expect(h.mean).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / N, 9);
  });

  it.each([
    ['1 µs quanta up to 1e5 s (2^36.5 quanta)', QUANTUM_S, 1e5, 36],
    ['1 s quanta up to 2^52 s, where Math.log2 rounds across integers', 1, 2 ** 52, 51],
  ])('percentile stays within the bound next to powers of two: %s', (_, quantumS, maxTrackableS, topBit) => {
    for (let k = 8; k <= topBit; k++) {
      for (const q of [2 ** k - 1, 2 ** k, 2 ** k + 1]) {
        const h = new LatencyHistogram({ quantumS, maxTrackableS });
        h.record(0);
        h.record(q * quantumS);
        h.record(maxTrackableS);
        expect(Math.abs(h.percentile(0.5) - q * quantumS) / (q * quantumS)).toBeLessThanOrEqual(BOUND);
      }
    }
  });

  it('percentile uses the nearest rank ⌈p·n⌉ and gives the exact min and max at the ends', () => {
    const h = histogramOf(Array.from({ length: 100 }, (_, i) => (i + 1) / 1000));
    expect(h.percentile(0)).toBe(0.001);
    expect(h.percentile(0.01)).toBe(0.001);
    // 0.07 · 100 is 7.000000000000001 in floating point; the rank is still 7.
    expect(Math.abs(h.percentile(0.07) - 0.007) / 0.007).toBeLessThanOrEqual(BOUND);
    expect(Math.abs(h.percentile(0.071) - 0.008) / 0.008).toBeLessThanOrEqual(BOUND);
    expect(h.percentile(1)).toBe(0.1);
  });

  it('merge gives the histogram of the union, bucket for bucket', () => {
    const a = sample(shapes[0][1], 1, 20_000);
    const b = sample(shapes[1][1], 2, 30_000);
    const merged = histogramOf(a).merge(histogramOf(b));
    const union = histogramOf([...a, ...b]);
    const { sum: mergedSum, ...mergedRest } = merged.toJSON();
    const { sum: unionSum, ...unionRest } = union.toJSON();
    expect(mergedRest).toEqual(unionRest);
    expect(mergedSum).toBeCloseTo(unionSum, 6);
    for (let pm = 0; pm <= 1000; pm++) expect(merged.percentile(pm / 1000)).toBe(union.percentile(pm / 1000));
  });

  it('merge refuses a histogram with another quantum or max', () => {
    expect(() => new LatencyHistogram().merge(new LatencyHistogram({ quantumS: 1e-3 }))).toThrow(RangeError);
    expect(() => new LatencyHistogram().merge(new LatencyHistogram({ maxTrackableS: 10 }))).toThrow(RangeError);
  });

  it('toJSON keeps only non-empty buckets and fromJSON restores the same histogram', () => {
    const h = histogramOf(sample(shapes[2][1], 3, 5_000));
    const json = h.toJSON();
    expect(json.indices.length).toBeLessThan(h.bucketCount / 2);
    expect(json.counts.every((n) => n > 0)).toBe(true);
    const back = LatencyHistogram.fromJSON(JSON.parse(JSON.stringify(h)));
    expect(back.toJSON()).toEqual(json);
    for (const pm of PERMILLES) expect(back.percentile(pm / 1000)).toBe(h.percentile(pm / 1000));
    expect([back.count, back.mean, back.min, back.max]).toEqual([h.count, h.mean, h.min, h.max]);
  });

  it('fromJSON rejects buckets that disagree with the count, the bucket range, or the min and max', () => {
    const json = histogramOf([0.1, 0.2]).toJSON();
    expect(() => LatencyHistogram.fromJSON({ ...json, count: 3 })).toThrow(RangeError);
    expect(() => LatencyHistogram.fromJSON({ ...json, indices: [0, 1e9] })).toThrow(RangeError);
    // Percentiles read only the buckets from the min's to the max's: counts outside would be lost.
    expect(() => LatencyHistogram.fromJSON({ ...json, max: 0.15 })).toThrow(/outside min/);
    expect(() => LatencyHistogram.fromJSON({ ...json, min: 0.15 })).toThrow(/outside min/);
    expect(LatencyHistogram.fromJSON(new LatencyHistogram().toJSON()).count).toBe(0);
  });

  it('values above the max trackable value share the last bucket and the exact max is kept', () => {
    const h = new LatencyHistogram({ maxTrackableS: 1 });
    h.recordN(0.5, 98);
    h.record(20);
    h.record(50);
    expect([h.count, h.max, h.mean]).toEqual([100, 50, (49 + 70) / 100]);
    expect(Math.abs(h.percentile(0.98) - 0.5) / 0.5).toBeLessThanOrEqual(BOUND);
    // Rank 99 holds 20 s, in the overflow bucket: the max is reported, an upper bound.
    expect(h.percentile(0.99)).toBe(50);
    expect(h.percentile(1)).toBe(50);
  });

  it('a range of fewer than 256 quanta still puts values past its max in its last bucket', () => {
    const h = new LatencyHistogram({ quantumS: 1, maxTrackableS: 100 });
    h.record(150);
    h.recordN(120, 2);
    h.record(50);
    const json = h.toJSON();
    expect(json.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(Math.max(...json.indices)).toBe(h.bucketCount - 1);
    expect(LatencyHistogram.fromJSON(json).percentile(0.5)).toBe(150);
  });

  it('zero values are recorded exactly in min, max and mean, and percentiles within half a quantum', () => {
    const zeros = histogramOf(new Float64Array(10));
    expect([zeros.count, zeros.min, zeros.max, zeros.mean, zeros.percentile(0.5)]).toEqual([10, 0, 0, 0, 0]);
    const mixed = new LatencyHistogram();
    mixed.recordN(0, 60);
    mixed.recordN(1, 40);
    expect(mixed.min).toBe(0);
    expect(mixed.percentile(0.6)).toBeLessThanOrEqual(QUANTUM_S / 2);
    expect(mixed.percentile(0.61)).toBe(1);
  });

  it('recordN(v, n) equals n calls of record(v)', () => {
    const once = new LatencyHistogram();
    once.recordN(0.0123, 7);
    const many = histogramOf(Array(7).fill(0.0123));
    expect(once.toJSON().counts).toEqual(many.toJSON().counts);
    expect(once.mean).toBeCloseTo(many.mean, 15);
  });

  it('reset empties the histogram', () => {
    const h = histogramOf([0.1, 0.2, 0.3]);
    h.reset();
    expect([h.count, h.mean, h.min, h.max, h.percentile(0.5)]).toEqual([0, NaN, NaN, NaN, NaN]);
    h.record(0.4);
    expect([h.count, h.min, h.max, h.percentile(0.5)]).toEqual([1, 0.4, 0.4, 0.4]);
  });

  it('record rejects negative, NaN and infinite values and non-integer counts', () => {
    const h = new LatencyHistogram();
    for (const bad of [-1e-9, NaN, Infinity]) expect(() => h.record(bad)).toThrow(RangeError);
    expect(() => h.recordN(0.1, 1.5)).toThrow(RangeError);
    expect(() => h.percentile(1.01)).toThrow(RangeError);
    expect(h.count).toBe(0);
  });
});

describe('LatencyHistogram with a small trackable maximum', () => {
  it('record sends values above the maximum to the last bucket and keeps the exact max', () => {
    const h = new LatencyHistogram({ quantumS: 1e-6, maxTrackableS: 1 });
    for (let i = 0; i < 99; i++) h.record(0.5);
    h.record(30);
    expect(h.count).toBe(100);
    expect(h.max).toBe(30);
    expect(h.percentile(1)).toBe(30);
    expect(h.percentile(0.5)).toBeCloseTo(0.5, 2);
  });
});
