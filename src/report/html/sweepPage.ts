import type { Recommendation } from '../../run/sweep/recommend.js';
import type { SweepRow, SweepTables } from '../../run/sweep/sweepTables.js';
import { bracketChart } from './bracketChart.js';
import { heatmap } from './heatmap.js';
import { xyChart, type XySeries } from './xyChart.js';
import { page } from './page.js';
import { esc } from './svg.js';

export interface SweepPageInput {
  title: string;
  tables: SweepTables;
  recommendations: readonly Recommendation[];
  /** The frontier's range top and the load a recommendation asks for (null without them). */
  rangeHi: number | null;
  target: number | null;
  /** The base scenario's SLO limits drawn as lines: p95 of pages (ms) and error rate (fraction), null when not set. */
  slo: { p95Ms: number | null; errorRate: number | null; latencyScope: 'all' | 'origin' };
}

const num = (x: number, d: number): string => (Number.isFinite(x) ? x.toFixed(d) : '—');

function recommendationBox(recs: readonly Recommendation[]): string {
  if (recs.length === 0) return '';
  const items = recs.map((r) => {
    const where = Object.entries(r.values).map(([k, v]) => `${k}=${v}`).join(', ');
    const what =
      r.recommended === null
        ? `no tier covers ${r.load}${r.unit} in every failure state`
        : `${r.recommended} carries ${r.load}${r.unit} in every failure state, headroom ${num((r.headroom ?? NaN) * 100, 0)} % (cheapest by ${r.orderedBy === 'cost' ? 'the cost table' : 'vCPU: no cost table was given'})`;
    return `<li>${where === '' ? '' : `${esc(where)}: `}${esc(what)}</li>`;
  });
  const met = recs.every((r) => r.recommended !== null);
  return `<div class="verdict ${met ? 'met' : 'missed'}" id="verdict"><strong>Recommendation</strong><ul>${items.join('')}</ul></div>`;
}

function table(id: string, head: string[], rows: string[][], hot: (i: number) => boolean = () => false): string {
  const body = rows.map((r, i) => `<tr${hot(i) ? ' class="hot"' : ''}>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<div class="scroll"><table id="${id}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** `25/s`, `1.5`, `40` as numbers; NaN for a value that does not start with one (a tier's name). */
const leadingNumber = (v: string): number => {
  const m = /^-?\d+(\.\d+)?(e-?\d+)?/.exec(v);
  return m === null ? NaN : Number(m[0]);
};

/** A row's name without its last varied value: the other values and the failure state. */
const groupOf = (r: SweepRow): string => [...r.values.slice(0, -1), r.failure].join(' · ');

function gridHeatmap(t: SweepTables): string {
  const last = t.valueColumns[t.valueColumns.length - 1] ?? 'cell';
  return heatmap({
    id: 'grid',
    title: 'p95 of all pages over the grid',
    unit: 'ms',
    rowLabel: [...t.valueColumns.slice(0, -1), 'failure'].join(' · '),
    columnLabel: last,
    cells: t.rows.map((r) => ({ row: groupOf(r), column: r.values[r.values.length - 1] ?? '', value: r.figures.p95_ms.mean, flagged: r.sloMet === 'false' })),
  });
}

/**
 * p95 and error rate against the last varied value (the load) per tier and failure
 * state, with the SLO's limits; '' when that value is not a number for every row.
 */
function againstLoad(t: SweepTables, slo: SweepPageInput['slo']): string {
  const last = t.valueColumns[t.valueColumns.length - 1];
  if (last === undefined || t.rows.some((r) => !Number.isFinite(leadingNumber(r.values[r.values.length - 1])))) return '';
  const groups = [...new Set(t.rows.map(groupOf))];
  const series = (pick: (r: SweepRow) => { mean: number; ci: number }): XySeries[] =>
    groups.map((g) => ({ name: g, points: t.rows.filter((r) => groupOf(r) === g).map((r) => ({ x: leadingNumber(r.values[r.values.length - 1]), y: pick(r).mean, ci: pick(r).ci, slo: r.sloMet })) }));
  const p95Limit = slo.p95Ms !== null && slo.latencyScope === 'all' ? { at: slo.p95Ms, label: `SLO p95 ≤ ${slo.p95Ms} ms` } : undefined;
  const p95Note = slo.p95Ms !== null && slo.latencyScope === 'origin' ? ' (the SLO reads origin latency: its line is not drawn on all pages)' : '';
  return [
    xyChart({ id: 'p95-load', title: `p95 of all pages against ${last}${p95Note}`, xLabel: last, yUnit: 'ms', series: series((r) => r.figures.p95_ms), limit: p95Limit }),
    xyChart({
      id: 'errors-load',
      title: `Error rate of all pages against ${last}`,
      xLabel: last,
      yUnit: '%',
      yScale: 100,
      series: series((r) => r.figures.error_rate),
      limit: slo.errorRate === null ? undefined : { at: slo.errorRate, label: `SLO error rate ≤ ${(slo.errorRate * 100).toPrecision(2)} %` },
    }),
  ].join('\n');
}

/**
 * report.html of a sweep: the recommendation first, the frontier as certified brackets
 * (chart and table), a grid's p95 as a heatmap, p95 and error rate against the load per
 * tier and failure state with the SLO's limits (hollow markers: missed, grey: inconclusive), and every cell
 * or probe with its figures and whether it met the SLO (rows that missed it highlighted).
 */
export function sweepPage(input: SweepPageInput): string {
  const t = input.tables;
  const parts: string[] = [`<h1>${esc(input.title)}</h1>`, recommendationBox(input.recommendations)];
  if (t.frontier !== null) {
    const vary = t.valueColumns.slice(0, -1);
    const label = (values: string[], failure: string): string => [...values, failure].join(' · ');
    const unit = t.frontier[0]?.unit ?? '';
    const hi = input.rangeHi ?? Math.max(1, ...t.frontier.map((f) => f.capacityHi ?? f.capacityLo ?? 0));
    parts.push('<h2>Capacity frontier</h2>');
    parts.push(bracketChart({ id: 'frontier', title: 'Largest load certified to meet the SLO, and the bracket of the search', unit, rangeHi: hi, target: input.target, brackets: t.frontier.map((f) => ({ label: label(f.values, f.failure), lo: f.capacityLo, hi: f.capacityHi })) }));
    parts.push(
      table(
        'frontier-table',
        [...vary, 'failure', 'capacity_lo', 'capacity_hi', 'probes', 'replications', 'bottleneck'],
        t.frontier.map((f) => [...f.values, f.failure, f.capacityLo === null ? 'below range' : `${f.capacityLo}${unit}`, f.capacityHi === null ? '—' : `${f.capacityHi}${unit}`, String(f.probes), String(f.replications), f.bottleneck]),
      ),
    );
  }
  if (t.frontier === null) parts.push('<h2>Over the grid</h2>', gridHeatmap(t));
  const load = againstLoad(t, input.slo);
  if (load !== '') parts.push(`<h2>Against ${esc(t.valueColumns[t.valueColumns.length - 1])}</h2>`, load);
  parts.push(`<h2>${t.frontier === null ? 'Cells' : 'Probes'}</h2>`);
  parts.push(
    table(
      'cells',
      [...t.valueColumns, 'failure', 'replications', 'p95 ms', 'p99 ms', 'error rate', 'busiest', 'SLO met', 'deciding check'],
      t.rows.map((r) => [...r.values, r.failure, String(r.replications), num(r.figures.p95_ms.mean, 1), num(r.figures.p99_ms.mean, 1), `${num(r.figures.error_rate.mean * 100, 3)} %`, `${r.busiest} ${num(r.busiestUtilisation * 100, 0)} %`, r.sloMet, r.limiting]),
      (i) => t.rows[i].sloMet === 'false',
    ),
  );
  return page(input.title, parts.join('\n'));
}
