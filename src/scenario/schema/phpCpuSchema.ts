/**
 * Schema of a class's `phpCpu`: a service-time distribution, or a bare duration meaning
 * "always exactly this long".
 */
import { z } from 'zod';
import { durationSchema, positiveNumberSchema } from './unitSchemas.js';
import { parseDurationS } from '../units.js';

/** z₀.₉₅ of the standard normal. */
const Z95 = 1.6448536269514722;

/**
 * Largest p95/mean a lognormal can have: p95/mean = exp(z·σ − σ²/2), which peaks at
 * σ = z with exp(z²/2) ≈ 3.8685. Past it no lognormal has that mean and that p95.
 */
export const LOGNORMAL_MAX_P95_OVER_MEAN = Math.exp((Z95 * Z95) / 2);

export const PHP_CPU_EXPECTED =
  'a duration, or { dist: deterministic | exponential | uniform | lognormal | gamma, … }';
const DIST_EXPECTED = 'dist: deterministic, exponential, uniform, lognormal or gamma';

const deterministic = z.strictObject({
  dist: z.literal('deterministic'),
  value: durationSchema('nonnegative', 'The one value every request takes.'),
});

const exponential = z.strictObject({
  dist: z.literal('exponential'),
  mean: durationSchema('positive', 'Mean.'),
});

const uniform = z
  .strictObject({
    dist: z.literal('uniform'),
    min: durationSchema('nonnegative', 'Smallest value.'),
    max: durationSchema('nonnegative', 'Largest value (≥ min).'),
  })
  .superRefine((v, ctx) => {
    const minS = parseDurationS(v.min);
    const maxS = parseDurationS(v.max);
    if (minS >= 0 && maxS >= 0 && maxS < minS) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `a maximum ≥ min (${String(v.min)})`, input: v.max });
    }
  });

const lognormal = z
  .strictObject({
    dist: z.literal('lognormal'),
    mean: durationSchema('positive', 'Mean.'),
    p95: durationSchema('positive', '95th percentile; 1 < p95/mean ≤ 3.87.'),
  })
  .superRefine((v, ctx) => {
    const meanS = parseDurationS(v.mean);
    const ratio = parseDurationS(v.p95) / meanS;
    if (!(meanS > 0 && ratio > 0) || (ratio > 1 && ratio <= LOGNORMAL_MAX_P95_OVER_MEAN)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['p95'],
      message: `p95/mean in (1, ${LOGNORMAL_MAX_P95_OVER_MEAN.toFixed(4)}] for a lognormal`,
      params: {
        found: `p95/mean = ${Number(ratio.toPrecision(4))} (p95 ${String(v.p95)}, mean ${String(v.mean)})`,
        hint:
          ratio <= 1
            ? 'a lognormal p95 lies above its mean; use { dist: deterministic } for no spread'
            : 'no lognormal has a p95 that far above its mean: raise the mean or lower p95',
      },
    });
  });

const gamma = z.strictObject({
  dist: z.literal('gamma'),
  mean: durationSchema('positive', 'Mean.'),
  cv: positiveNumberSchema('Coefficient of variation (standard deviation / mean).'),
});

export const distSchema = z.discriminatedUnion('dist', [deterministic, exponential, uniform, lognormal, gamma], {
  error: DIST_EXPECTED,
});

export const phpCpuSchema = z
  .union([durationSchema('nonnegative', 'Deterministic PHP CPU time.'), distSchema], { error: PHP_CPU_EXPECTED })
  .describe(
    'PHP CPU time of one request (core-seconds): a duration (deterministic) or ' +
      '{ dist: deterministic, value } | { dist: exponential, mean } | { dist: uniform, min, max } | ' +
      '{ dist: lognormal, mean, p95 } | { dist: gamma, mean, cv }.',
  );
