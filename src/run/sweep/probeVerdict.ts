import { tQuantile } from '../../../sim/stats/confidenceInterval.js';
import type { ReplicationFigures } from './ReplicationFigures.js';

export type ProbeVerdict = 'pass' | 'fail' | 'undecided';

/** The decision on one SLO figure: its mean over the replications and one-sided bounds at the probe's level. */
export interface CheckBounds {
  label: string;
  mean: number;
  lower: number;
  upper: number;
  limit: number;
}

/**
 * Whether replications at one load meet the SLO, with confidence `confidence` over the
 * whole search of the probe. Each SLO figure gets a one-sided Student-t bound on its
 * mean over replications; the probe passes when every figure's upper bound is within
 * its target, fails when some figure's lower bound is beyond it, and is undecided
 * otherwise. The error probability α = 1 − confidence is split (Bonferroni) over the k
 * figures and the `looks` times the probe may be decided (one per batch), each bound
 * at level 1 − α/(k·looks): then the chance that any decision of the probe is wrong is
 * at most α, however many batches it takes. A figure with no value in a replication
 * counts as follows: no successful response for a latency is a miss beyond doubt (the
 * probe fails); no request of a class is an error rate of 0.
 */
export function probeVerdict(reps: readonly ReplicationFigures[], confidence: number, looks: number): { verdict: ProbeVerdict; bounds: CheckBounds[]; limiting: string } {
  const labels = new Map<string, { unit: string; limit: number; values: number[] }>();
  for (const r of reps) {
    for (const c of r.checks) {
      const entry = labels.get(c.label) ?? { unit: c.unit, limit: c.limit, values: [] };
      labels.set(c.label, entry);
    }
  }
  for (const [label, entry] of labels) {
    for (const r of reps) {
      const c = r.checks.find((x) => x.label === label);
      const v = c === undefined || Number.isNaN(c.value) ? (entry.unit === 'ms' ? Infinity : 0) : c.value;
      entry.values.push(v);
    }
  }
  const n = reps.length;
  const k = Math.max(1, labels.size);
  const level = 1 - (1 - confidence) / (k * looks);
  const t = n >= 2 ? tQuantile(level, n - 1) : Infinity;
  const bounds: CheckBounds[] = [];
  let pass = true;
  let fail = false;
  for (const [label, { limit, values }] of labels) {
    if (values.some((v) => !Number.isFinite(v))) {
      bounds.push({ label, mean: Infinity, lower: Infinity, upper: Infinity, limit });
      pass = false;
      fail = true;
      continue;
    }
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const sd = n >= 2 ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : Infinity;
    const half = sd === 0 ? 0 : (t * sd) / Math.sqrt(n);
    const b = { label, mean, lower: mean - half, upper: mean + half, limit };
    bounds.push(b);
    if (!(b.upper <= limit)) pass = false;
    if (b.lower > limit) fail = true;
  }
  return { verdict: fail ? 'fail' : pass ? 'pass' : 'undecided', bounds, limiting: limitingCheck(bounds, fail) };
}

/**
 * The check that decided: when the probe fails, the one whose lower bound is furthest
 * past its target (relative to the target); otherwise the one whose upper bound is
 * closest to it, or furthest past it — what stops a higher load from passing.
 */
function limitingCheck(bounds: readonly CheckBounds[], fail: boolean): string {
  let best = '';
  let score = -Infinity;
  for (const b of bounds) {
    const x = fail ? b.lower : b.upper;
    const s = b.limit > 0 ? x / b.limit : x > 0 ? Infinity : 0;
    if (s > score) {
      score = s;
      best = b.label;
    }
  }
  return best;
}
