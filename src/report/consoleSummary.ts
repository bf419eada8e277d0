import type { RunSummary } from '../run/RunSummary.js';

export interface SloTargets {
  p95S: number | null;
  p99S: number | null;
  errorRate: number | null;
}

export interface SloVerdict {
  met: boolean;
  lines: string[];
}

/** Checks the `all` row against the scenario's SLO. */
export function sloVerdict(s: RunSummary, slo: SloTargets): SloVerdict {
  const all = s.classes[s.classes.length - 1];
  const lines: string[] = [];
  let met = true;
  const check = (label: string, value: number, limit: number | null, unit: (x: number) => string): void => {
    if (limit === null) return;
    const ok = value <= limit;
    met &&= ok;
    lines.push(`${ok ? 'met   ' : 'MISSED'} ${label} ${unit(value)} (target ≤ ${unit(limit)})`);
  };
  const ms = (x: number): string => `${x.toFixed(0)} ms`;
  const pct = (x: number): string => `${(x * 100).toFixed(3)} %`;
  check('p95', all.p95_ms, slo.p95S === null ? null : slo.p95S * 1000, ms);
  check('p99', all.p99_ms, slo.p99S === null ? null : slo.p99S * 1000, ms);
  check('error rate', all.error_rate, slo.errorRate, pct);
  return { met, lines };
}

/** The compact console report: per-class latencies, errors, the busiest resource, the SLO. */
export function consoleSummary(title: string, s: RunSummary, verdict: SloVerdict): string {
  const head = ['class', 'requests', 'rps', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'];
  const rows = s.classes.map((r) => [
    r.class,
    String(r.requests),
    r.throughput_rps.toFixed(1),
    r.errors > 0 ? `${r.errors} (${(r.error_rate * 100).toFixed(2)}%)` : '0',
    r.p50_ms.toFixed(0),
    withCi(r.p95_ms, r.ci.p95_ms),
    withCi(r.p99_ms, r.ci.p99_ms),
    r.max_ms.toFixed(0),
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

function withCi(value: number, half: number | undefined): string {
  return half === undefined ? value.toFixed(0) : `${value.toFixed(0)}±${half.toFixed(0)}`;
}
