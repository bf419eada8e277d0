import type { CompareResult, GateResult, MetricResult } from '../../run/compare/compareSummaries.js';
import type { Setup } from '../../run/results/summaryFormat.js';
import type { SweepSummary } from '../../run/results/sweepSummaryFormat.js';

/** One side of a comparison: its folder, whether it is a run or a sweep, its name and its setup. */
export interface CompareSide {
  path: string;
  kind: 'run' | 'sweep';
  name: string;
  setup: Setup | SweepSummary['setup'];
}

/** What every compare output shows: the two runs, whether they could be compared, and the comparison. */
export interface CompareReport {
  baseline: CompareSide;
  current: CompareSide;
  differences: string[];
  notes: string[];
  /** Compared although the setups differ (`--allow-different`). */
  allowedDifferent: boolean;
  /** `--fail-on-change`: every figure that moved at all is a failure (a gate for deterministic runs). */
  failOnChange: boolean;
  /** Null when not comparable. */
  result: CompareResult | null;
}

export type Outcome = 'pass' | 'fail' | 'not-comparable';

export function outcomeOf(r: CompareReport): Outcome {
  if (r.result === null) return 'not-comparable';
  return r.result.regressions + r.result.gateFailures + (r.failOnChange ? movedCount(r) : 0) > 0 ? 'fail' : 'pass';
}

/** The outcome in a few words: `not comparable`, `2 regressions, 1 gate failed`, `no regression`. */
export function headline(r: CompareReport): string {
  const res = r.result;
  if (res === null) return 'not comparable';
  if (r.failOnChange && movedCount(r) > 0) return `${movedCount(r)} figures moved (any move fails)`;
  if (outcomeOf(r) === 'pass') return 'no regression';
  const gates = res.gateFailures > 0 ? `${res.gateFailures} gate${res.gateFailures === 1 ? '' : 's'} failed` : '';
  return res.regressions === 0 ? gates : `${res.regressions} regression${res.regressions === 1 ? '' : 's'}${gates === '' ? '' : `, ${gates}`}`;
}

/** How the figures were compared, in a sentence. */
export function method(res: CompareResult): string {
  const how = res.mode === 'exact' ? 'one replication each: exact differences' : res.mode === 'paired' ? 'replications paired by seed' : 'unpaired replications (Welch)';
  return `${how}; intervals at ${(res.confidence * 100).toFixed(0)} %; regressed and improved decided over all ${res.metrics.filter((m) => m.better !== 'none').length} judged figures at a false-discovery rate of ${((1 - res.confidence) * 100).toFixed(0)} % (Benjamini–Hochberg).`;
}

/** How many figures moved at all. */
export function movedCount(r: CompareReport): number {
  return r.result === null ? 0 : r.result.metrics.filter(moved).length;
}

/** `p95 of all`, `utilisation of cpu.node1`. */
export const metricName = (m: Pick<MetricResult, 'figure' | 'row'>): string => `${m.figure} of ${m.row}`;

/** A value in the figure's unit, briefly. */
export function showValue(figure: string, v: number | null): string {
  if (v === null) return '—';
  if (figure === 'error_rate' || figure === 'utilisation') return `${(v * 100).toFixed(figure === 'error_rate' ? 3 : 1)} %`;
  if (figure.endsWith('_ms')) return `${v.toFixed(1)} ms`;
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(4);
}

/** The change and its interval: `+12.3 % [+8.1, +16.5]`, or absolute in the figure's unit. */
export function showChange(m: MetricResult): string {
  const c = m.change;
  if (c === null) return '—';
  const f = (x: number): string => {
    if (!Number.isFinite(x)) return x > 0 ? '+∞' : '−∞';
    const s = m.relative ? `${(x * 100).toFixed(1)}` : m.figure === 'error_rate' ? `${(x * 100).toFixed(3)}` : x.toPrecision(3);
    return x > 0 ? `+${s}` : s.replace('-', '−');
  };
  const unit = m.relative ? ' %' : m.figure === 'error_rate' ? ' pp' : '';
  return c.method === 'exact' ? `${f(c.estimate)}${unit}` : `${f(c.estimate)}${unit} [${f(c.lo)}, ${f(c.hi)}]`;
}

export function showAllow(m: MetricResult): string {
  if (m.better === 'none') return 'reported only';
  const a = m.allow.relative ? `${(m.allow.value * 100).toFixed(1)} %` : m.figure === 'error_rate' ? `${(m.allow.value * 100).toFixed(2)} pp` : String(m.allow.value);
  return `${m.better} is better, ${a} worse allowed`;
}

export const gateName = (g: GateResult): string => (g.kind === 'slo' ? g.gate : `${g.figure} of ${g.row} ${g.gate}`);

/** Figures in the order a reader wants them: regressions, then improvements, inconclusive, changed, unchanged. */
export function ordered(metrics: readonly MetricResult[]): MetricResult[] {
  const rank = { regressed: 0, improved: 1, inconclusive: 2, changed: 3, unchanged: 4 } as const;
  return [...metrics].sort((a, b) => rank[a.verdict] - rank[b.verdict]);
}

/** Whether a figure moved at all: its estimate is not 0 (exact), or the verdict is not `unchanged`. */
export const moved = (m: MetricResult): boolean => m.verdict !== 'unchanged' || (m.change !== null && m.change.estimate !== 0);
