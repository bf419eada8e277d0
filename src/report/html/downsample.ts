/** Points drawn per series at most: longer series are averaged over buckets for drawing (the CSV keeps every window). */
export const MAX_POINTS = 600;

/** Mean of each bucket of consecutive points, NaN left out (a bucket of only NaN stays a gap). */
export function downsample(x: ArrayLike<number>, ys: ArrayLike<number>[], max = MAX_POINTS): { x: number[]; ys: number[][] } {
  const n = x.length;
  const k = Math.max(1, Math.ceil(n / max));
  const out = { x: [] as number[], ys: ys.map(() => [] as number[]) };
  for (let i = 0; i < n; i += k) {
    const end = Math.min(n, i + k);
    out.x.push(x[i]);
    ys.forEach((y, s) => {
      let sum = 0;
      let count = 0;
      for (let j = i; j < end; j++) if (Number.isFinite(y[j])) (sum += y[j]), count++;
      out.ys[s].push(count > 0 ? sum / count : NaN);
    });
  }
  return out;
}
