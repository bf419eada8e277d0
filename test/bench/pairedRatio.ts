import { studentT } from '../../sim/stats/confidenceInterval.js';

/** How much A's measure is of B's over paired rounds. */
export interface PairedRatio {
  rounds: number;
  /** Median of the rounds' ratios A/B. */
  median: number;
  /** Geometric mean of the ratios, and its interval at the level asked for. */
  geometricMean: number;
  lower: number;
  upper: number;
}

/**
 * The ratio of paired measurements `a[i] / b[i]` (one round each, taken close in time):
 * their median, and their geometric mean with a Student t interval on the logarithms
 * of the ratios. Ratios, not the two series' own spreads: the machine's speed drifts
 * between rounds, and a round's two figures drift together.
 */
export function pairedRatio(a: readonly number[], b: readonly number[], level = 0.95): PairedRatio {
  if (a.length !== b.length || a.length === 0) throw new RangeError(`pairedRatio: need as many figures for A as for B, at least one; got ${a.length} and ${b.length}`);
  const ratios = a.map((x, i) => x / b[i]);
  if (!ratios.every((r) => Number.isFinite(r) && r > 0)) throw new RangeError(`pairedRatio: every figure must be positive and finite; ratios ${ratios.join(', ')}`);
  const sorted = [...ratios].sort((x, y) => x - y);
  const m = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  const ci = studentT(ratios.map(Math.log), level);
  return { rounds: ratios.length, median, geometricMean: Math.exp(ci.mean), lower: Math.exp(ci.lower), upper: Math.exp(ci.upper) };
}
