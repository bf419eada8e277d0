import { studentT } from '../../sim/stats/confidenceInterval.js';

/** The mean of `xs` (0 for none). */
export function mean(xs: number[]): number {
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** The mean of the finite values (NaN if none), and their 95 % half-width when asked (NaN with fewer than two). */
export function meanAndCi(values: number[], withCi: boolean): number[] {
  const finite = values.filter(Number.isFinite);
  const m = finite.length > 0 ? mean(finite) : NaN;
  if (!withCi) return [m];
  return [m, finite.length > 1 ? studentT(finite, 0.95).halfWidth : NaN];
}
