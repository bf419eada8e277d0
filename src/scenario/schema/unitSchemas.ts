/**
 * Zod schemas of the scalar fields: durations, rates, probabilities, counts. Each one
 * accepts a bare number or a string with a unit, carries one "expected" sentence for
 * every way it can fail (the error messages quote it), and checks the range of the
 * parsed value with a refinement (refinements do not appear in the JSON Schema, the
 * patterns do).
 */
import { z } from 'zod';
import {
  BYTES_PATTERN,
  BYTES_PER_S_PATTERN,
  DURATION_PATTERN,
  PERCENT_PATTERN,
  RATE_PATTERN,
  parseBytes,
  parseBytesPerS,
  parseDurationS,
  parseFraction,
  parseRatePerS,
} from '../units.js';

const durationRe = new RegExp(DURATION_PATTERN);
const rateRe = new RegExp(RATE_PATTERN);
const percentRe = new RegExp(PERCENT_PATTERN);
const bytesRe = new RegExp(BYTES_PATTERN);
const bytesPerSRe = new RegExp(BYTES_PER_S_PATTERN);

export const DURATION_EXPECTED = 'a duration such as 250ms, 100us, 30s, 5m, 1h, 1h30m (a bare number is seconds)';
export const POSITIVE_DURATION_EXPECTED = `a positive ${DURATION_EXPECTED.slice(2)}`;
export const RATE_EXPECTED = 'a positive rate such as 300/s, 18000/min, 1e6/h (a bare number is per second)';
export const BYTES_EXPECTED = 'a size such as 128MB or 20GB (a bare number is bytes)';
export const BYTES_PER_S_EXPECTED = 'a positive byte rate such as 175MB/s or 1GB/s (a bare number is bytes per second)';
export const FRACTION_EXPECTED = 'a probability: a number in [0, 1] or a percentage such as 0.1%';

/** The message when the text has the form but its value overflows a number (`1e400s`). */
const finite = (error: string): string => `${error}, no larger than a number can hold (about 1.8e308)`;

/** A duration ≥ 0 (or > 0 when `positive`), as a number of seconds or `250ms`-style text. */
export function durationSchema(bound: 'nonnegative' | 'positive', description: string) {
  const error = bound === 'positive' ? POSITIVE_DURATION_EXPECTED : DURATION_EXPECTED;
  const number = bound === 'positive' ? z.number({ error }).positive({ error }) : z.number({ error }).min(0, { error });
  return z
    .union([number, z.string({ error }).regex(durationRe, { error })], { error })
    .refine((v) => typeof v !== 'string' || !durationRe.test(v) || !Number.isNaN(parseDurationS(v)), { error: finite(error), abort: true })
    .refine((v) => typeof v !== 'string' || bound !== 'positive' || !(parseDurationS(v) <= 0), { error })
    .describe(description);
}

/**
 * A positive quantity written as a bare number (already in SI units) or as text
 * matching `re`, whose parsed value must be positive too; `error` says the form.
 */
function positiveUnitSchema(error: string, re: RegExp, parse: (v: unknown) => number, description: string) {
  return z
    .union([z.number({ error }).positive({ error }), z.string({ error }).regex(re, { error })], { error })
    .refine((v) => typeof v !== 'string' || !re.test(v) || !Number.isNaN(parse(v)), { error: finite(error), abort: true })
    .refine((v) => typeof v !== 'string' || !(parse(v) <= 0), { error })
    .describe(description);
}

/** A rate > 0, as a number per second or `300/s`-style text. */
export function rateSchema(description: string) {
  return positiveUnitSchema(RATE_EXPECTED, rateRe, parseRatePerS, description);
}

/** A size > 0 (B, KB, MB, GB, TB: multiples of 1024), as a number of bytes or `128MB`-style text. */
export function bytesSchema(description: string) {
  return positiveUnitSchema(BYTES_EXPECTED, bytesRe, parseBytes, description);
}

/** A byte rate > 0, as a number of bytes per second or `175MB/s`-style text. */
export function bytesPerSSchema(description: string) {
  return positiveUnitSchema(BYTES_PER_S_EXPECTED, bytesPerSRe, parseBytesPerS, description);
}

/** A probability in [0, 1], as a number or a percentage (`0.1%`). */
export function fractionSchema(description: string) {
  const error = FRACTION_EXPECTED;
  return z
    .union([z.number({ error }).min(0, { error }).max(1, { error }), z.string({ error }).regex(percentRe, { error })], {
      error,
    })
    .refine((v) => typeof v !== 'string' || !percentRe.test(v) || !Number.isNaN(parseFraction(v)), { error: finite(error), abort: true })
    .refine((v) => typeof v !== 'string' || !(parseFraction(v) > 1), { error })
    .describe(description);
}

/** A whole number ≥ `min` (a count: queries, nodes, threads), and ≤ `max` when given. */
export function countSchema(min: number, description: string, max = Infinity) {
  const error = max === Infinity ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`;
  const count = z.number({ error }).int({ error }).min(min, { error });
  return (max === Infinity ? count : count.max(max, { error })).describe(description);
}

/** A finite number > 0 (sizes such as GB of RAM). */
export function positiveNumberSchema(description: string) {
  const error = 'a positive number';
  return z.number({ error }).positive({ error }).describe(description);
}

/** A finite number ≥ `min` (factors such as a CPU-cost multiplier). */
export function numberAtLeastSchema(min: number, description: string) {
  const error = `a number ≥ ${min}`;
  return z.number({ error }).min(min, { error }).describe(description);
}

/** A finite number ≥ 0 (multipliers). */
export function nonnegativeNumberSchema(description: string) {
  const error = 'a number ≥ 0';
  return z.number({ error }).min(0, { error }).describe(description);
}

/** One of `values`; the message lists them. */
export function enumSchema<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  return z.enum(values, { error: `one of ${values.join(', ')}` }).describe(description);
}
