import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RunResult } from '../model/RunResult.js';
import type { Scenario } from '../scenario/Scenario.js';
import { runScenario, type RunProgress, type ScenarioRun } from './runScenario.js';
import { summarise } from './summarise.js';
import { replicationSeeds } from './seeds.js';

const workerFile = fileURLToPath(new URL('./replicationWorker.js', import.meta.url));

/**
 * Like `runScenario`, with the replications spread over worker threads, one per core.
 * Results are gathered in seed order, so the output is identical to a sequential run.
 * Falls back to running in this thread for one replication or one core.
 */
export async function runScenarioParallel(scenario: Scenario, replications: number, onProgress?: RunProgress): Promise<ScenarioRun> {
  const threads = Math.min(replications, availableParallelism());
  if (threads <= 1 || !existsSync(workerFile)) return runScenario(scenario, replications, onProgress);
  const seeds = replicationSeeds(scenario.seed, replications);
  const runs: RunResult[] = new Array<RunResult>(replications);
  const started = process.hrtime.bigint();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < replications) {
      const r = next++;
      runs[r] = await runInWorker(scenario, seeds[r], onProgress === undefined ? undefined : (nowS, events) => onProgress(r, nowS, events));
    }
  };
  await Promise.all(Array.from({ length: threads }, lane));
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  return { scenario, seeds, runs, summary: summarise(runs), wallS };
}

function runInWorker(scenario: Scenario, seed: number, onProgress?: (nowS: number, events: number) => void): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { scenario, seed, progress: onProgress !== undefined } });
    worker.on('message', (m: { result: RunResult } | { progress: [number, number] }) => {
      if ('progress' in m) onProgress?.(m.progress[0], m.progress[1]);
      else resolve(m.result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`replication with seed ${seed} stopped with exit code ${code}`));
    });
  });
}
