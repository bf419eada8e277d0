import type { RunSummary } from '../run/RunSummary.js';
import type { SloVerdict } from '../run/slo.js';
import type { QueueResult } from '../model/queue/MessageQueue.js';

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
  if (s.queue !== null) out.push(queueLine(s.queue[0]));
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

/** RabbitMQ's line (first replication): messages, the backlog's peak and how long it took to drain. */
export function queueLine(q: QueueResult): string {
  const min = (s: number): string => `${(s / 60).toFixed(1)} min`;
  const drained = q.peakBacklog === 0 ? '' : q.drainedAtS === null ? `, not drained by the end (${count(q.backlogAtEnd)} waiting)` : `, drained ${min(q.drainedAtS - q.peakAtS)} later`;
  const lost = q.lost > 0 ? `, ${count(q.lost)} lost while RabbitMQ was down` : '';
  return `RabbitMQ: ${count(q.published)} messages published, ${count(q.consumed)} consumed${lost}; backlog peak ${count(q.peakBacklog)} at ${min(q.peakAtS)}${drained}`;
}
