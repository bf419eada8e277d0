import { describe, it, expect } from 'vitest';
import { TruncatedNormal } from '../../../sim/distributions/index.js';
import { draw, expectMomentsWithinCI } from './momentChecks.js';

describe('TruncatedNormal', () => {
  it('samples have mean and variance within the 99.9% confidence interval (rejection path)', () => {
    expectMomentsWithinCI(new TruncatedNormal(1, 0.5), 'tn-rejection');
    expectMomentsWithinCI(new TruncatedNormal(0.2, 0.3), 'tn-rejection-near');
  });

  it('samples have mean and variance within the 99.9% confidence interval (inverse-CDF path)', () => {
    expectMomentsWithinCI(new TruncatedNormal(-0.5, 1), 'tn-inverse');
    expectMomentsWithinCI(new TruncatedNormal(-3, 1), 'tn-inverse-tail');
  });

  it('chooses rejection exactly when P(X ≥ 0) ≥ 0.5', () => {
    expect(new TruncatedNormal(0, 1).acceptance).toBe(0.5);
    expect(new TruncatedNormal(-0.01, 1).acceptance).toBeLessThan(0.5);
  });

  it('at mu = 0 is the half-normal: mean sigma·sqrt(2/π), variance sigma²(1 − 2/π)', () => {
    const t = new TruncatedNormal(0, 2);
    expect(t.mean).toBeCloseTo(2 * Math.sqrt(2 / Math.PI), 14);
    expect(t.variance).toBeCloseTo(4 * (1 - 2 / Math.PI), 14);
    expectMomentsWithinCI(t, 'tn-half-normal');
  });

  it('samples are never negative', () => {
    expect(draw(new TruncatedNormal(1, 0.5), 'tn-sign', 50_000).every((x) => x >= 0)).toBe(true);
    expect(draw(new TruncatedNormal(-3, 1), 'tn-sign', 50_000).every((x) => x >= 0)).toBe(true);
  });

  it('rejects invalid parameters naming them', () => {
    expect(() => new TruncatedNormal(1, 0)).toThrow('TruncatedNormal: sigma must be a finite number > 0; got 0');
    expect(() => new TruncatedNormal(Number.NaN, 1)).toThrow('TruncatedNormal: mu must be a finite number; got NaN');
    expect(() => new TruncatedNormal(-100, 1)).toThrow(/TruncatedNormal: mu\/sigma must leave some mass at or above 0; got mu\/sigma = -100/);
  });

  it('describes itself', () => {
    expect(new TruncatedNormal(1, 0.5).describe()).toBe('TruncatedNormal(mu=1, sigma=0.5)');
  });
});
