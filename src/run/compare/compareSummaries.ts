import { benjaminiHochberg } from '../../../sim/stats/benjaminiHochberg.js';
import { tCdf } from '../../../sim/stats/confidenceInterval.js';
import { globMatch, type CompareConfig, type CompareRule, type RowKind } from '../../scenario/compare/CompareConfig.js';
import type { Stat, SummaryJson } from '../results/summaryFormat.js';
import { type Change, exactChange, pairedChange, welchChange } from './changeInterval.js';

export type Verdict = 'improved' | 'unchanged' | 'regressed' | 'inconclusive' | 'changed';

/** One figure of one row, baseline against current, judged by its rule. */
export interface MetricResult {
  kind: RowKind;
  row: string;
  figure: string;
  baseline: number | null;
  current: number | null;
  better: 'lower' | 'higher' | 'none';
  allow: CompareRule['allow'];
  /** The change in the rule's terms (relative or absolute) with its interval; null when a side has no value. */
  change: Change | null;
  /** Whether `change` is relative (a fraction: 0.05 = +5 %) or absolute (the figure's unit). */
  relative: boolean;
  verdict: Verdict;
  rule: string;
}

export interface GateResult {
  kind: RowKind | 'slo';
  row: string;
  figure: string;
  gate: string;
  value: number | null;
  passed: boolean;
  rule: string;
}

export interface CompareResult {
  mode: 'exact' | 'paired' | 'welch';
  /** The confidence asked: of each figure's interval, and 1 − the false-discovery rate of the verdicts. */
  confidence: number;
  metrics: MetricResult[];
  gates: GateResult[];
  regressions: number;
  gateFailures: number;
}

interface Row {
  kind: RowKind;
  name: string;
  figures: Record<string, Stat>;
}

const rowsOf = (s: SummaryJson): Row[] => [
  ...s.classes.map((c) => ({ kind: 'class' as const, name: c.class, figures: c.figures })),
  ...s.resources.map((r) => ({ kind: 'resource' as const, name: r.resource, figures: r.figures })),
];

const matches = (r: CompareRule, kind: RowKind, row: string, figure: string): boolean => (r.kind === null || r.kind === kind) && globMatch(r.row, row) && globMatch(r.metric, figure);

/**
 * Compares two runs' summaries figure by figure. Exact mode (one replication each):
 * runs are deterministic, so the change is the change. Paired mode (the same seeds, at
 * least two): differences by seed, the paired-t or ratio interval. Welch mode
 * (different seeds, when allowed): unpaired intervals. Each figure gets its interval at
 * `confidence`. The verdicts test, for every judged figure, "worse than allowed" and
 * "better than the baseline" (one-sided t tests), and keep the rejections the
 * Benjamini–Hochberg procedure keeps at 1 − confidence over all of them: among the
 * figures called regressed or improved, at most that share is expected to be wrong, and
 * when nothing changed at all, the chance of calling anything regressed is at most
 * 1 − confidence. A figure is `regressed` or `improved` so; `unchanged` when its
 * interval's worst end is within the allowance; `inconclusive` otherwise. A figure no
 * rule judges (better: none) is `changed` when it moved (exact) or its interval
 * excludes 0.
 */
export function compareSummaries(base: SummaryJson, cur: SummaryJson, config: CompareConfig): CompareResult {
  const paired = base.setup.seeds.length === cur.setup.seeds.length && base.setup.seeds.every((s, i) => s === cur.setup.seeds[i]);
  const n = Math.min(base.setup.replications, cur.setup.replications);
  const mode = n < 2 ? 'exact' : paired ? 'paired' : 'welch';
  const curRows = new Map(rowsOf(cur).map((r) => [`${r.kind} ${r.name}`, r]));
  const pairs: { kind: RowKind; row: string; figure: string; b: Stat; c: Stat; rule: CompareRule | undefined }[] = [];
  for (const b of rowsOf(base)) {
    const c = curRows.get(`${b.kind} ${b.name}`);
    if (c === undefined) continue;
    for (const [figure, stat] of Object.entries(b.figures)) {
      if (c.figures[figure] === undefined) continue;
      pairs.push({ kind: b.kind, row: b.name, figure, b: stat, c: c.figures[figure], rule: config.rules.find((r) => r.better !== null && matches(r, b.kind, b.name, figure)) });
    }
  }
  const judged: { worse: number; better: number }[] = [];
  const metrics = pairs.map((p): MetricResult => {
    const better = p.rule?.better ?? 'none';
    const allow = p.rule?.allow ?? { relative: false, value: 0 };
    const base = { kind: p.kind, row: p.row, figure: p.figure, baseline: p.b.mean, current: p.c.mean, better: better as MetricResult['better'], allow, rule: p.rule?.source ?? 'default' };
    if (p.b.mean === null || p.c.mean === null) return { ...base, change: null, relative: allow.relative, verdict: p.b.mean === p.c.mean ? 'unchanged' : 'inconclusive' };
    // A relative change from 0 is not defined: judged on the difference, nothing allowed.
    const relative = allow.relative && p.b.mean !== 0;
    const allowed = allow.relative && !relative ? 0 : allow.value;
    const change = changeOf(mode, p.b, p.c, config.confidence, relative);
    const m: MetricResult = { ...base, change, relative, verdict: intervalVerdict(change, better, allowed) };
    if (better !== 'none') judged.push(pValues(change, better, allowed));
    return m;
  });
  // Benjamini–Hochberg over both questions of every judged figure.
  const judgedMetrics = metrics.filter((m) => m.better !== 'none' && m.change !== null);
  const ps = judged.flatMap((j) => [j.worse, j.better]);
  const rejected = benjaminiHochberg(ps, 1 - config.confidence);
  judgedMetrics.forEach((m, i) => {
    if (rejected[2 * i]) m.verdict = 'regressed';
    else if (rejected[2 * i + 1]) m.verdict = 'improved';
  });
  const gates: GateResult[] = [];
  for (const r of config.rules) {
    if (r.gate === null) continue;
    for (const row of rowsOf(cur)) {
      for (const [figure, stat] of Object.entries(row.figures)) {
        if (!matches(r, row.kind, row.name, figure)) continue;
        const v = stat.mean;
        const g = r.gate;
        const passed = v !== null && (g.op === '<' ? v < g.limit : g.op === '<=' ? v <= g.limit : g.op === '>' ? v > g.limit : v >= g.limit);
        gates.push({ kind: row.kind, row: row.name, figure, gate: g.text, value: v, passed, rule: r.source });
      }
    }
  }
  // The SLO: every check the baseline met, the current run must meet.
  for (const b of base.slo.checks) {
    if (!b.met) continue;
    const c = cur.slo.checks.find((x) => x.class === b.class && x.figure === b.figure && x.limit === b.limit);
    if (c === undefined) continue;
    gates.push({ kind: 'slo', row: c.class, figure: c.figure, gate: `SLO: ${c.label} ≤ ${c.unit === 'ms' ? `${c.limit} ms` : `${c.limit * 100} %`} (met in the baseline)`, value: c.value, passed: c.met, rule: 'default' });
  }
  return {
    mode,
    confidence: config.confidence,
    metrics,
    gates,
    regressions: metrics.filter((m) => m.verdict === 'regressed').length,
    gateFailures: gates.filter((g) => !g.passed).length,
  };
}

function changeOf(mode: CompareResult['mode'], b: Stat, c: Stat, level: number, relative: boolean): Change {
  const bs = b.replications.filter((x): x is number => x !== null);
  const cs = c.replications.filter((x): x is number => x !== null);
  if (mode === 'paired' && bs.length === b.replications.length && cs.length === c.replications.length && bs.length >= 2) return pairedChange(bs, cs, level, relative);
  if (mode !== 'exact' && bs.length >= 2 && cs.length >= 2) return welchChange(bs, cs, level, relative);
  return exactChange(b.mean!, c.mean!, relative);
}

/** Worse is up for lower-is-better, down for higher-is-better: both turned into "worse is up". */
function worseUp(change: Change, better: 'lower' | 'higher'): { est: number; lo: number; hi: number } {
  return better === 'lower' ? { est: change.estimate, lo: change.lo, hi: change.hi } : { est: -change.estimate, lo: -change.hi, hi: -change.lo };
}

/**
 * The one-sided p-values of "worse than allowed" and of "better than the baseline"
 * (Student t with the change's degrees of freedom; exact: 0 when it is so, 1 when not).
 */
function pValues(change: Change, better: 'lower' | 'higher', allowed: number): { worse: number; better: number } {
  const w = worseUp(change, better).est;
  if (change.method === 'exact' || change.se === 0) return { worse: w > allowed ? 0 : 1, better: w < 0 ? 0 : 1 };
  return { worse: 1 - tCdf((w - allowed) / change.se, change.df), better: tCdf(w / change.se, change.df) };
}

/** Before the multiple-testing step: unchanged when the interval's worst end is within the allowance, else inconclusive. */
function intervalVerdict(change: Change, better: 'lower' | 'higher' | 'none', allowed: number): Verdict {
  if (better === 'none') return change.lo > 0 || change.hi < 0 ? 'changed' : 'unchanged';
  return worseUp(change, better).hi <= allowed ? 'unchanged' : 'inconclusive';
}
