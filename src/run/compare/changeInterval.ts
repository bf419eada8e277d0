import { tQuantile } from '../../../sim/stats/confidenceInterval.js';

/**
 * A change from baseline to current and its confidence interval, in the rule's terms:
 * `relative` (current/baseline − 1) or `absolute` (current − baseline).
 */
export interface Change {
  /** The point estimate: relative change or difference of the means. */
  estimate: number;
  /** Two-sided interval at the level asked (each bound one-sided at (1 + level)/2); ±∞ when it cannot be bounded. */
  lo: number;
  hi: number;
  /** How it was computed: paired by seed, unpaired (Welch), or exact (one deterministic run each). */
  method: 'paired' | 'welch' | 'exact';
  /** Standard error of the estimate and the t distribution's degrees of freedom (0 and ∞ when exact). */
  se: number;
  df: number;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: readonly number[], m = mean(xs)): number => xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);

/**
 * Replications paired by seed (baseline[i] and current[i] ran with the same seed, so
 * they share their random numbers and their difference is far less noisy than either).
 * Absolute: the paired-t interval of the mean difference. Relative: the ratio estimator
 * R = D̄ / B̄ of the mean difference to the baseline mean, with the ratio estimator's
 * variance Var(R) ≈ Σ (dᵢ − R·bᵢ)² / (n (n − 1) B̄²) (Cochran, *Sampling Techniques*,
 * 3rd ed., ch. 6, ratio estimators) and Student t with n − 1 degrees of freedom, as in
 * the paired-t interval (Law, *Simulation Modeling and Analysis*, 5th ed., §10.2.1). Needs n ≥ 2.
 */
export function pairedChange(baseline: readonly number[], current: readonly number[], level: number, relative: boolean): Change {
  const n = baseline.length;
  const d = current.map((c, i) => c - baseline[i]);
  const t = tQuantile((1 + level) / 2, n - 1);
  const dBar = mean(d);
  if (!relative) {
    const se = Math.sqrt(variance(d, dBar) / n);
    return { estimate: dBar, lo: dBar - t * se, hi: dBar + t * se, method: 'paired', se, df: n - 1 };
  }
  const bBar = mean(baseline);
  const r = dBar / bBar;
  const residuals = d.map((di, i) => di - r * baseline[i]);
  const se = Math.sqrt(residuals.reduce((a, e) => a + e * e, 0) / (n * (n - 1))) / Math.abs(bBar);
  return { estimate: r, lo: r - t * se, hi: r + t * se, method: 'paired', se, df: n - 1 };
}

/**
 * Replications that are not paired (different seeds, or different counts): Welch's
 * interval for the difference of the means, with the Welch–Satterthwaite degrees of
 * freedom; relative, the delta method for (C̄ − B̄)/B̄ = C̄/B̄ − 1:
 * Var ≈ (s_c²/n_c + (C̄/B̄)² s_b²/n_b) / B̄² (Law, *Simulation Modeling and Analysis*,
 * 5th ed., §10.2.2 for Welch). Needs n ≥ 2 on both sides.
 */
export function welchChange(baseline: readonly number[], current: readonly number[], level: number, relative: boolean): Change {
  const nb = baseline.length;
  const nc = current.length;
  const bBar = mean(baseline);
  const cBar = mean(current);
  const vb = variance(baseline, bBar) / nb;
  const vc = variance(current, cBar) / nc;
  const df = (vb + vc) ** 2 / (vb ** 2 / (nb - 1) + vc ** 2 / (nc - 1));
  const dof = Number.isFinite(df) && df > 0 ? df : Math.min(nb, nc) - 1;
  const t = tQuantile((1 + level) / 2, dof);
  if (!relative) {
    const diff = cBar - bBar;
    const se = Math.sqrt(vb + vc);
    return { estimate: diff, lo: diff - t * se, hi: diff + t * se, method: 'welch', se, df: dof };
  }
  const q = cBar / bBar;
  const se = Math.sqrt(vc + q * q * vb) / Math.abs(bBar);
  return { estimate: q - 1, lo: q - 1 - t * se, hi: q - 1 + t * se, method: 'welch', se, df: dof };
}

/** One deterministic run each: the change itself, with no interval. */
export function exactChange(baseline: number, current: number, relative: boolean): Change {
  const estimate = relative ? current / baseline - 1 : current - baseline;
  return { estimate, lo: estimate, hi: estimate, method: 'exact', se: 0, df: Infinity };
}
