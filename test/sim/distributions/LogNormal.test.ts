import { describe, it, expect } from 'vitest';
import { LogNormal } from '../../../sim/distributions/index.js';
import { Z999, draw, expectMomentsWithinCI } from './momentChecks.js';

describe('LogNormal', () => {
  it('samples have mean and variance within the 99.9% confidence interval', () => {
    expectMomentsWithinCI(new LogNormal(0, 0.5), 'lognormal-0-0.5');
    expectMomentsWithinCI(new LogNormal(-3, 0.25), 'lognormal-small');
    expectMomentsWithinCI(LogNormal.fromMeanCv(0.3, 0.5), 'lognormal-cv');
  });

  it('fromMeanP95 gives the requested mean exactly and the requested p95 within its binomial 99.9% interval', () => {
    const mean = 0.12;
    const p95 = 0.24;
    const d = LogNormal.fromMeanP95(mean, p95);
    expect(d.mean).toBeCloseTo(mean, 14);
    const n = 200_000;
    const sorted = draw(d, 'lognormal-p95', n).sort();
    // Order statistics bracketing the 95th percentile: k = n·0.95 ± Z·sqrt(n·0.95·0.05).
    const half = Z999 * Math.sqrt(n * 0.95 * 0.05);
    const lo = sorted[Math.floor(n * 0.95 - half) - 1];
    const hi = sorted[Math.ceil(n * 0.95 + half) - 1];
    expect(lo).toBeLessThanOrEqual(p95);
    expect(hi).toBeGreaterThanOrEqual(p95);
    expectMomentsWithinCI(d, 'lognormal-p95-moments');
  });

  it('fromMeanP95 accepts the widest ratio exp(z95²/2), where sigma = z95', () => {
    const d = LogNormal.fromMeanP95(1, 3.868);
    expect(d.sigma).toBeGreaterThan(1.5);
    expect(d.sigma).toBeLessThan(1.6448536269514722);
  });

  it('fromMeanP95 rejects p95/mean outside (1, exp(z95²/2)], saying the range and the ratio found', () => {
    expect(() => LogNormal.fromMeanP95(1, 5)).toThrow(
      'LogNormal.fromMeanP95: p95/mean must be in (1, 3.86813] (above 1 and at most exp(z95²/2)); got 5 (mean=1, p95=5)',
    );
    expect(() => LogNormal.fromMeanP95(2, 1)).toThrow(/p95\/mean must be in \(1, 3\.86813\].*got 0\.5/);
    expect(() => LogNormal.fromMeanP95(2, 2)).toThrow(/got 1 /);
    expect(() => LogNormal.fromMeanP95(0, 2)).toThrow('LogNormal.fromMeanP95: mean must be a finite number > 0; got 0');
  });

  it('fromMeanCv gives the requested mean and coefficient of variation', () => {
    const d = LogNormal.fromMeanCv(0.3, 1.5);
    expect(d.mean).toBeCloseTo(0.3, 14);
    expect(Math.sqrt(d.variance) / d.mean).toBeCloseTo(1.5, 12);
  });

  it('rejects invalid parameters naming them', () => {
    expect(() => new LogNormal(0, 0)).toThrow('LogNormal: sigma must be a finite number > 0; got 0');
    expect(() => new LogNormal(Infinity, 1)).toThrow('LogNormal: mu must be a finite number; got Infinity');
    expect(() => LogNormal.fromMeanCv(1, -1)).toThrow('LogNormal.fromMeanCv: cv must be a finite number > 0; got -1');
  });

  it('describes itself', () => {
    expect(new LogNormal(-1, 0.5).describe()).toBe('LogNormal(mu=-1, sigma=0.5)');
  });
});
