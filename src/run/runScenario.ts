import { ClusterModel } from '../model/ClusterModel.js';
import type { RunResult } from '../model/RunResult.js';
import type { Scenario } from '../scenario/Scenario.js';
import { compileScenario } from './compileScenario.js';
import { summarise, type RunSummary } from './summarise.js';

export interface ScenarioRun {
  scenario: Scenario;
  seeds: number[];
  runs: RunResult[];
  summary: RunSummary;
  /** Wall-clock seconds spent simulating (not deterministic: kept out of the CSV files). */
  wallS: number;
}

/**
 * Runs `replications` independent replications of a scenario — replication r uses seed
 * `scenario.seed + r` — and summarises them. Deterministic in everything but `wallS`.
 */
export function runScenario(scenario: Scenario, replications = 1, onProgress?: (done: number) => void): ScenarioRun {
  const input = compileScenario(scenario);
  const seeds = Array.from({ length: replications }, (_, r) => scenario.seed + r);
  const started = process.hrtime.bigint();
  const runs = seeds.map((seed, r) => {
    const result = new ClusterModel({ ...input, seed }).run();
    onProgress?.(r + 1);
    return result;
  });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  return { scenario, seeds, runs, summary: summarise(runs), wallS };
}
