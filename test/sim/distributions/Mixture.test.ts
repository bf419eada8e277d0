import { describe, it, expect } from 'vitest';
import { Deterministic, Exponential, LogNormal, Mixture } from '../../../sim/distributions/index.js';
import { Z999, draw, expectMomentsWithinCI } from './momentChecks.js';

describe('Mixture', () => {
  it('of Exponential and LogNormal has mean and variance within the 99.9% confidence interval', () => {
    const m = new Mixture([
      { weight: 0.8, dist: new Exponential(0.05) },
      { weight: 0.2, dist: LogNormal.fromMeanCv(1, 0.5) },
    ]);
    expectMomentsWithinCI(m, 'mixture-exp-lognormal');
  });

  it('with unnormalised weights has mean and variance within the 99.9% confidence interval', () => {
    const m = new Mixture([
      { weight: 3, dist: new Exponential(1) },
      { weight: 1, dist: new LogNormal(0, 0.5) },
      { weight: 1, dist: new Deterministic(2) },
    ]);
    expectMomentsWithinCI(m, 'mixture-three');
  });

  it('has mean Σw·m and variance Σw(v + m²) − mean² with normalised weights', () => {
    const a = new Exponential(1);
    const b = new Deterministic(3);
    const m = new Mixture([{ weight: 1, dist: a }, { weight: 3, dist: b }]);
    expect(Array.from(m.weights)).toEqual([0.25, 0.75]);
    expect(m.mean).toBeCloseTo(0.25 * 1 + 0.75 * 3, 14);
    expect(m.variance).toBeCloseTo(0.25 * (1 + 1) + 0.75 * (0 + 9) - m.mean ** 2, 14);
  });

  it('picks each component with its weight (binomial 99.9% interval)', () => {
    const n = 100_000;
    const m = new Mixture([
      { weight: 0.1, dist: new Deterministic(0) },
      { weight: 0.6, dist: new Deterministic(1) },
      { weight: 0.3, dist: new Deterministic(2) },
    ]);
    const counts = [0, 0, 0];
    for (const x of draw(m, 'mixture-pick', n)) counts[x]++;
    [0.1, 0.6, 0.3].forEach((p, i) => {
      expect(Math.abs(counts[i] - n * p)).toBeLessThanOrEqual(Z999 * Math.sqrt(n * p * (1 - p)));
    });
  });

  it('rejects no components and non-positive weights naming the component', () => {
    expect(() => new Mixture([])).toThrow('Mixture: components must hold at least one component; got 0');
    expect(() => new Mixture([{ weight: 1, dist: new Exponential(1) }, { weight: 0, dist: new Exponential(1) }])).toThrow(
      'Mixture: components[1].weight must be a finite number > 0; got 0',
    );
    expect(() => new Mixture([{ weight: Number.NaN, dist: new Exponential(1) }])).toThrow(RangeError);
  });

  it('describes itself with normalised weights', () => {
    const m = new Mixture([
      { weight: 3, dist: new Exponential(0.05) },
      { weight: 1, dist: new Deterministic(1) },
    ]);
    expect(m.describe()).toBe('Mixture(0.75: Exponential(mean=0.05), 0.25: Deterministic(value=1))');
  });
});
