/**
 * How many cases a property runs: `base` in `npm test`, `base × FUZZ_SCALE` under
 * `npm run fuzz` (vitest.fuzz.config.ts sets it). FUZZ_SEED replays a failure: fast-check
 * prints the seed (and the path of the shrunk case) in the failure message.
 */
import type fc from 'fast-check';

export function fuzzParameters<T>(base: number): fc.Parameters<T> {
  const scale = Number(process.env.FUZZ_SCALE ?? '1');
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  const numRuns = Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
  return seed === undefined ? { numRuns } : { numRuns, seed };
}
