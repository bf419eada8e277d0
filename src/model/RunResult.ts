import type { LatencyHistogramJSON } from '../../sim/stats/LatencyHistogram.js';
import type { LoggedEvent } from './EventLog.js';
import type { IncidentLatencyResult } from './IncidentLatency.js';
import type { ErrorCause } from './errorCauses.js';
import type { RestoreResult } from './restore/Restore.js';
import type { QueueResult } from './queue/MessageQueue.js';



/** Counts for one request class after warm-up (arrivals = completed + errors + inFlight). */
export interface ClassResult {
  name: string;
  arrivals: number;
  cdnHits: number;
  /** Completed, including `staleServed`. */
  completed: number;
  /** Answered by Fastly with a stale copy after the origin failed (serve-stale on). */
  staleServed: number;
  errors: Record<ErrorCause, number>;
  /** Arrived but neither completed nor failed at the horizon. */
  inFlight: number;
  /** Response times of completed requests, s (CDN hits included). */
  latency: LatencyHistogramJSON;
  /** Response times of the completed requests that missed Fastly (answered by the origin, or stale after it failed), s. */
  originLatency: LatencyHistogramJSON;
}

export interface ResourceResult {
  name: string;
  kind: 'cpu' | 'php-pool' | 'db-threads' | 'search-threads' | 'redis' | 'galera-apply';
  /** 0-based (reports print it from 1). */
  node: number;
  /** Time-weighted mean capacity after warm-up (servers or cores). */
  capacity: number;
  /** Mean share of capacity in use after warm-up. */
  utilisation: number;
  meanBusy: number;
  meanQueue: number;
  /** Mean service demand of the jobs that started after warm-up, s; for a pool (PHP workers, threads), how long a job held one (busy time ÷ releases). */
  meanServiceS: number;
  arrivals: number;
  completed: number;
  rejected: number;
}

/** Fixed-width windows over the whole run (warm-up included): a column per series. */
export interface WindowsResult {
  widthS: number;
  columns: string[];
  /** rows[i][j]: window i, column j (the page latency columns are ms, NaN when no page completed); views on one buffer. */
  rows: Float64Array[];
}

export interface RunResult {
  /** State changes in time order: failures, detections, purges… */
  log: LoggedEvent[];
  seed: number;
  durationS: number;
  warmupS: number;
  /** Seconds of simulated time after warm-up: the denominator of every rate. */
  measuredS: number;
  events: number;
  classes: ClassResult[];
  resources: ResourceResult[];
  windows: WindowsResult;
  /** Fraction of post-warm-up time Galera flow control paused commits. */
  flowControlPausedFraction: number;
  /** Page p99 before, during and after each incident (timeline events and autoscaling actions), in start order. */
  incidentLatency: IncidentLatencyResult[];
  /** Each restore from backup of the timeline: RPO, RTO, orders and writes lost. */
  restores: RestoreResult[];
  /** RabbitMQ's totals: published, consumed, lost, peak backlog and when it drained; null when not modelled. */
  queue: QueueResult | null;
}
