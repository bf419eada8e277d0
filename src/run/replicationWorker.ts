import { parentPort, workerData } from 'node:worker_threads';
import { ClusterModel } from '../model/ClusterModel.js';
import type { Scenario } from '../scenario/Scenario.js';
import { compileScenario } from './compileScenario.js';
import { tuneEngine } from '../../sim/tuneEngine.js';

/**
 * One replication in a worker thread: receives a scenario and a seed, posts its
 * progress (`{ progress: [simulated s, events] }`) when asked, then the RunResult.
 */
tuneEngine();
const { scenario, seed, progress } = workerData as { scenario: Scenario; seed: number; progress: boolean };
const report = progress ? (nowS: number, events: number): void => parentPort!.postMessage({ progress: [nowS, events] }) : undefined;
parentPort!.postMessage({ result: new ClusterModel({ ...compileScenario(scenario), seed }).run(report) });
