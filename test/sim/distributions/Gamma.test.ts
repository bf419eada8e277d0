import { describe, it, expect } from 'vitest';
import { Gamma } from '../../../sim/distributions/index.js';
import { draw, expectMomentsWithinCI } from './momentChecks.js';

describe('Gamma', () => {
  it('samples have mean and variance within the 99.9% confidence interval (shape ≥ 1)', () => {
    expectMomentsWithinCI(new Gamma(1, 0.5), 'gamma-1');
    expectMomentsWithinCI(new Gamma(2.5, 0.04), 'gamma-2.5');
    expectMomentsWithinCI(new Gamma(30, 1), 'gamma-30');
  });

  it('samples have mean and variance within the 99.9% confidence interval (shape < 1)', () => {
    expectMomentsWithinCI(new Gamma(0.3, 2), 'gamma-0.3');
    expectMomentsWithinCI(new Gamma(0.8, 0.1), 'gamma-0.8');
  });

  it('samples are never negative', () => {
    expect(draw(new Gamma(0.3, 2), 'gamma-sign', 50_000).every((x) => x >= 0)).toBe(true);
  });

  it('erlang(k, mean) is k phases of mean/k: shape k, mean, variance mean²/k', () => {
    const e = Gamma.erlang(4, 0.2);
    expect(e.shape).toBe(4);
    expect(e.scale).toBeCloseTo(0.05, 15);
    expect(e.mean).toBeCloseTo(0.2, 15);
    expect(e.variance).toBeCloseTo(0.01, 15);
    expectMomentsWithinCI(e, 'erlang-4');
  });

  it('fromMeanCv gives the requested mean and coefficient of variation', () => {
    const g = Gamma.fromMeanCv(0.1, 0.5);
    expect(g.mean).toBeCloseTo(0.1, 15);
    expect(Math.sqrt(g.variance) / g.mean).toBeCloseTo(0.5, 12);
    expectMomentsWithinCI(g, 'gamma-cv-0.5');
  });

  it('rejects invalid parameters naming them', () => {
    expect(() => new Gamma(0, 1)).toThrow('Gamma: shape must be a finite number > 0; got 0');
    expect(() => new Gamma(1, -2)).toThrow('Gamma: scale must be a finite number > 0; got -2');
    expect(() => Gamma.erlang(2.5, 1)).toThrow('Gamma.erlang: k must be an integer >= 1; got 2.5');
    expect(() => Gamma.erlang(0, 1)).toThrow(RangeError);
    expect(() => Gamma.fromMeanCv(1, 0)).toThrow('Gamma.fromMeanCv: cv must be a finite number > 0; got 0');
  });

  it('describes itself', () => {
    expect(new Gamma(2, 0.5).describe()).toBe('Gamma(shape=2, scale=0.5)');
  });
});
