import { ERROR_CAUSES, type ErrorCause } from './errorCauses.js';

/**
 * The names of the window series (timeseries.csv's columns, RunResult.windows), defined
 * once for the model that writes them and the analyses and pages that read them.
 */
export const WINDOW = {
  /** The window's start, s: timeseries.csv's first column (added by the summary). */
  time: 'time_s',
  arrivals: 'arrivals',
  cdnHits: 'cdn_hits',
  /** Hits ÷ arrivals per window: derived by the summary after cdn_hits. */
  cdnHitRatio: 'cdn_hit_ratio',
  completions: 'completions',
  flowControlPaused: 'flow_control_paused',
  activeNodes: 'active_nodes',
  galeraPrimaryMembers: 'galera_primary_members',
  redisMasterNode: 'redis_master_node',
  staleServed: 'stale_served',
  /** RabbitMQ (when modelled): messages published and consumed in the window, backlog at its end. */
  queuePublished: 'queue_published',
  queueConsumed: 'queue_consumed',
  queueBacklog: 'queue_backlog',
  p50: 'p50_ms',
  p95: 'p95_ms',
  p99: 'p99_ms',
  originP50: 'origin_p50_ms',
  originP95: 'origin_p95_ms',
  originP99: 'origin_p99_ms',
} as const;

/** Page latency columns of each window (ms; NaN when no page completed): pages, then origin pages. */
export const WINDOW_LATENCY_COLUMNS = [WINDOW.p50, WINDOW.p95, WINDOW.p99, WINDOW.originP50, WINDOW.originP95, WINDOW.originP99] as const;

/** The prefixes of the per-resource and per-cause columns. */
export const WINDOW_PREFIX = { errors: 'errors_', cpu: 'cpu_util.', busy: 'busy.', queue: 'queue.' } as const;

/** Errors of one cause per window. */
export const errorsColumn = (cause: ErrorCause): string => `${WINDOW_PREFIX.errors}${cause}`;

/** Window columns that count events, in order; sampled columns follow them. */
export const COUNT_COLUMNS = [WINDOW.arrivals, WINDOW.cdnHits, WINDOW.completions, ...ERROR_CAUSES.map(errorsColumn)];

const CI_SUFFIX = '_ci95';

/** Half-width of a column's 95 % confidence interval over replications (timeseries.csv, with more than one). */
export const ciColumn = (name: string): string => `${name}${CI_SUFFIX}`;
export const isCiColumn = (name: string): boolean => name.endsWith(CI_SUFFIX);

/** A resource's utilisation (CPU) or busy servers, and its queue, per window. */
export const useColumn = (resource: string, cpu: boolean): string => `${cpu ? WINDOW_PREFIX.cpu : WINDOW_PREFIX.busy}${resource}`;
export const queueColumn = (resource: string): string => `${WINDOW_PREFIX.queue}${resource}`;
