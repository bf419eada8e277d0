import type { Recommendation } from '../../run/sweep/recommend.js';
import type { SweepTables } from '../../run/sweep/sweepTables.js';
import { bracketChart } from './bracketChart.js';
import { page } from './page.js';
import { esc } from './svg.js';

export interface SweepPageInput {
  title: string;
  tables: SweepTables;
  recommendations: readonly Recommendation[];
  /** The frontier's range top and the load a recommendation asks for (null without them). */
  rangeHi: number | null;
  target: number | null;
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

/**
 * report.html of a sweep: the recommendation first, the frontier as certified brackets
 * (chart and table), and every cell or probe with its figures and whether it met the
 * SLO (rows that missed it highlighted).
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
