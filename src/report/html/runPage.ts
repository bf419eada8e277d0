import type { IncidentRow, RunSummary } from '../../run/RunSummary.js';
import type { RotationStep } from '../../run/rotationSteps.js';
import type { SloCheck } from '../../run/slo.js';

/** An SLO check and whether it was met. */
export type JudgedCheck = SloCheck & { met: boolean };
import { columnsOf, windowOf } from './columns.js';
import { bucketMeans, bucketStarts } from './downsample.js';
import { lineChart, type Band, type Series } from './lineChart.js';
import { page } from './page.js';
import { stackedChart } from './stackedChart.js';
import { esc } from './svg.js';
import { ciColumn, queueColumn, useColumn, WINDOW, WINDOW_PREFIX } from '../../model/windowColumns.js';
import { queueLine } from '../consoleSummary.js';
import { RESOURCE, resourcePrefix } from '../../model/resourceNames.js';

export interface RunPageInput {
  title: string;
  summary: RunSummary;
  checks: readonly JudgedCheck[];
  incidents: readonly IncidentRow[];
  /** A rolling upscale's steps in the first replication (`rotationSteps`): a band each instead of one for the upscale. */
  steps: readonly RotationStep[];
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
  // A column per error cause that failed any request (the others would be all zeros).
  const causes = [...new Set(s.classes.flatMap((r) => Object.keys(r.errorsByCause).filter((k) => r.errorsByCause[k] > 0)))].sort();
  const rows = s.classes
    .map((r) => {
      const byCause = causes.map((k) => `<td>${num(r.errorsByCause[k] ?? 0, 0)}</td>`).join('');
      return `<tr><td>${esc(r.class)}</td><td>${num(r.requests, 0)}</td><td>${num(r.errors, 0)}</td>${byCause}<td>${num(r.error_rate * 100, 3)} %</td><td>${num(r.p50_ms, 1)}</td><td>${num(r.p95_ms, 1)}</td><td>${num(r.p99_ms, 1)}</td><td>${num(r.cdn_hits, 0)}</td></tr>`;
    })
    .join('');
  const causeHeads = causes.map((k) => `<th title="errors caused by ${esc(k)}">${esc(k)}</th>`).join('');
  return `<div class="scroll"><table id="classes"><thead><tr><th>class</th><th>requests</th><th>errors</th>${causeHeads}<th>error rate</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>CDN hits</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function resourceTable(s: RunSummary): string {
  const busiest = s.resources.reduce((a, r) => (r.utilisation > a.utilisation ? r : a), s.resources[0]);
  const rows = s.resources
    .map((r) => `<tr${r === busiest ? ' class="hot" title="the bottleneck: the busiest resource"' : ''}><td>${esc(r.name)}</td><td>${num(r.utilisation * 100, 1)} %</td><td>${num(r.meanBusy, 2)}</td><td>${num(r.meanQueue, 2)}</td><td>${num(r.meanServiceS * 1000, 1)}</td></tr>`)
    .join('');
  return `<div class="scroll"><table id="resources"><thead><tr><th>resource</th><th>utilisation</th><th>mean busy</th><th>mean queue</th><th>mean service ms</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

const opt = (x: number | null, d: number, unit = ''): string => (x === null || Number.isNaN(x) ? '—' : `${x.toFixed(d)}${unit}`);

/** incidents.csv as cards: one per incident and replication, with what it cost. */
function incidentCards(rows: readonly IncidentRow[]): string {
  if (rows.length === 0) return '<p>No incident on the timeline.</p>';
  const cards = rows.map((r) => {
    const causes = Object.entries(r.errorsByCause).filter(([, n]) => n > 0);
    const failed = causes.reduce((a, [, n]) => a + n, 0);
    const items: [string, string][] = [
      ['detected after', opt(r.detectS, 1, ' s')],
      ['mechanics settled after', opt(r.mechanicsSettledS, 0, ' s')],
      ['service recovered after', r.serviceRecoveredS === null ? 'not within its span' : opt(r.serviceRecoveredS, 0, ' s')],
      ['failed requests', failed === 0 ? '0' : `${failed} (${causes.map(([k, n]) => `${k} ${n}`).join(', ')})`],
      ['page p99 before / during / after', `${opt(r.p99BeforeMs, 0)} / ${opt(r.p99DuringMs, 0)} / ${opt(r.p99AfterMs, 0)} ms`],
      ['SLO minutes burned', opt(r.sloMinutesBurned, 1)],
    ];
    if (r.rpoS !== null) items.push(['data lost since the backup (RPO)', opt(r.rpoS / 60, 1, ' min')]);
    if (r.rtoS !== null) items.push(['restore time (RTO)', opt(r.rtoS / 60, 1, ' min')]);
    if (r.ordersLost !== null && r.writesLost !== null) items.push(['orders / writes lost with the restore', `${opt(r.ordersLost, 0)} / ${opt(r.writesLost, 0)}`]);
    const body = items.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
    return `<article class="card${r.sloMinutesBurned > 0 ? ' burned' : ''}"><h3>${esc(r.incident)}</h3><p>replication ${r.replication}, at ${opt(r.startS / 60, 1)} min</p><dl>${body}</dl></article>`;
  });
  return `<div class="cards" id="incidents">${cards.join('')}</div>`;
}

/**
 * Confidence bands are drawn from this many replications: with two, the 95 % Student-t
 * interval is 12.7 standard errors wide each side and only hides the lines.
 */
export const MIN_BANDED_REPLICATIONS = 3;

function linesNote(replications: number): string {
  if (replications === 1) return 'One replication: each line is its value per window. Run with --replications 3 or more for confidence bands.';
  const mean = `Each line is the mean over ${replications} replications per window`;
  return replications >= MIN_BANDED_REPLICATIONS ? `${mean}; the shade around it, its 95 % confidence interval (clipped at the top of the axis).` : `${mean}; confidence bands are drawn from ${MIN_BANDED_REPLICATIONS} replications (with 2 the interval is 12.7 standard errors wide).`;
}

/**
 * report.html of a run: the SLO verdict first, the per-class table, charts over
 * simulated time with the incidents marked as bands (page latency, arrivals and
 * completions, errors by cause stacked, CPU utilisation per node, PHP-FPM busy workers
 * and backlog per web node, Redis and Galera queues with flow-control pauses shaded),
 * the incident cards and the resources with the bottleneck highlighted. Replications are
 * drawn as their mean per window with the 95 % confidence band around it (from three).
 */
export function runPage(input: RunPageInput): string {
  const s = input.summary;
  const t = s.timeseries;
  const c = columnsOf(t.columns, t.rowCount, (i, j) => t.cell(i, j));
  const n = c.rowCount;
  const time = c.reader(WINDOW.time);
  // Charts get their drawn points only (at most MAX_POINTS a series), each read from the
  // table as it is reduced: a week of 10 s windows is drawn in the memory of an hour's.
  const x = bucketStarts(n, time);
  const xMax = n > 0 ? time(n - 1) : 1;
  const windowS = windowOf(c);
  /** The named column as drawn: the mean of `f` of its values over each point's windows. */
  const drawn = (name: string, f: (v: number) => number = (v) => v): number[] => {
    const read = c.reader(name);
    return bucketMeans(n, (i) => f(read(i)));
  };
  const firstReplication = input.incidents.filter((r) => r.replication === 1);
  const incidentBands: Band[] = firstReplication.map((r) => ({
    start: r.startS,
    end: r.startS + Math.max(windowS, r.mechanicsSettledS ?? r.detectS ?? windowS),
    label: r.incident,
    marks: [
      ...(r.detectS === null || r.detectS <= 0 ? [] : [{ at: r.startS + r.detectS, label: `${r.incident}: detected after ${r.detectS.toFixed(1)} s` }]),
      ...(r.serviceRecoveredS === null || r.serviceRecoveredS <= 0 ? [] : [{ at: r.startS + r.serviceRecoveredS, label: `${r.incident}: service back within the SLO after ${r.serviceRecoveredS.toFixed(0)} s` }]),
    ],
  }));
  const xEnd = n > 0 ? xMax + windowS : 0;
  const stepBands: Band[] = input.steps.map((st) => ({ start: st.startS, end: st.endS ?? xEnd, label: `rotate node ${st.node + 1}` }));
  // An incident whose span holds rotation steps (the upscale) is drawn as its steps.
  const bands = [...incidentBands.filter((b) => !stepBands.some((st) => st.start >= b.start && st.start <= b.end)), ...stepBands].sort((a, b) => a.start - b.start);
  const banded = s.replications >= MIN_BANDED_REPLICATIONS;
  /** A column as a series, with its confidence band from MIN_BANDED_REPLICATIONS replications. */
  const withCi = (name: string, label: string, scale = 1): Series => ({ name: label, values: drawn(name, (v) => v * scale), ci95: banded ? drawn(ciColumn(name), (v) => v * scale) : undefined });
  const after = (prefix: string) => (name: string) => name.slice(prefix.length);
  const rate = 1 / windowS;
  const phpBusy = useColumn(resourcePrefix(RESOURCE.php), false);
  const phpQueue = queueColumn(resourcePrefix(RESOURCE.php));
  const queues = [...c.named(queueColumn(resourcePrefix(RESOURCE.redis))), ...c.named(queueColumn(resourcePrefix(RESOURCE.galeraApply)))];
  const charts = [
    lineChart({ id: 'latency', title: 'Page latency, all pages (CDN hits included)', yUnit: 'ms', x, xMax, bands, series: [WINDOW.p50, WINDOW.p95, WINDOW.p99].map((n) => withCi(n, n.replace('_ms', ''))) }),
    lineChart({ id: 'origin', title: 'Origin latency: pages that reached the web nodes', yUnit: 'ms', x, xMax, bands, series: [WINDOW.originP50, WINDOW.originP95, WINDOW.originP99].map((n) => withCi(n, n.replace('origin_', '').replace('_ms', ''))) }),
    lineChart({ id: 'throughput', title: 'Arrivals and completions', yUnit: 'requests/s', x, xMax, bands, series: [withCi(WINDOW.arrivals, 'arrivals', rate), withCi(WINDOW.completions, 'completions', rate)] }),
    stackedChart({ id: 'errors', title: 'Errors by cause (stacked)', yUnit: 'errors/s', x, xMax, bands, series: c.named(WINDOW_PREFIX.errors).map((n) => ({ name: after(WINDOW_PREFIX.errors)(n), values: drawn(n, (v) => v / windowS) })) }),
    lineChart({ id: 'cpu', title: 'CPU utilisation per node', yUnit: '%', x, xMax, bands, series: c.named(WINDOW_PREFIX.cpu).map((n) => withCi(n, after(useColumn(resourcePrefix(RESOURCE.cpu), true))(n), 100)) }),
    lineChart({
      id: 'php',
      title: 'PHP-FPM workers busy, and the backlog waiting for one, per web node',
      yUnit: 'requests',
      x,
      xMax,
      bands,
      series: [...c.named(phpBusy).map((n) => withCi(n, `busy ${after(phpBusy)(n)}`)), ...c.named(phpQueue).map((n) => withCi(n, `backlog ${after(phpQueue)(n)}`))],
    }),
    lineChart({
      id: 'queues',
      title: 'Redis and Galera queues',
      yUnit: 'waiting',
      x,
      xMax,
      bands,
      series: queues.map((n) => withCi(n, n.slice(WINDOW_PREFIX.queue.length).replace(RESOURCE.galeraApply, 'galera apply'))),
      pauses: { label: 'Galera flow control paused', values: drawn(WINDOW.flowControlPaused) },
    }),
    ...(s.queue === null
      ? []
      : [
          lineChart({ id: 'rabbitmq', title: 'RabbitMQ: messages waiting at each window’s end', yUnit: 'messages', x, xMax, bands, series: [withCi(WINDOW.queueBacklog, 'backlog')] }),
          lineChart({ id: 'rabbitmq-flow', title: 'RabbitMQ: messages published and consumed', yUnit: 'messages/s', x, xMax, bands, series: [withCi(WINDOW.queuePublished, 'published', rate), withCi(WINDOW.queueConsumed, 'consumed', rate)] }),
        ]),
  ];
  const body = [
    `<h1>${esc(input.title)}</h1>`,
    verdict(input.checks),
    '<h2>Classes</h2>',
    classTable(s),
    '<h2>Over simulated time</h2>',
    `<p class="key">${esc(linesNote(s.replications))}</p>`,
    ...charts,
    ...(s.queue === null ? [] : [`<p>${esc(queueLine(s.queue[0]))}</p>`]),
    '<h2>Incidents</h2>',
    incidentCards(input.incidents),
    '<h2>Resources</h2>',
    resourceTable(s),
  ].join('\n');
  return page(input.title, body);
}
