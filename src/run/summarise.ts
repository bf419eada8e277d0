import { LatencyHistogram } from '../../sim/stats/LatencyHistogram.js';
import type { RunResult } from '../model/RunResult.js';
import type { QueueResult } from '../model/queue/MessageQueue.js';
import { ERROR_CAUSES } from '../model/errorCauses.js';
import { CI_FIELDS, RESOURCE_FIGURES, SUMMARY_FIGURES, type CiField, type ResourceRow, type RunSummary, type SummaryFigure, type SummaryRow, type TimeseriesTable } from './RunSummary.js';
import { mean, meanAndCi } from './meanAndCi.js';
import { timeseriesTable } from './timeseriesTable.js';

export type { CiField, ResourceRow, RunSummary, SummaryRow, TimeseriesTable };
export { CI_FIELDS };

const PERCENTILES: [SummaryFigure, number][] = [
  ['p50_ms', 0.5],
  ['p90_ms', 0.9],
  ['p95_ms', 0.95],
  ['p99_ms', 0.99],
  ['p999_ms', 0.999],
];
const ORIGIN_PERCENTILES: [SummaryFigure, number][] = [
  ['origin_p50_ms', 0.5],
  ['origin_p95_ms', 0.95],
  ['origin_p99_ms', 0.99],
];

/** Static assets are reported in their own row only: `all` is about pages, which the SLO judges. */
const NOT_IN_ALL = 'static';

/**
 * Turns replications of one scenario into the report's tables. Every figure of a row —
 * counts, rates and latencies alike — is the mean over replications of that
 * replication's figure, with the half-width of its 95 % Student-t interval when there
 * are several: one rule for every file. Latencies are over successful responses; a
 * row with none has none (NaN, an empty cell).
 */
export function summarise(runs: RunResult[]): RunSummary {
  const names = runs[0].classes.map((c) => c.name);
  const perRun = runs.map((run) => {
    const all = new LatencyHistogram();
    const allOrigin = new LatencyHistogram();
    const rows = run.classes.map((c) => {
      const h = LatencyHistogram.fromJSON(c.latency);
      const o = LatencyHistogram.fromJSON(c.originLatency);
      if (c.name !== NOT_IN_ALL) {
        all.merge(h);
        allOrigin.merge(o);
      }
      return { c, h, o };
    });
    return { run, pages: rows.filter((r) => r.c.name !== NOT_IN_ALL), all, allOrigin, rows };
  });
  const classes = names.map((name, i) => row(name, perRun.map((p) => ({ h: p.rows[i].h, o: p.rows[i].o, counts: [p.rows[i].c], measuredS: p.run.measuredS }))));
  const all = row('all', perRun.map((p) => ({ h: p.all, o: p.allOrigin, counts: p.pages.map((r) => r.c), measuredS: p.run.measuredS })));
  return {
    replications: runs.length,
    measuredS: runs[0].measuredS,
    classes: [...classes.filter((c) => c.requests > 0), all],
    resources: resources(runs),
    timeseries: timeseriesTable(runs),
    events: runs.reduce((a, r) => a + r.events, 0),
    flowControlPausedFraction: mean(runs.map((r) => r.flowControlPausedFraction)),
    serveStale: runs[0].windows.columns.includes('stale_served'),
    queue: runs[0].queue === null ? null : runs.map((r) => r.queue as QueueResult),
    log: runs.flatMap((r, i) => r.log.map((e) => ({ replication: i + 1, ...e }))),
  };
}

interface RepInput {
  /** Latencies of the row's successful responses, and of those that came from the origin. */
  h: LatencyHistogram;
  o: LatencyHistogram;
  counts: RunResult['classes'];
  measuredS: number;
}

/** One replication's figures for a row. */
function figuresOf(r: RepInput): Record<SummaryFigure, number> & { byCause: Record<string, number> } {
  const sum = (f: (c: RunResult['classes'][number]) => number): number => r.counts.reduce((a, c) => a + f(c), 0);
  const byCause = Object.fromEntries(ERROR_CAUSES.map((cause) => [cause, sum((c) => c.errors[cause])]));
  const requests = sum((c) => c.arrivals);
  const completed = sum((c) => c.completed);
  const errors = Object.values(byCause).reduce((a, b) => a + b, 0);
  const out = {
    requests,
    completed,
    errors,
    error_rate: requests > 0 ? errors / requests : 0,
    throughput_rps: completed / r.measuredS,
    mean_ms: ms(r.h.mean),
    p50_ms: NaN,
    p90_ms: NaN,
    p95_ms: NaN,
    p99_ms: NaN,
    p999_ms: NaN,
    max_ms: ms(r.h.max),
    origin_requests: requests - sum((c) => c.cdnHits),
    origin_mean_ms: ms(r.o.mean),
    origin_p50_ms: NaN,
    origin_p95_ms: NaN,
    origin_p99_ms: NaN,
    cdn_hits: sum((c) => c.cdnHits),
    stale_served: sum((c) => c.staleServed),
    in_flight: sum((c) => c.inFlight),
    byCause,
  };
  for (const [f, p] of PERCENTILES) out[f] = r.h.count > 0 ? ms(r.h.percentile(p)) : NaN;
  for (const [f, p] of ORIGIN_PERCENTILES) out[f] = r.o.count > 0 ? ms(r.o.percentile(p)) : NaN;
  return out;
}

function row(name: string, reps: RepInput[]): SummaryRow {
  const each = reps.map(figuresOf);
  const withCi = reps.length > 1;
  const out = { class: name, ci: {} as Partial<Record<string, number>>, errorsByCause: {} as Record<string, number>, reps: {} as Record<string, number[]> } as SummaryRow;
  const put = (key: string, values: number[]): number => {
    const [m, half] = meanAndCi(values, withCi);
    if (withCi) out.ci[key] = half;
    out.reps[key] = values;
    return m;
  };
  for (const f of SUMMARY_FIGURES) out[f] = put(f, each.map((e) => e[f]));
  for (const cause of ERROR_CAUSES) out.errorsByCause[cause] = put(`errors_${cause}`, each.map((e) => e.byCause[cause]));
  return out;
}

/**
 * Each resource that ran in some replication (matched by name: a node autoscaling
 * launched in one replication may not exist in another), its figures the mean over the
 * replications it ran in, with 95 % half-widths when there are several.
 */
function resources(runs: RunResult[]): ResourceRow[] {
  const names = [...new Set(runs.flatMap((r) => r.resources.map((x) => x.name)))];
  const withCi = runs.length > 1;
  return names.map((name) => {
    const each = runs.map((r) => r.resources.find((x) => x.name === name));
    const found = each.filter((x) => x !== undefined);
    const row: ResourceRow = { ...found[0], ci: {}, reps: {} as ResourceRow['reps'] };
    for (const f of RESOURCE_FIGURES) {
      const [m, half] = meanAndCi(found.map((x) => x[f]), withCi);
      row[f] = m;
      if (withCi) row.ci[f] = half;
      row.reps[f] = each.map((x) => (x === undefined ? null : x[f]));
    }
    return row;
  });
}

function ms(s: number): number {
  return Number.isFinite(s) ? s * 1000 : NaN;
}
