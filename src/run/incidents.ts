import { LatencyHistogram } from '../../sim/stats/LatencyHistogram.js';
import { ERROR_CAUSES, type RunResult } from '../model/RunResult.js';
import type { IncidentRow } from './RunSummary.js';

export type { IncidentRow };
import type { TimelineEvent, Slo } from '../scenario/Scenario.js';

/** How long before and after an incident its "before" and "after" latencies are measured, s. */
export const INCIDENT_CONTEXT_S = 300;

/** Adobe's published restore times: 60 GB ≈ 1 h, 150 GB ≈ 2.5 h, 200+ GB ≈ 5 h (commerce-cloud-service history). */
const RESTORE_POINTS: [number, number][] = [
  [0, 0],
  [60, 3600],
  [150, 9000],
  [200, 18000],
];

/** RTO for a database of `gb` GB: linear between the published points, flat beyond 200 GB. */
export function restoreTimeS(gb: number): number {
  for (let i = 1; i < RESTORE_POINTS.length; i++) {
    const [g0, t0] = RESTORE_POINTS[i - 1];
    const [g1, t1] = RESTORE_POINTS[i];
    if (gb <= g1) return t0 + ((t1 - t0) * (gb - g0)) / (g1 - g0);
  }
  return RESTORE_POINTS[RESTORE_POINTS.length - 1][1];
}

/** Hourly snapshots for the first 24 h (Adobe's retention schedule): assumed on each hour of the run. */
const SNAPSHOT_EVERY_S = 3600;

function rpoAt(timeline: readonly TimelineEvent[], atS: number): number {
  const backups = timeline.filter((b) => b.type === 'backup' && b.atS <= atS).map((b) => b.atS);
  const lastBackup = Math.max(Math.floor(atS / SNAPSHOT_EVERY_S) * SNAPSHOT_EVERY_S, ...backups);
  return atS - lastBackup;
}

/** Log events that are an observer reacting to a failure (detection). */
const DETECTIONS = new Set(['removed', 'suspected', 'marked down', 'sdown']);

/** Autoscaling decisions logged by the model: each is an operation with its own row. */
const AUTOSCALE_ACTIONS = new Set(['scale-out', 'scale-in']);

/**
 * One row per timeline event of the first replication, and per autoscaling action the
 * model took: when it was detected, when its consequences settled (the last state
 * change logged before the next event), and — over the whole span until the next
 * event, since a degraded cluster stays degraded until something changes — the errors
 * by cause, p99 before / during / after, and the SLO minutes burned.
 */
export function incidents(timeline: readonly TimelineEvent[], run: RunResult, slo: Slo, databaseBytes: number): IncidentRow[] {
  const starts = [
    ...timeline.map((e) => ({ atS: e.atS, incident: describe(e) })),
    ...run.log.filter((l) => l.component === 'autoscale' && AUTOSCALE_ACTIONS.has(l.event)).map((l) => ({ atS: l.atS, incident: `autoscale ${l.event} node ${l.node + 1}` })),
  ].sort((a, b) => a.atS - b.atS);
  return starts.map((e, i) => {
    const nextS = i + 1 < starts.length ? starts[i + 1].atS : run.durationS;
    const logged = run.log.filter((l) => l.atS >= e.atS && l.atS < nextS);
    const detect = logged.find((l) => DETECTIONS.has(l.event));
    const last = logged[logged.length - 1];
    const endS = last ? last.atS : e.atS;
    return {
      incident: e.incident,
      startS: e.atS,
      detectS: detect ? detect.atS - e.atS : null,
      recoverS: last ? last.atS - e.atS : null,
      errorsByCause: errorsIn(run, e.atS, nextS),
      p99BeforeMs: p99In(run, e.atS - INCIDENT_CONTEXT_S, e.atS),
      p99DuringMs: p99In(run, e.atS, Math.max(endS, e.atS + run.windows.widthS)),
      p99AfterMs: p99In(run, endS, Math.min(nextS, endS + INCIDENT_CONTEXT_S)),
      sloMinutesBurned: burned(run, e.atS, nextS, slo),
      rpoS: rpoAt(timeline, e.atS),
      rtoS: restoreTimeS(databaseBytes / 2 ** 30),
    };
  });
}

function describe(e: TimelineEvent): string {
  if ('node' in e) return `${e.type} node ${e.node + 1}`;
  if (e.type === 'az-outage') return `az-outage zone ${e.az}`;
  return e.type;
}

/** Windows overlapping [fromS, toS). */
function windowsIn(run: RunResult, fromS: number, toS: number): number[] {
  const w = run.windows.widthS;
  const out: number[] = [];
  for (let i = Math.max(0, Math.floor(fromS / w)); i < run.windows.rows.length && i * w < toS; i++) out.push(i);
  return out;
}

function errorsIn(run: RunResult, fromS: number, toS: number): Record<string, number> {
  const cols = run.windows.columns;
  return Object.fromEntries(
    ERROR_CAUSES.map((cause) => {
      const j = cols.indexOf(`errors_${cause}`);
      return [cause, windowsIn(run, fromS, toS).reduce((a, i) => a + run.windows.rows[i][j], 0)];
    }),
  );
}

function p99In(run: RunResult, fromS: number, toS: number): number {
  const h = new LatencyHistogram();
  for (const i of windowsIn(run, fromS, toS)) h.merge(LatencyHistogram.fromJSON(run.windows.latency[i]));
  return h.count > 0 ? h.percentile(0.99) * 1000 : 0;
}

function burned(run: RunResult, fromS: number, toS: number, slo: Slo): number {
  const cols = run.windows.columns;
  const arrivals = cols.indexOf('arrivals');
  const errorCols = ERROR_CAUSES.map((c) => cols.indexOf(`errors_${c}`));
  let bad = 0;
  for (const i of windowsIn(run, fromS, toS)) {
    const row = run.windows.rows[i];
    const errors = errorCols.reduce((a, j) => a + row[j], 0);
    const h = LatencyHistogram.fromJSON(run.windows.latency[i]);
    const p99Bad = slo.p99S !== null && h.count > 0 && h.percentile(0.99) > slo.p99S;
    const errorBad = slo.errorRate !== null && row[arrivals] > 0 && errors / row[arrivals] > slo.errorRate;
    if (p99Bad || errorBad) bad++;
  }
  return (bad * run.windows.widthS) / 60;
}
