import type { Recommendation } from '../../run/sweep/recommend.js';
import type { SweepTables } from '../../run/sweep/sweepTables.js';

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells: string[]): string => cells.map((c, j) => (j < head.length - 1 ? c.padEnd(widths[j]) : c)).join('  ').trimEnd();
  return [line(head), ...rows.map(line)];
}

const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(0) : '—');
const num = (x: number | null): string => (x === null || !Number.isFinite(x) ? '—' : String(Math.round(x * 1000) / 1000));

/** The console summary of a sweep: the frontier as a small table (or the grid's verdicts), and the recommendation. */
export function sweepConsole(title: string, t: SweepTables, recommendations: readonly Recommendation[]): string {
  const out = [title, ''];
  if (t.frontier !== null) {
    const cols = t.valueColumns.slice(0, -1);
    const load = t.valueColumns[t.valueColumns.length - 1];
    out.push(`capacity: the largest ${load} that meets the SLO with 95 % confidence (certified bracket)`);
    out.push(
      ...table(
        [...cols, 'failure', 'capacity', 'misses at', 'probes', 'runs', 'bottleneck'],
        t.frontier.map((r) => [
          ...r.values,
          r.failure,
          r.capacityLo === null ? 'below range' : `≥ ${num(r.capacityLo)}${r.unit}`,
          r.capacityHi === null ? '—' : `${num(r.capacityHi)}${r.unit}`,
          String(r.probes),
          String(r.replications),
          r.bottleneck,
        ]),
      ),
    );
  } else {
    out.push(
      ...table(
        [...t.valueColumns, 'failure', 'p95 ms', 'p99 ms', 'errors', 'busiest', 'SLO met', 'deciding'],
        t.rows.map((r) => [
          ...r.values,
          r.failure,
          ms(r.figures.p95_ms.mean),
          ms(r.figures.p99_ms.mean),
          `${(r.figures.error_rate.mean * 100).toFixed(3)} %`,
          `${r.busiest} ${(r.busiestUtilisation * 100).toFixed(0)} %`,
          r.sloMet,
          r.limiting,
        ]),
      ),
    );
  }
  for (const rec of recommendations) {
    const where = Object.entries(rec.values).map(([k, v]) => `${k}=${v}`).join(', ');
    out.push('');
    const basis = rec.orderedBy === 'cost' ? 'by the cost table' : 'by vCPU: no cost table was given';
    if (rec.recommended === null) {
      out.push(`recommendation${where ? ` (${where})` : ''}: no tier covers ${num(rec.load)}${rec.unit} in every failure state`);
    } else {
      out.push(`recommendation${where ? ` (${where})` : ''}: ${rec.recommended} carries ${num(rec.load)}${rec.unit} in every failure state, headroom ${(rec.headroom! * 100).toFixed(0)} % (cheapest ${basis})`);
    }
  }
  return out.join('\n') + '\n';
}
