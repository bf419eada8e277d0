import { ciColumn } from '../model/windowColumns.js';
import Papa from 'papaparse';
import { NumericCsvWriter } from './NumericCsvWriter.js';
import { RESOURCE_COLUMNS, SUMMARY_FIGURES, type RunSummary, type SummaryFigure } from '../run/RunSummary.js';
import type { IncidentRow } from '../run/RunSummary.js';

/** Rounds for CSV: fixed decimals keep the bytes identical from run to run. */
export function round(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return 0;
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

function toCsv(fields: string[], data: (string | number)[][]): string {
  return Papa.unparse({ fields, data }, { newline: '\n' }) + '\n';
}

/** Decimals of a summary figure in the CSV: enough for its unit, fixed so the bytes are reproducible. */
function decimals(f: string): number {
  return f === 'error_rate' ? 6 : f === 'throughput_rps' ? 4 : f.endsWith('_ms') ? 3 : 4;
}

/**
 * summary.csv: a row per class and `all` (pages). Each figure is the mean over
 * replications of the per-replication figure; with several, its 95 % half-width
 * (`_ci95`) sits beside it. A latency with no successful response is an empty cell.
 */
export function summaryCsv(s: RunSummary): string {
  const withCi = s.replications > 1;
  const figures: string[] = SUMMARY_FIGURES.filter((f) => f !== 'stale_served' || s.serveStale);
  const causes = Object.keys(s.classes[0]?.errorsByCause ?? {}).map((c) => `errors_${c}`);
  const names = [...figures, ...causes];
  const fields = ['class', ...names.flatMap((f) => (withCi ? [f, ciColumn(f)] : [f]))];
  const data = s.classes.map((r) => [
    r.class,
    ...names.flatMap((f) => {
      const value = f.startsWith('errors_') ? r.errorsByCause[f.slice(7)] : r[f as SummaryFigure];
      const cell = Number.isFinite(value) ? round(value, decimals(f)) : '';
      if (!withCi) return [cell];
      const half = r.ci[f];
      return [cell, half !== undefined && Number.isFinite(half) ? round(half, decimals(f)) : ''];
    }),
  ]);
  return toCsv(fields, data);
}

/**
 * timeseries.csv, a row per window, as chunks of lines to write one after another: a
 * week of 10 s windows is 60 480 rows, which as one string (and the cells' strings it
 * would hold) would make a long run's memory grow with simulated time. A cell with no
 * value (NaN: no page completed in the window) is empty.
 */
export function* timeseriesCsv(s: RunSummary): Generator<string | Uint8Array> {
  yield Papa.unparse([s.timeseries.columns], { newline: '\n' }) + '\n';
  const out = new NumericCsvWriter();
  for (let i = 0; i < s.timeseries.rowCount; i++) {
    out.line(s.timeseries.row(i));
    if (out.holds(1 << 15)) yield out.take();
  }
  yield out.take();
}

/** events.csv: every state change in time order; nodes numbered from 1 as in scenario files. */
export function eventsCsv(s: RunSummary): string {
  const fields = ['replication', 'time_s', 'component', 'node', 'event', 'detail'];
  return toCsv(
    fields,
    s.log.map((e) => [e.replication, round(e.atS, 3), e.component, e.node >= 0 ? e.node + 1 : '', e.event, e.detail]),
  );
}

/**
 * incidents.csv: a row per timeline event (failure or operation). A timeline with a
 * restore from backup adds what each restore lost (`orders_lost`, `writes_lost`).
 */
export function incidentsCsv(rows: readonly IncidentRow[]): string {
  const causes = Object.keys(rows[0]?.errorsByCause ?? {});
  const restores = rows.some((r) => r.writesLost !== null);
  const fields = ['replication', 'incident', 'start_s', 'detect_s', 'mechanics_settled_s', 'service_recovered_s', ...causes.map((c) => `errors_${c}`), 'p99_before_ms', 'p99_during_ms', 'p99_after_ms', 'slo_minutes_burned', 'rpo_s', 'rto_s', ...(restores ? ['orders_lost', 'writes_lost'] : [])];
  const opt = (x: number | null, d: number): number | string => (x === null || Number.isNaN(x) ? '' : round(x, d));
  const data = rows.map((r) => [
    r.replication,
    r.incident,
    round(r.startS, 3),
    opt(r.detectS, 3),
    opt(r.mechanicsSettledS, 3),
    opt(r.serviceRecoveredS, 3),
    ...causes.map((c) => r.errorsByCause[c]),
    opt(r.p99BeforeMs, 1),
    opt(r.p99DuringMs, 1),
    opt(r.p99AfterMs, 1),
    round(r.sloMinutesBurned, 2),
    opt(r.rpoS, 1),
    opt(r.rtoS, 0),
    ...(restores ? [opt(r.ordersLost, 0), opt(r.writesLost, 0)] : []),
  ]);
  return toCsv(fields, data);
}

/**
 * resources.csv: every resource that ran during the measured time (after warm-up), its
 * node numbered from 1, its time-weighted mean capacity (servers or cores; fractional
 * when an upscale or a failure changed it), utilisation, mean busy servers and queue,
 * mean service time (for a pool of PHP workers or threads: how long a job holds one),
 * and the arrivals, completions and rejections during the measured time (completions
 * may exceed arrivals by the jobs in progress when warm-up ended).
 */
export function resourcesCsv(s: RunSummary): string {
  const withCi = s.replications > 1;
  const decimalsOf = (column: string): number => (column === 'arrivals' || column === 'completed' || column === 'rejected' ? 1 : 4);
  const opt = (x: number | undefined, d: number): number | string => (x !== undefined && Number.isFinite(x) ? round(x, d) : '');
  const fields = ['resource', 'kind', 'node', ...RESOURCE_COLUMNS.flatMap(([c]) => (withCi ? [c, ciColumn(c)] : [c]))];
  const data = s.resources.map((r) => [
    r.name,
    r.kind,
    r.node + 1,
    ...RESOURCE_COLUMNS.flatMap(([column, f, k]) => {
      const d = decimalsOf(column);
      const cell = opt(r[f] * k, d);
      return withCi ? [cell, opt(r.ci[f] === undefined ? undefined : r.ci[f]! * k, d)] : [cell];
    }),
  ]);
  return toCsv(fields, data);
}
