import { ClusterModel } from '../../model/ClusterModel.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { compileScenario } from '../compileScenario.js';
import { sloChecks, type SloCheck } from '../slo.js';
import { summarise } from '../summarise.js';

/**
 * What a sweep keeps of one replication: the page figures of sweep.csv, the busiest
 * resource, and the value of every figure the SLO judges. Small, so a worker posts it
 * back instead of the whole RunResult.
 */
export interface ReplicationFigures {
  seed: number;
  /** Pages (every class but static) that arrived after warm-up. */
  requests: number;
  errorRate: number;
  /** Page latency over successful responses, ms; NaN when none succeeded. */
  p50: number;
  p95: number;
  p99: number;
  busiest: string;
  busiestUtilisation: number;
  checks: Pick<SloCheck, 'label' | 'unit' | 'value' | 'limit'>[];
  events: number;
  /** Wall-clock seconds of the run (not deterministic: timing only). */
  wallS: number;
}

/** Runs one replication of `scenario` with `seed` and keeps its figures. */
export function replicationFigures(scenario: Scenario, seed: number): ReplicationFigures {
  const started = process.hrtime.bigint();
  const run = new ClusterModel({ ...compileScenario(scenario), seed }).run();
  const s = summarise([run]);
  const all = s.classes[s.classes.length - 1];
  let busiest = { name: '', utilisation: 0 };
  for (const r of s.resources) if (r.utilisation > busiest.utilisation) busiest = r;
  return {
    seed,
    requests: all.requests,
    errorRate: all.error_rate,
    p50: all.p50_ms,
    p95: all.p95_ms,
    p99: all.p99_ms,
    busiest: busiest.name,
    busiestUtilisation: busiest.utilisation,
    checks: sloChecks(s, scenario.slo).map(({ label, unit, value, limit }) => ({ label, unit, value, limit })),
    events: run.events,
    wallS: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
