import { describe, it, expect } from 'vitest';
import { RandomStreams } from '../../../sim/RandomStreams.js';
import { standardNormal } from '../../../sim/distributions/index.js';
import { Z999, draw, sampleMoments, streamFor } from './momentChecks.js';

const N = 200_000;

describe('standardNormal', () => {
  it('has mean 0 and variance 1 within the 99.9% confidence interval', () => {
    const rng = streamFor('standardNormal');
    const xs = new Float64Array(N);
    for (let i = 0; i < N; i++) xs[i] = standardNormal(rng);
    const m = sampleMoments(xs);
    expect(Math.abs(m.mean)).toBeLessThanOrEqual(Z999 * Math.sqrt(1 / N));
    // Normal: μ4 = 3σ⁴, so se(s²) = sqrt(2/n) exactly.
    expect(Math.abs(m.variance - 1)).toBeLessThanOrEqual(Z999 * Math.sqrt(2 / N));
  });

  it('consumes exactly two uniforms per draw and keeps no state between draws', () => {
    const a = new RandomStreams(7).stream('bm');
    const b = new RandomStreams(7).stream('bm');
    for (let i = 0; i < 5; i++) {
      standardNormal(a);
      b.uniform();
      b.uniform();
    }
    expect(a.uniform()).toBe(b.uniform());
    const c = new RandomStreams(7).stream('bm');
    const first = standardNormal(c);
    expect(standardNormal(new RandomStreams(7).stream('bm'))).toBe(first);
  });

  it('puts 95% of its draws within ±1.96 (binomial 99.9% interval)', () => {
    const xs = draw({ sample: standardNormal, mean: 0, variance: 1, describe: () => 'N(0,1)' }, 'normal-coverage', N);
    let inside = 0;
    for (const x of xs) if (Math.abs(x) <= 1.959963984540054) inside++;
    expect(Math.abs(inside - 0.95 * N)).toBeLessThanOrEqual(Z999 * Math.sqrt(N * 0.95 * 0.05));
  });
});
