import type { QueueResult } from '../model/queue/MessageQueue.js';
import type { ResourceResult } from '../model/RunResult.js';

/** The summary of a scenario's replications: the data every report renders. */

/**
 * The figures of a summary.csv row, in column order (errors by cause follow). Each is
 * the mean over replications of the per-replication figure, with a 95 % half-width
 * (`<figure>_ci95`, beside it) when there are several. Latency figures are over
 * successful responses (completed, stale answers included); NaN when there were none.
 */
export const SUMMARY_FIGURES = [
  'requests',
  'completed',
  'errors',
  'error_rate',
  'throughput_rps',
  'mean_ms',
  'p50_ms',
  'p90_ms',
  'p95_ms',
  'p99_ms',
  'p999_ms',
  'max_ms',
  'origin_requests',
  'origin_mean_ms',
  'origin_p50_ms',
  'origin_p95_ms',
  'origin_p99_ms',
  'cdn_hits',
  'stale_served',
  'in_flight',
] as const;
export type SummaryFigure = (typeof SUMMARY_FIGURES)[number];
/** Kept for callers that name the latency and throughput figures. */
export const CI_FIELDS = ['throughput_rps', 'mean_ms', 'p50_ms', 'p90_ms', 'p95_ms', 'p99_ms', 'p999_ms'] as const;
export type CiField = (typeof CI_FIELDS)[number];

/**
 * One row of summary.csv: a request class, or `all` (pages: every class but static).
 * `reps` holds each figure's per-replication values (`errors_<cause>` too), in seed
 * order, from which the means and `ci` half-widths come.
 */
export type SummaryRow = { class: string; errorsByCause: Record<string, number>; ci: Partial<Record<string, number>>; reps: Record<string, number[]> } & Record<SummaryFigure, number>;

/** The resources.csv figures that get a mean over replications (and a 95 % half-width with several). */
export const RESOURCE_FIGURES = ['capacity', 'utilisation', 'meanBusy', 'meanQueue', 'meanServiceS', 'arrivals', 'completed', 'rejected'] as const;

export type ResourceFigure = (typeof RESOURCE_FIGURES)[number];

/** resources.csv's column for each resource figure, and its scale (seconds → ms). */
export const RESOURCE_COLUMNS: readonly [string, ResourceFigure, number][] = [
  ['mean_capacity', 'capacity', 1],
  ['utilisation', 'utilisation', 1],
  ['mean_busy', 'meanBusy', 1],
  ['mean_queue', 'meanQueue', 1],
  ['mean_service_ms', 'meanServiceS', 1000],
  ['arrivals', 'arrivals', 1],
  ['completed', 'completed', 1],
  ['rejected', 'rejected', 1],
];

/**
 * One row of resources.csv: means over the replications the resource ran in; `ci` their
 * 95 % half-widths (several replications); `reps` each figure's per-replication values
 * in seed order, null in a replication the resource did not run in.
 */
export interface ResourceRow extends ResourceResult {
  ci: Partial<Record<string, number>>;
  reps: Record<ResourceFigure, (number | null)[]>;
}

/**
 * timeseries.csv's table, a row computed when asked: a week of 10 s windows is 60 480
 * rows, and holding them all beside the runs' own would double the memory a long run
 * needs.
 */
export interface TimeseriesTable {
  columns: string[];
  rowCount: number;
  row(i: number): number[];
  /** The cell at row `i`, column `j`, computed when asked (the report's charts read a column's cells as they draw them). */
  cell(i: number, j: number): number;
}

/** A state change of one replication, for events.csv. */
export interface EventRow {
  replication: number;
  atS: number;
  component: string;
  /** 0-based; -1 for none. */
  node: number;
  event: string;
  detail: string;
}

export interface RunSummary {
  replications: number;
  measuredS: number;
  classes: SummaryRow[];
  resources: ResourceRow[];
  timeseries: TimeseriesTable;
  events: number;
  flowControlPausedFraction: number;
  /** Whether Fastly served stale copies on origin errors (then summary.csv has a stale_served column). */
  serveStale: boolean;
  /** Every replication's state changes, in replication then time order. */
  log: EventRow[];
  /** RabbitMQ's totals per replication (published, consumed, lost, peak backlog, drain); null when not modelled. */
  queue: QueueResult[] | null;
}

/** One row of incidents.csv: a timeline event (or autoscaling action) of one replication and what it cost. */
export interface IncidentRow {
  /** 1-based. */
  replication: number;
  incident: string;
  startS: number;
  /** Seconds from the incident to the first detection or reaction logged for it; null if none. */
  detectS: number | null;
  /** Seconds from the incident to its last logged consequence (recovery, failover, rejoin) before the next incident. */
  mechanicsSettledS: number | null;
  /** Seconds from the incident until page p99 and error rate stay within bounds (SLO, else pre-incident level); 0 if never out; null if not back within the span. */
  serviceRecoveredS: number | null;
  errorsByCause: Record<string, number>;
  /** Page p99 over the windows before, during and after the incident, ms; NaN when no page completed. */
  p99BeforeMs: number;
  p99DuringMs: number;
  p99AfterMs: number;
  /** Minutes of the span's windows whose page p99 or error rate missed the SLO. */
  sloMinutesBurned: number;
  /**
   * For a restore of the timeline: data lost, the time since the restored snapshot. For
   * an incident that would need a restore (no VM left running): since the last backup (a
   * timeline backup, else the hourly snapshot). Else null.
   */
  rpoS: number | null;
  /** For the same incidents: time to restore the database from a backup, by Adobe's published restore times; else null. */
  rtoS: number | null;
  /** For a restore of the timeline: orders (placeOrder commits) and write transactions lost with it; else null. */
  ordersLost: number | null;
  writesLost: number | null;
}
