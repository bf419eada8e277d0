import type { RunSummary, SummaryRow } from '../run/RunSummary.js';

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
 * Checks the summary against the scenario's SLO: the latency targets on pages (the
 * `all` row) in the SLO's scope; the error rate of all pages AND of every class, so an
 * outage of one class never reads as met; and any targets set for single classes. A
 * latency target is missed when nothing succeeded (there is no latency to meet it).
 */
export function sloVerdict(s: RunSummary, slo: SloTargets): SloVerdict {
  const all = s.classes[s.classes.length - 1];
  const lines: string[] = [];
  let met = true;
  const origin = slo.scope === 'origin';
  const check = (label: string, value: number, limit: number | null, unit: (x: number) => string, quiet = false): void => {
    if (limit === null) return;
    const ok = value <= limit;
    met &&= ok;
    if (ok && quiet) return;
    lines.push(`${ok ? 'met   ' : 'MISSED'} ${label} ${Number.isNaN(value) ? 'none (no successful response)' : unit(value)} (target ≤ ${unit(limit)})`);
  };
  const ms = (x: number): string => `${x.toFixed(0)} ms`;
  const pct = (x: number): string => `${(x * 100).toFixed(3)} %`;
  const latency = (r: SummaryRow, p: 'p95' | 'p99'): number => (origin ? r[`origin_${p}_ms`] : r[`${p}_ms`]);
  const where = origin ? 'origin pages' : 'all pages';
  check(`p95 of ${where}`, latency(all, 'p95'), slo.p95S === null ? null : slo.p95S * 1000, ms);
  check(`p99 of ${where}`, latency(all, 'p99'), slo.p99S === null ? null : slo.p99S * 1000, ms);
  check('error rate of all pages', all.error_rate, slo.errorRate, pct);
  const classes = s.classes.slice(0, -1);
  const before = lines.length;
  let classChecks = 0;
  for (const r of classes) {
    const own = slo.classes[r.class];
    const errorRate = own !== undefined ? own.errorRate : slo.errorRate;
    if (errorRate !== null) classChecks++;
    check(`error rate of ${r.class}`, r.error_rate, errorRate, pct, true);
    if (own === undefined) continue;
    check(`p95 of ${r.class} (${origin ? 'origin' : 'all'})`, latency(r, 'p95'), own.p95S === null ? null : own.p95S * 1000, ms);
    check(`p99 of ${r.class} (${origin ? 'origin' : 'all'})`, latency(r, 'p99'), own.p99S === null ? null : own.p99S * 1000, ms);
  }
  if (classChecks > 0 && !lines.slice(before).some((l) => l.startsWith('MISSED error rate of '))) lines.push(`met    error rate of each of the ${classChecks} classes`);
  return { met, lines };
}

/** The compact console report: per-class latencies, errors, the busiest resource, the SLO. */
export function consoleSummary(title: string, s: RunSummary, verdict: SloVerdict): string {
  const head = ['class', 'requests', 'rps', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'];
  const rows = s.classes.map((r) => [
    r.class,
    count(r.requests),
    r.throughput_rps.toFixed(1),
    r.errors > 0 ? `${count(r.errors)} (${(r.error_rate * 100).toFixed(2)}%)` : '0',
    num(r.p50_ms),
    withCi(r.p95_ms, r.ci.p95_ms),
    withCi(r.p99_ms, r.ci.p99_ms),
    num(r.max_ms),
  ]);
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells: string[]): string => cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  ');
  const out = [title, '', line(head), ...rows.map(line), ''];
  const all = s.classes[s.classes.length - 1];
  const causes = Object.entries(all.errorsByCause).filter(([, n]) => n > 0);
  out.push(causes.length > 0 ? `errors: ${causes.map(([c, n]) => `${c} ${n}`).join(', ')}` : 'errors: none');
  if (s.serveStale) {
    const pages = all.stale_served;
    const assets = s.classes.slice(0, -1).reduce((n, r) => n + r.stale_served, 0) - pages;
    out.push(`serve-stale: Fastly answered ${pages} page${pages === 1 ? '' : 's'} and ${assets} asset${assets === 1 ? '' : 's'} with stale copies in place of origin errors`);
  }
  const busiest = [...s.resources].sort((a, b) => b.utilisation - a.utilisation)[0];
  if (busiest) out.push(`busiest resource: ${busiest.name} at ${(busiest.utilisation * 100).toFixed(1)} % (mean queue ${busiest.meanQueue.toFixed(2)})`);
  if (s.flowControlPausedFraction > 0) out.push(`Galera flow control paused commits ${(s.flowControlPausedFraction * 100).toFixed(2)} % of the time`);
  out.push(`SLO: ${verdict.met ? 'met' : 'MISSED'}`, ...verdict.lines.map((l) => `  ${l}`), '');
  return out.join('\n');
}

/** A count: whole with one replication, a mean (one decimal) with several. */
function count(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** A latency for the table; — when there was none. */
function num(value: number): string {
  return Number.isFinite(value) ? value.toFixed(0) : '—';
}

function withCi(value: number, half: number | undefined): string {
  return half === undefined || !Number.isFinite(half) ? num(value) : `${num(value)}±${half.toFixed(0)}`;
}
