import { describe, expect, it } from 'vitest';
import { pairedRatio } from './pairedRatio.js';

describe('pairedRatio', () => {
  it('gives the constant ratio exactly, with no width, when every round has it', () => {
    const r = pairedRatio([2, 4, 6], [1, 2, 3]);
    expect(r).toEqual({ rounds: 3, median: 2, geometricMean: 2, lower: 2, upper: 2 });
  });

  it('takes the median of an even count as the middle pair’s mean, and the interval on the log ratios', () => {
    // Ratios 2 and 4: log ratios ln 2 and ln 4, mean 1.5 ln 2, s = ln 2 / √2, t(0.975, 1) = 12.7062.
    const r = pairedRatio([2, 8], [1, 2]);
    expect(r.median).toBe(3);
    expect(r.geometricMean).toBeCloseTo(Math.sqrt(8), 12);
    const half = (12.706204736174698 * (Math.LN2 / Math.SQRT2)) / Math.SQRT2;
    expect(r.lower).toBeCloseTo(Math.exp(1.5 * Math.LN2 - half), 6);
    expect(r.upper).toBeCloseTo(Math.exp(1.5 * Math.LN2 + half), 6);
  });

  it('refuses unpaired or non-positive figures', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow(/as many figures/);
    expect(() => pairedRatio([], [])).toThrow(/at least one/);
    expect(() => pairedRatio([1], [0])).toThrow(/positive and finite/);
  });
});
