import { ClusterModel } from '../model/ClusterModel.js';
import type { RunResult } from '../model/RunResult.js';
import type { Scenario } from '../scenario/Scenario.js';
import { compileScenario } from './compileScenario.js';
import { summarise, type RunSummary } from './summarise.js';
import { replicationSeeds } from './seeds.js';

/** Replication `replication` (0-based) has simulated `nowS` seconds in `events` events. */
export type RunProgress = (replication: number, nowS: number, events: number) => void;

export interface ScenarioRun {
  scenario: Scenario;
  seeds: number[];
  runs: RunResult[];
  summary: RunSummary;
  /** Wall-clock seconds spent simulating (not deterministic: kept out of the CSV files). */
  wallS: number;
}

/**
 * Runs `replications` independent replications of a scenario (seeds by the seed rule,
 * seeds.ts) and summarises them. Deterministic in everything but `wallS`.
 */
export function runScenario(scenario: Scenario, replications = 1, onProgress?: RunProgress): ScenarioRun {
  const input = compileScenario(scenario);
  const seeds = replicationSeeds(scenario.seed, replications);
  const started = process.hrtime.bigint();
  const runs = seeds.map((seed, r) => new ClusterModel({ ...input, seed }).run(onProgress === undefined ? undefined : (nowS, events) => onProgress(r, nowS, events)));
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  return { scenario, seeds, runs, summary: summarise(runs), wallS };
}
