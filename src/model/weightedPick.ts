/** Running sums of `weights`, for `pick`. */
export function cumulative(weights: number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) out[i] = sum += weights[i];
  return out;
}

/** Index of the first cumulative weight above `u`·total. */
export function pick(cum: Float64Array, u: number): number {
  const x = u * cum[cum.length - 1];
  for (let i = 0; i < cum.length - 1; i++) if (x < cum[i]) return i;
  return cum.length - 1;
}
