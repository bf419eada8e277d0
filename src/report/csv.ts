import Papa from 'papaparse';
import { NumericCsvWriter } from './NumericCsvWriter.js';
import { CI_FIELDS, type RunSummary, type SummaryRow } from '../run/RunSummary.js';
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

const SUMMARY_FIELDS = ['class', 'requests', 'completed', 'errors', 'error_rate', 'throughput_rps', 'mean_ms', 'p50_ms', 'p90_ms', 'p95_ms', 'p99_ms', 'p999_ms', 'max_ms'] as const;

/** summary.csv: a row per class and `all`; 95 % half-widths when there are replications. */
export function summaryCsv(s: RunSummary): string {
  const causes = Object.keys(s.classes[0]?.errorsByCause ?? {});
  const ci = s.replications > 1 ? CI_FIELDS.map((f) => `${f}_ci95`) : [];
  const stale = s.serveStale ? ['stale_served'] : [];
  const fields = [...SUMMARY_FIELDS, ...ci, 'cdn_hits', ...stale, 'in_flight', ...causes.map((c) => `errors_${c}`)];
  const data = s.classes.map((r) => [
    ...SUMMARY_FIELDS.map((f) => cell(r, f)),
    ...(s.replications > 1 ? CI_FIELDS.map((f) => round(r.ci[f] ?? 0, f === 'throughput_rps' ? 4 : 3)) : []),
    r.cdn_hits,
    ...(s.serveStale ? [r.stale_served] : []),
    r.in_flight,
    ...causes.map((c) => r.errorsByCause[c]),
  ]);
  return toCsv(fields, data);
}

function cell(r: SummaryRow, f: (typeof SUMMARY_FIELDS)[number]): string | number {
  switch (f) {
    case 'class':
      return r.class;
    case 'requests':
    case 'completed':
    case 'errors':
      return r[f];
    case 'error_rate':
      return round(r.error_rate, 6);
    case 'throughput_rps':
      return round(r.throughput_rps, 4);
    default:
      return round(r[f], 3);
  }
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

/** incidents.csv: a row per timeline event (failure or operation). */
export function incidentsCsv(rows: readonly IncidentRow[]): string {
  const causes = Object.keys(rows[0]?.errorsByCause ?? {});
  const fields = ['replication', 'incident', 'start_s', 'detect_s', 'mechanics_settled_s', 'service_recovered_s', ...causes.map((c) => `errors_${c}`), 'p99_before_ms', 'p99_during_ms', 'p99_after_ms', 'slo_minutes_burned', 'rpo_s', 'rto_s'];
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
  ]);
  return toCsv(fields, data);
}

/** resources.csv: utilisation and mean queue of every resource after warm-up. */
export function resourcesCsv(s: RunSummary): string {
  const fields = ['resource', 'kind', 'node', 'capacity', 'utilisation', 'mean_busy', 'mean_queue', 'mean_service_ms', 'arrivals', 'completed', 'rejected'];
  const data = s.resources.map((r) => [r.name, r.kind, r.node, r.capacity, round(r.utilisation, 4), round(r.meanBusy, 4), round(r.meanQueue, 4), Number.isNaN(r.meanServiceS) ? '' : round(r.meanServiceS * 1000, 4), round(r.arrivals, 1), round(r.completed, 1), round(r.rejected, 1)]);
  return toCsv(fields, data);
}
