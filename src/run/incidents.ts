import type { RunResult } from '../model/RunResult.js';
import { ERROR_CAUSES } from '../model/errorCauses.js';
import { INCIDENT_CONTEXT_S, isAutoscaleAction } from '../model/IncidentLatency.js';
import type { IncidentRow } from './RunSummary.js';
import type { TimelineEvent, Slo } from '../scenario/Scenario.js';
import { errorsColumn, WINDOW } from '../model/windowColumns.js';
import { snapshotAt } from '../model/restore/backupSchedule.js';
import { restoreTimeS } from '../model/restore/restoreTime.js';
import { BACKUP_RETENTION } from '../scenario/normalise/defaults.js';

export type { IncidentRow };
export { INCIDENT_CONTEXT_S };

/** RPO of a restore at `atS`: since the latest snapshot (hourly, or a backup of the timeline). */
function rpoAt(timeline: readonly TimelineEvent[], atS: number): number {
  const backups = timeline.filter((b) => b.type === 'backup' && b.atS <= atS).map((b) => b.atS);
  return atS - snapshotAt(atS, 0, BACKUP_RETENTION, backups);
}

const NO_LATENCY = { startS: NaN, p99BeforeMs: NaN, p99DuringMs: NaN, p99AfterMs: NaN };


/**
 * Rows of incidents.csv for every replication: one per timeline event and per
 * autoscaling action the model took, each over its span (until the next incident or
 * the end): when it was detected, when its mechanics settled (the last state change
 * logged in the span), when the service recovered (see `serviceRecoveredS`), errors by
 * cause, page p99 before / during / after (computed by the model as windows closed),
 * SLO minutes burned, and RPO / RTO when it would need a restore from backup.
 */
export function incidents(timeline: readonly TimelineEvent[], runs: readonly RunResult[], slo: Slo, databaseBytes: number): IncidentRow[] {
  return runs.flatMap((run, r) => incidentsOf(timeline, run, r + 1, slo, databaseBytes));
}

function incidentsOf(timeline: readonly TimelineEvent[], run: RunResult, replication: number, slo: Slo, databaseBytes: number): IncidentRow[] {
  const starts = [
    ...timeline.map((e) => ({ atS: e.atS, incident: describe(e), restore: e.type === 'restore' })),
    ...run.log.filter(isAutoscaleAction).map((l) => ({ atS: l.atS, incident: `autoscale ${l.event} node ${l.node + 1}`, restore: false })),
  ].sort((a, b) => a.atS - b.atS);
  const w = new WindowView(run, slo.scope);
  return starts.map((e, i) => {
    const nextS = i + 1 < starts.length ? starts[i + 1].atS : run.durationS;
    const logged = run.log.filter((l) => l.atS >= e.atS && l.atS < nextS);
    const detect = logged.find((l) => l.role === 'detection');
    const last = logged[logged.length - 1];
    const latency = run.incidentLatency[i]?.startS === e.atS ? run.incidentLatency[i] : (run.incidentLatency.find((l) => l.startS === e.atS) ?? NO_LATENCY);
    const restored = e.restore ? run.restores.find((x) => x.atS === e.atS) : undefined;
    const restore = restored === undefined && w.stateIn(e.atS, nextS, nextS >= run.durationS, (row) => row[w.activeNodes] === 0);
    return {
      replication,
      incident: e.incident,
      startS: e.atS,
      detectS: detect ? detect.atS - e.atS : null,
      mechanicsSettledS: last ? last.atS - e.atS : null,
      serviceRecoveredS: serviceRecoveredS(w, e.atS, nextS, run.durationS, slo, latency.p99BeforeMs),
      errorsByCause: w.errorsIn(e.atS, nextS),
      p99BeforeMs: latency.p99BeforeMs,
      p99DuringMs: latency.p99DuringMs,
      p99AfterMs: latency.p99AfterMs,
      sloMinutesBurned: w.badIn(e.atS, nextS, slo.p99S === null ? null : slo.p99S * 1000, slo.errorRate) * (w.widthS / 60),
      rpoS: restored ? restored.rpoS : restore ? rpoAt(timeline, e.atS) : null,
      rtoS: restored ? restored.rtoS : restore ? restoreTimeS(databaseBytes) : null,
      ordersLost: restored ? restored.ordersLost : null,
      writesLost: restored ? restored.writesLost : null,
    };
  });
}

/**
 * Seconds from the incident's start to the end of the last window of its span whose
 * page p99 or error rate was out of bounds, after which every window stays within them:
 * the SLO's targets, or where the SLO sets none, the level of the 300 s before the
 * incident (its p99, its error rate). 0 when no window was out of bounds; null when the
 * span's last window still was (the service had not recovered before the next
 * incident or the end of the run).
 */
function serviceRecoveredS(w: WindowView, startS: number, nextS: number, endS: number, slo: Slo, p99BeforeMs: number): number | null {
  const p99LimitMs = slo.p99S !== null ? slo.p99S * 1000 : Number.isNaN(p99BeforeMs) ? null : p99BeforeMs;
  const errorLimit = slo.errorRate !== null ? slo.errorRate : w.errorRateIn(startS - INCIDENT_CONTEXT_S, startS);
  const windows = w.indicesIn(startS, nextS);
  let lastBad = -1;
  for (const i of windows) if (w.bad(i, p99LimitMs, errorLimit)) lastBad = i;
  if (lastBad < 0) return 0;
  if (lastBad === windows[windows.length - 1]) return null;
  return Math.min(endS, (lastBad + 1) * w.widthS) - startS;
}

function describe(e: TimelineEvent): string {
  if ('node' in e) return `${e.type} node ${e.node + 1}`;
  if (e.type === 'az-outage') return `az-outage zone ${e.az}`;
  return e.type;
}

/** The window columns an incident reads: counts by window, page p99, cluster state. */
class WindowView {
  readonly widthS: number;
  readonly activeNodes: number;
  private readonly run: RunResult;
  private readonly arrivals: number;
  private readonly p99: number;
  private readonly errorCols: number[];

  /** `scope`: the SLO's, which says whose p99 the windows are judged by (pages, or the origin's). */
  constructor(run: RunResult, scope: Slo['scope']) {
    const cols = run.windows.columns;
    this.run = run;
    this.widthS = run.windows.widthS;
    this.arrivals = cols.indexOf(WINDOW.arrivals);
    this.p99 = cols.indexOf(scope === 'origin' ? WINDOW.originP99 : WINDOW.p99);
    this.activeNodes = cols.indexOf(WINDOW.activeNodes);
    this.errorCols = ERROR_CAUSES.map((c) => cols.indexOf(errorsColumn(c)));
  }

  /** Windows overlapping [fromS, toS). */
  indicesIn(fromS: number, toS: number): number[] {
    const out: number[] = [];
    const rows = this.run.windows.rows.length;
    for (let i = Math.max(0, Math.floor(fromS / this.widthS)); i < rows && i * this.widthS < toS; i++) out.push(i);
    return out;
  }

  /**
   * Whether the cluster's state at the end of some window of [fromS, toS) passes `test`.
   * A state column holds the state at its window's end, so a window ending at `toS`
   * shows what the next incident did, and counts only when `toS` is the end of the run.
   */
  stateIn(fromS: number, toS: number, toIsEnd: boolean, test: (row: ArrayLike<number>) => boolean): boolean {
    return this.indicesIn(fromS, toS).some((i) => {
      const endS = (i + 1) * this.widthS;
      return endS > fromS && (endS < toS || toIsEnd) && test(this.run.windows.rows[i]);
    });
  }

  errorsIn(fromS: number, toS: number): Record<string, number> {
    const rows = this.run.windows.rows;
    const windows = this.indicesIn(fromS, toS);
    return Object.fromEntries(ERROR_CAUSES.map((cause, k) => [cause, windows.reduce((a, i) => a + rows[i][this.errorCols[k]], 0)]));
  }

  errorRateIn(fromS: number, toS: number): number {
    let errors = 0;
    let arrivals = 0;
    if (toS > 0) {
      for (const i of this.indicesIn(Math.max(0, fromS), toS)) {
        const row = this.run.windows.rows[i];
        arrivals += row[this.arrivals];
        errors += this.errorCols.reduce((a, j) => a + row[j], 0);
      }
    }
    return arrivals > 0 ? errors / arrivals : 0;
  }

  /** Whether window `i` missed: its page p99 above `p99LimitMs` or its error rate above `errorLimit` (null: no limit). */
  bad(i: number, p99LimitMs: number | null, errorLimit: number | null): boolean {
    const row = this.run.windows.rows[i];
    const errors = this.errorCols.reduce((a, j) => a + row[j], 0);
    const p99Bad = p99LimitMs !== null && row[this.p99] > p99LimitMs;
    const errorBad = errorLimit !== null && row[this.arrivals] > 0 && errors / row[this.arrivals] > errorLimit;
    return p99Bad || errorBad;
  }

  badIn(fromS: number, toS: number, p99LimitMs: number | null, errorLimit: number | null): number {
    return this.indicesIn(fromS, toS).filter((i) => this.bad(i, p99LimitMs, errorLimit)).length;
  }
}
