import type { RandomStream } from '../../../sim/RandomStream.js';

/** A standard normal variate by Box–Muller (one of the pair), for test samples only. */
export function gaussian(stream: RandomStream): number {
  const u1 = stream.uniformOpenZero();
  const u2 = stream.uniform();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
