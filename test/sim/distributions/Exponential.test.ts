import { describe, it, expect } from 'vitest';
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import { Exponential } from '../../../sim/distributions/index.js';
import { draw, expectMomentsWithinCI } from './momentChecks.js';

describe('Exponential', () => {
  it('samples have mean and variance within the 99.9% confidence interval', () => {
    expectMomentsWithinCI(new Exponential(1), 'exponential-1');
    expectMomentsWithinCI(new Exponential(0.035), 'exponential-35ms');
  });

  it('passes a chi-square goodness-of-fit test on 20 equiprobable bins at 0.999', () => {
    const mean = 0.2;
    const n = 100_000;
    const bins = 20;
    const edges = Array.from({ length: bins }, (_, i) => -mean * Math.log(1 - i / bins));
    const counts = new Float64Array(bins);
    for (const x of draw(new Exponential(mean), 'exponential-gof', n)) {
      let b = bins - 1;
      while (x < edges[b]) b--;
      counts[b]++;
    }
    const expected = n / bins;
    let statistic = 0;
    for (const c of counts) statistic += (c - expected) ** 2 / expected;
    expect(statistic).toBeLessThanOrEqual(chisquareQuantile(0.999, bins - 1));
  });

  it('rejects a mean that is not positive, naming the parameter', () => {
    expect(() => new Exponential(0)).toThrow('Exponential: mean must be a finite number > 0; got 0');
    expect(() => new Exponential(-1)).toThrow(RangeError);
    expect(() => new Exponential(Number.NaN)).toThrow(RangeError);
  });

  it('describes itself', () => {
    expect(new Exponential(0.2).describe()).toBe('Exponential(mean=0.2)');
  });
});
