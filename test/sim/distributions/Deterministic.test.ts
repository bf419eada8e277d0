import { describe, it, expect } from 'vitest';
import { Deterministic } from '../../../sim/distributions/index.js';
import { streamFor } from './momentChecks.js';

describe('Deterministic', () => {
  it('always samples its value, with that mean and zero variance', () => {
    for (const value of [0.25, 0, -3]) {
      const d = new Deterministic(value);
      const rng = streamFor('deterministic');
      const xs = Array.from({ length: 1000 }, () => d.sample(rng));
      expect(xs.every((x) => x === value)).toBe(true);
      expect(d.mean).toBe(value);
      expect(d.variance).toBe(0);
    }
  });

  it('consumes no random draws', () => {
    const a = streamFor('deterministic-draws');
    const b = streamFor('deterministic-draws');
    new Deterministic(1).sample(a);
    expect(a.uniform()).toBe(b.uniform());
  });

  it('rejects a non-finite value naming the parameter', () => {
    expect(() => new Deterministic(Number.NaN)).toThrow(RangeError);
    expect(() => new Deterministic(Infinity)).toThrow('Deterministic: value must be a finite number; got Infinity');
  });

  it('describes itself', () => {
    expect(new Deterministic(0.5).describe()).toBe('Deterministic(value=0.5)');
  });
});
