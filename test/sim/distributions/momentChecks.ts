import { expect } from 'vitest';
import quantile from '@stdlib/stats-base-dists-normal-quantile';
import { RandomStreams } from '../../../sim/RandomStreams.js';
import type { Distribution } from '../../../sim/distributions/index.js';

/** Two-sided 99.9% normal critical value, Φ⁻¹(0.9995) ≈ 3.29. */
export const Z999 = quantile(0.9995, 0, 1);

/** The fixed run seed of the distribution tests: every run sees the same draws. */
export const SEED = 20_240_917;

export function streamFor(name: string) {
  return new RandomStreams(SEED).stream(name);
}

export interface SampleMoments {
  n: number;
  mean: number;
  /** Unbiased sample variance s² (divisor n − 1). */
  variance: number;
  /** Second and fourth central sample moments (divisor n). */
  m2: number;
  m4: number;
}

export function draw(dist: Distribution, streamName: string, n: number): Float64Array {
  const rng = streamFor(streamName);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = dist.sample(rng);
  return xs;
}

export function sampleMoments(xs: Float64Array): SampleMoments {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i];
  const mean = sum / n;
  let s2 = 0;
  let s4 = 0;
  for (let i = 0; i < n; i++) {
    const d2 = (xs[i] - mean) ** 2;
    s2 += d2;
    s4 += d2 * d2;
  }
  return { n, mean, variance: s2 / (n - 1), m2: s2 / n, m4: s4 / n };
}

/**
 * Draws `n` values and checks, each at 99.9% two-sided:
 * (a) the sample mean lies within Z·sqrt(σ²/n) of the analytic mean (CLT, with the
 *     analytic σ² — the value under test);
 * (b) s² lies within Z·se(s²) of the analytic variance, se(s²) ≈ sqrt((μ4 − σ⁴)/n)
 *     (the large-sample variance of s²), with μ4 and σ⁴ estimated from the sample
 *     itself (m4 − m2² ≥ 0 always) since not every distribution here has a closed μ4.
 * The (b) interval is only as good as that μ4 estimate, whose own relative error is
 * about sqrt((μ8 − μ4²)/n)/μ4: heavy-tailed parameterisations (a bounded Pareto over
 * three decades, kurtosis ~10⁴) make it unreliable and s² itself far from normal, so
 * the tests pick parameters whose μ4 estimate is within ~15% at n = 200k.
 */
export function expectMomentsWithinCI(dist: Distribution, streamName: string, n = 200_000): void {
  const m = sampleMoments(draw(dist, streamName, n));
  const meanTol = Z999 * Math.sqrt(dist.variance / n);
  const varTol = Z999 * Math.sqrt((m.m4 - m.m2 * m.m2) / n);
  const what = `${dist.describe()} on stream ${streamName}`;
  expect(Math.abs(m.mean - dist.mean), `${what}: sample mean ${m.mean} vs ${dist.mean}`).toBeLessThanOrEqual(meanTol);
  expect(Math.abs(m.variance - dist.variance), `${what}: s² ${m.variance} vs ${dist.variance}`).toBeLessThanOrEqual(varTol);
}
