import type { IncidentRow, RunSummary } from '../../run/RunSummary.js';
import type { SloCheck } from '../../run/slo.js';

/** An SLO check and whether it was met. */
export type JudgedCheck = SloCheck & { met: boolean };
import { lineChart, type Band } from './lineChart.js';
import { page } from './page.js';
import { stackedChart } from './stackedChart.js';
import { esc } from './svg.js';

export interface RunPageInput {
  title: string;
  summary: RunSummary;
  checks: readonly JudgedCheck[];
  incidents: readonly IncidentRow[];
}

const num = (x: number, d: number): string => (Number.isFinite(x) ? x.toFixed(d) : '—');
const show = (c: SloCheck, x: number): string => (Number.isNaN(x) ? 'none' : c.unit === 'ms' ? `${x.toFixed(0)} ms` : `${(x * 100).toFixed(3)} %`);

function verdict(checks: readonly JudgedCheck[]): string {
  if (checks.length === 0) return '<div class="verdict met"><strong>No SLO set</strong></div>';
  const missed = checks.filter((c) => !c.met);
  const head = missed.length === 0 ? 'SLO met' : `SLO missed: ${missed.map((c) => esc(c.label)).join(', ')}`;
  const items = (missed.length > 0 ? missed : checks.filter((c) => !c.quiet))
    .map((c) => `<li>${esc(c.label)}: ${show(c, c.value)} (target ≤ ${show(c, c.limit)})${c.met ? '' : `, over by ${Number.isNaN(c.value) ? '—' : show(c, c.value - c.limit)}`}</li>`)
    .join('');
  return `<div class="verdict ${missed.length === 0 ? 'met' : 'missed'}" id="verdict"><strong>${head}</strong><ul>${items}</ul></div>`;
}

function classTable(s: RunSummary): string {
  const rows = s.classes
    .map((r) => `<tr><td>${esc(r.class)}</td><td>${num(r.requests, 0)}</td><td>${num(r.errors, 0)}</td><td>${num(r.error_rate * 100, 3)} %</td><td>${num(r.p50_ms, 1)}</td><td>${num(r.p95_ms, 1)}</td><td>${num(r.p99_ms, 1)}</td><td>${num(r.cdn_hits, 0)}</td></tr>`)
    .join('');
  return `<div class="scroll"><table id="classes"><thead><tr><th>class</th><th>requests</th><th>errors</th><th>error rate</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>CDN hits</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function resourceTable(s: RunSummary): string {
  const busiest = s.resources.reduce((a, r) => (r.utilisation > a.utilisation ? r : a), s.resources[0]);
  const rows = s.resources
    .map((r) => `<tr${r === busiest ? ' class="hot" title="the bottleneck: the busiest resource"' : ''}><td>${esc(r.name)}</td><td>${num(r.utilisation * 100, 1)} %</td><td>${num(r.meanBusy, 2)}</td><td>${num(r.meanQueue, 2)}</td><td>${num(r.meanServiceS * 1000, 1)}</td></tr>`)
    .join('');
  return `<div class="scroll"><table id="resources"><thead><tr><th>resource</th><th>utilisation</th><th>mean busy</th><th>mean queue</th><th>mean service ms</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function incidentTable(rows: readonly IncidentRow[]): string {
  if (rows.length === 0) return '<p>No incident on the timeline.</p>';
  const opt = (x: number | null, d: number): string => (x === null || Number.isNaN(x) ? '—' : x.toFixed(d));
  const body = rows
    .map((r) => `<tr><td>${esc(r.incident)}</td><td>${r.replication}</td><td>${opt(r.startS / 60, 1)}</td><td>${opt(r.detectS, 1)}</td><td>${opt(r.serviceRecoveredS, 0)}</td><td>${Object.values(r.errorsByCause).reduce((a, b) => a + b, 0)}</td><td>${opt(r.p99BeforeMs, 0)} / ${opt(r.p99DuringMs, 0)} / ${opt(r.p99AfterMs, 0)}</td></tr>`)
    .join('');
  return `<div class="scroll"><table id="incidents"><thead><tr><th>incident</th><th>replication</th><th>at (min)</th><th>detected after (s)</th><th>service recovered after (s)</th><th>failed requests</th><th>page p99 before / during / after (ms)</th></tr></thead><tbody>${body}</tbody></table></div>`;
}

/**
 * report.html of a run: the SLO verdict first, the per-class table, charts over
 * simulated time with the incidents marked as bands (page latency, arrivals and
 * completions, errors by cause stacked, CPU utilisation per node, PHP-FPM busy workers
 * and backlog per web node), the incidents and the resources with the
 * bottleneck highlighted. Replications are drawn as their mean per window.
 */
export function runPage(input: RunPageInput): string {
  const s = input.summary;
  const t = s.timeseries;
  const col = (name: string): Float64Array => {
    const j = t.columns.indexOf(name);
    const out = new Float64Array(t.rowCount);
    if (j < 0) return out.fill(NaN);
    for (let i = 0; i < t.rowCount; i++) out[i] = t.row(i)[j];
    return out;
  };
  const x = col('time_s');
  const windowS = t.rowCount > 1 ? x[1] - x[0] : 1;
  const perS = (a: Float64Array): Float64Array => a.map((v) => v / windowS);
  const firstReplication = input.incidents.filter((r) => r.replication === 1);
  const bands: Band[] = firstReplication.map((r) => ({ start: r.startS, end: r.startS + Math.max(windowS, r.mechanicsSettledS ?? r.detectS ?? windowS), label: r.incident }));
  const named = (prefix: string): string[] => t.columns.filter((c) => c.startsWith(prefix) && !c.endsWith('_ci95'));
  const cpus = named('cpu_util.');
  const causes = named('errors_');
  const busy = named('busy.php-fpm.');
  const backlog = named('queue.php-fpm.');
  const charts = [
    lineChart({ id: 'latency', title: 'Page latency', yUnit: 'ms', x, bands, series: ['p50_ms', 'p95_ms', 'p99_ms'].map((c) => ({ name: c.replace('_ms', ''), values: col(c) })) }),
    lineChart({ id: 'throughput', title: 'Arrivals and completions', yUnit: 'requests/s', x, bands, series: [{ name: 'arrivals', values: perS(col('arrivals')) }, { name: 'completions', values: perS(col('completions')) }] }),
    stackedChart({ id: 'errors', title: 'Errors by cause (stacked)', yUnit: 'errors/s', x, bands, series: causes.map((c) => ({ name: c.slice('errors_'.length), values: perS(col(c)) })) }),
    lineChart({ id: 'cpu', title: 'CPU utilisation per node', yUnit: '%', x, bands, yScale: 100, series: cpus.map((c) => ({ name: c.slice('cpu_util.'.length), values: col(c) })) }),
    lineChart({
      id: 'php',
      title: 'PHP-FPM workers busy, and the backlog waiting for one, per web node',
      yUnit: 'requests',
      x,
      bands,
      series: [...busy.map((c) => ({ name: `busy ${c.slice('busy.php-fpm.'.length)}`, values: col(c) })), ...backlog.map((c) => ({ name: `backlog ${c.slice('queue.php-fpm.'.length)}`, values: col(c) }))],
    }),
  ];
  const body = [
    `<h1>${esc(input.title)}</h1>`,
    verdict(input.checks),
    '<h2>Classes</h2>',
    classTable(s),
    '<h2>Over simulated time</h2>',
    ...charts,
    '<h2>Incidents</h2>',
    incidentTable(input.incidents),
    '<h2>Resources</h2>',
    resourceTable(s),
  ].join('\n');
  return page(input.title, body);
}
