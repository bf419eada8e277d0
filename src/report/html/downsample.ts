/** Points drawn per series at most: longer series are averaged over buckets for drawing (the CSV keeps every window). */
export const MAX_POINTS = 600;

/** Rows per drawn point for a series of `n` rows: consecutive buckets of this many, the last one shorter. */
export const bucketRows = (n: number, max = MAX_POINTS): number => Math.max(1, Math.ceil(n / max));

/** The first value of each bucket of the `n` values read by `at` (a drawn point's x). */
export function bucketStarts(n: number, at: (i: number) => number, max = MAX_POINTS): number[] {
  const k = bucketRows(n, max);
  const out: number[] = [];
  for (let i = 0; i < n; i += k) out.push(at(i));
  return out;
}

/**
 * The mean of each bucket of the `n` values read by `at`, NaN left out (a bucket of only
 * NaN stays a gap). Values are read one at a time, in order, and none is kept: a series
 * of any length is drawn in the memory of its points.
 */
export function bucketMeans(n: number, at: (i: number) => number, max = MAX_POINTS): number[] {
  const k = bucketRows(n, max);
  const out: number[] = [];
  for (let i = 0; i < n; i += k) {
    const end = Math.min(n, i + k);
    let sum = 0;
    let count = 0;
    for (let j = i; j < end; j++) {
      const v = at(j);
      if (Number.isFinite(v)) (sum += v), count++;
    }
    out.push(count > 0 ? sum / count : NaN);
  }
  return out;
}

/** Series held in full, as drawn: `x` at each bucket's start, each of `ys` as its buckets' means. */
export function downsample(x: ArrayLike<number>, ys: ArrayLike<number>[], max = MAX_POINTS): { x: number[]; ys: number[][] } {
  const n = x.length;
  return { x: bucketStarts(n, (i) => x[i], max), ys: ys.map((y) => bucketMeans(n, (i) => y[i], max)) };
}
