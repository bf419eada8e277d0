/**
 * The Benjamini–Hochberg step-up procedure: which of m hypotheses to reject, given their
 * p-values, so that the expected share of false rejections among the rejections is at
 * most `q` (Benjamini & Hochberg, "Controlling the false discovery rate", JRSS B 57,
 * 1995). When every hypothesis is true, any rejection is false, so the chance of one is
 * then at most q as well. Returns, for each p-value in its place, whether it is rejected.
 */
export function benjaminiHochberg(pValues: readonly number[], q: number): boolean[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  let cut = -1;
  for (let k = m - 1; k >= 0; k--) {
    if (order[k].p <= ((k + 1) / m) * q) {
      cut = k;
      break;
    }
  }
  const rejected = new Array<boolean>(m).fill(false);
  for (let k = 0; k <= cut; k++) rejected[order[k].i] = true;
  return rejected;
}
