import type { RunSummary, SummaryFigure, SummaryRow } from './RunSummary.js';

export interface SloTargets {
  p95S: number | null;
  p99S: number | null;
  errorRate: number | null;
  scope: 'all' | 'origin';
  classes: Partial<Record<string, { p95S: number | null; p99S: number | null; errorRate: number | null }>>;
}

export interface SloVerdict {
  met: boolean;
  lines: string[];
}

/**
 * One figure the SLO judges: its value in a summary (ms or a fraction; NaN when there
 * is none: no successful response for a latency, no request for an error rate), its
 * limit in the same unit, and whether a met check is left out of the verdict's lines
 * (the error rate of each class: listed only when missed).
 */
export interface SloCheck {
  label: string;
  /** The summary.csv figure judged (`p95_ms`, `origin_p99_ms`, `error_rate`, …) and its row (`all` or a class). */
  figure: SummaryFigure;
  class: string;
  unit: 'ms' | 'fraction';
  value: number;
  limit: number;
  quiet: boolean;
}

/**
 * The figures the SLO judges in a summary, in a fixed order for a given scenario: the
 * latency targets on pages (the `all` row) in the SLO's scope; the error rate of all
 * pages AND of every class, so an outage of one class never reads as met; and any
 * targets set for single classes (a class's own target, even none, replaces the
 * SLO-wide one).
 */
export function sloChecks(s: RunSummary, slo: SloTargets): SloCheck[] {
  const all = s.classes[s.classes.length - 1];
  const origin = slo.scope === 'origin';
  const checks: SloCheck[] = [];
  const add = (label: string, unit: SloCheck['unit'], row: SummaryRow, figure: SummaryFigure, limit: number | null, quiet = false): void => {
    if (limit !== null) checks.push({ label, figure, class: row.class, unit, value: row[figure], limit, quiet });
  };
  const latency = (p: 'p95' | 'p99'): SummaryFigure => (origin ? `origin_${p}_ms` : `${p}_ms`);
  const ms = (s: number | null): number | null => (s === null ? null : s * 1000);
  const where = origin ? 'origin pages' : 'all pages';
  add(`p95 of ${where}`, 'ms', all, latency('p95'), ms(slo.p95S));
  add(`p99 of ${where}`, 'ms', all, latency('p99'), ms(slo.p99S));
  add('error rate of all pages', 'fraction', all, 'error_rate', slo.errorRate);
  for (const r of s.classes.slice(0, -1)) {
    const own = slo.classes[r.class];
    add(`error rate of ${r.class}`, 'fraction', r, 'error_rate', own !== undefined ? own.errorRate : slo.errorRate, true);
    if (own === undefined) continue;
    add(`p95 of ${r.class} (${origin ? 'origin' : 'all'})`, 'ms', r, latency('p95'), ms(own.p95S));
    add(`p99 of ${r.class} (${origin ? 'origin' : 'all'})`, 'ms', r, latency('p99'), ms(own.p99S));
  }
  return checks;
}

/** Whether a check is met: a latency target is missed when nothing succeeded (there is no latency to meet it). */
export function checkMet(c: SloCheck): boolean {
  return c.value <= c.limit;
}

/** Checks the summary against the scenario's SLO (see `sloChecks`), with a line per check. */
export function sloVerdict(s: RunSummary, slo: SloTargets): SloVerdict {
  const lines: string[] = [];
  let met = true;
  let classErrorChecks = 0;
  let classErrorMissed = false;
  const show = (c: SloCheck, x: number): string => (c.unit === 'ms' ? `${x.toFixed(0)} ms` : `${(x * 100).toFixed(3)} %`);
  for (const c of sloChecks(s, slo)) {
    const ok = checkMet(c);
    met &&= ok;
    if (c.quiet) {
      classErrorChecks++;
      classErrorMissed ||= !ok;
    }
    if (ok && c.quiet) continue;
    lines.push(`${ok ? 'met   ' : 'MISSED'} ${c.label} ${Number.isNaN(c.value) ? 'none (no successful response)' : show(c, c.value)} (target ≤ ${show(c, c.limit)})`);
  }
  if (classErrorChecks > 0 && !classErrorMissed) lines.push(`met    error rate of each of the ${classErrorChecks} classes`);
  return { met, lines };
}
