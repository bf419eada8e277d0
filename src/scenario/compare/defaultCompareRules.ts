import type { CompareRule } from './CompareConfig.js';

/** The confidence of each interval, and 1 − the false-discovery rate of the verdicts, when compare.yaml names none. */
export const DEFAULT_COMPARE_CONFIDENCE = 0.95;

const rule = (r: Partial<CompareRule> & Pick<CompareRule, 'metric'>): CompareRule => ({
  kind: null,
  row: '*',
  better: null,
  allow: { relative: false, value: 0 },
  gate: null,
  source: 'default',
  ...r,
});

/**
 * The rules `magesim compare` applies after a configuration's own (or alone):
 * - page and class latencies that describe the bulk of responses (mean, p50, p95, p99,
 *   and their origin counterparts): lower is better, 5 % worse allowed — p90 and p99.9
 *   follow the same rule; the maximum is reported only (one extreme response per run is
 *   not a stable figure);
 * - error rate: lower is better, 0.1 percentage point allowed (an error rate near 0
 *   makes a relative change meaningless);
 * - throughput: higher is better, 2 % allowed;
 * - resources' utilisation: lower is better, 5 % allowed (the same traffic needing more
 *   of a resource);
 * - anything else (counts, queues, capacity): reported when it changes, never failing.
 * The scenario's SLO is a gate of its own: a check the baseline met must be met by the
 * current run.
 */
export const DEFAULT_COMPARE_RULES: readonly CompareRule[] = [
  rule({ metric: 'max_ms', kind: 'class', better: 'none' }),
  rule({ metric: '*_ms', kind: 'class', better: 'lower', allow: { relative: true, value: 0.05 } }),
  rule({ metric: 'error_rate', kind: 'class', better: 'lower', allow: { relative: false, value: 0.001 } }),
  rule({ metric: 'throughput_rps', kind: 'class', better: 'higher', allow: { relative: true, value: 0.02 } }),
  rule({ metric: 'utilisation', kind: 'resource', better: 'lower', allow: { relative: true, value: 0.05 } }),
  rule({ metric: '*', better: 'none' }),
];
