import { availableParallelism } from 'node:os';
import type { Scenario } from '../scenario/Scenario.js';
import { ReplicationPool, threadsAvailable } from './pool/ReplicationPool.js';
import { runScenario, type RunProgress, type ScenarioRun } from './runScenario.js';
import { replicationSeeds } from './seeds.js';
import { summarise } from './summarise.js';

/**
 * Like `runScenario`, with the replications spread over the replication pool, a worker
 * thread per core. Results are gathered in seed order, so the output is identical to a
 * sequential run. Runs in this thread for one replication or one core.
 */
export async function runScenarioParallel(scenario: Scenario, replications: number, onProgress?: RunProgress): Promise<ScenarioRun> {
  const threads = Math.min(replications, availableParallelism());
  if (threads <= 1 || !threadsAvailable()) return runScenario(scenario, replications, onProgress);
  const seeds = replicationSeeds(scenario.seed, replications);
  const started = process.hrtime.bigint();
  const pool = new ReplicationPool(threads);
  try {
    const runs = await Promise.all(seeds.map((seed, r) => pool.run(scenario, seed, onProgress === undefined ? undefined : (nowS, events) => onProgress(r, nowS, events))));
    const wallS = Number(process.hrtime.bigint() - started) / 1e9;
    return { scenario, seeds, runs, summary: summarise(runs), wallS };
  } finally {
    await pool.close();
  }
}
