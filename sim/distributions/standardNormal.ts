import type { RandomStream } from '../RandomStream.js';

const TWO_PI = 2 * Math.PI;

/**
 * A standard normal variate by the Box–Muller transform (Box & Muller 1958, Ann. Math.
 * Statist. 29(2):610–611). Uses exactly two uniforms and returns only the cosine
 * branch: caching the sine twin would make a draw depend on the previous call, and
 * every consumer must see the same numbers for the same stream position.
 */
export function standardNormal(rng: RandomStream): number {
  const radius = Math.sqrt(-2 * Math.log(rng.uniformOpenZero()));
  return radius * Math.cos(TWO_PI * rng.uniform());
}
