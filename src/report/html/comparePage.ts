import type { SweepSummary } from '../../run/results/sweepSummaryFormat.js';
import { gateName, headline, method, metricName, ordered, outcomeOf, showAllow, showChange, showValue, type CompareReport } from '../compare/CompareReport.js';
import type { Columns } from './columns.js';
import { overlayCharts } from './compareOverlays.js';
import { sweepOverlayCharts } from './compareSweepOverlays.js';
import { page } from './page.js';
import { MIN_BANDED_REPLICATIONS } from './runPage.js';
import { esc } from './svg.js';

/** What the two sides hold beyond their summaries, for the overlaid charts. */
export type CompareSeries =
  | { kind: 'run'; baseline: Columns | null; current: Columns | null }
  | { kind: 'sweep'; baseline: SweepSummary; current: SweepSummary };

export interface ComparePageInput {
  title: string;
  report: CompareReport;
  series: CompareSeries;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function verdictBox(r: CompareReport): string {
  const outcome = outcomeOf(r);
  const cls = outcome === 'pass' ? 'met' : 'missed';
  const items = [
    ...r.differences.map((d) => `<li>${r.allowedDifferent ? 'differs (compared anyway)' : 'differs'}: ${esc(d)}</li>`),
    ...r.notes.map((n) => `<li>note: ${esc(n)}</li>`),
    ...(r.result === null ? [] : r.result.gates.filter((g) => !g.passed).map((g) => `<li>gate failed: ${esc(gateName(g))} (current ${esc(showValue(g.figure, g.value))})</li>`)),
  ];
  return `<div class="verdict ${cls}" id="verdict"><strong>${esc(headline(r))}</strong>${items.length > 0 ? `<ul>${items.join('')}</ul>` : ''}</div>`;
}

function metricTable(r: CompareReport): string {
  if (r.result === null) return '';
  const rows = ordered(r.result.metrics)
    .map((m) => `<tr class="${m.verdict}"><td>${esc(metricName(m))}</td><td>${esc(showValue(m.figure, m.baseline))}</td><td>${esc(showValue(m.figure, m.current))}</td><td>${esc(showChange(m))}</td><td title="${esc(showAllow(m))}">${m.verdict}</td></tr>`)
    .join('');
  return `<div class="scroll"><table id="metrics"><thead><tr><th>figure</th><th>baseline</th><th>current</th><th>change [95 % interval]</th><th>verdict (its rule on hover)</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/**
 * report.html of a compare: the verdict first (with what differs between the setups and
 * the gates that failed), how the figures were compared, baseline and current overlaid
 * on the same charts, then every figure with baseline, current, change and interval,
 * coloured by verdict (regressions first).
 */
export function comparePage(input: ComparePageInput): string {
  const r = input.report;
  const charts = input.series.kind === 'run' ? overlayCharts(input.series.baseline, input.series.current, [r.baseline.setup.replications >= MIN_BANDED_REPLICATIONS, r.current.setup.replications >= MIN_BANDED_REPLICATIONS]) : sweepOverlayCharts(input.series.baseline, input.series.current);
  const parts = [
    `<h1>${esc(input.title)}</h1>`,
    verdictBox(r),
    `<p>Baseline <code>${esc(r.baseline.path)}</code> (magesim ${esc(r.baseline.setup.magesim)}), current <code>${esc(r.current.path)}</code> (magesim ${esc(r.current.setup.magesim)}).${r.result === null ? '' : ` ${esc(capital(method(r.result)))}`}</p>`,
    '<h2>Baseline and current</h2>',
    charts,
  ];
  if (r.result !== null) parts.push(`<h2>Every figure (${r.result.metrics.length})</h2>`, metricTable(r));
  return page(input.title, parts.join('\n'));
}
