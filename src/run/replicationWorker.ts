import { parentPort, workerData } from 'node:worker_threads';
import { ClusterModel } from '../model/ClusterModel.js';
import type { Scenario } from '../scenario/Scenario.js';
import { compileScenario } from './compileScenario.js';
import { tuneEngine } from './tuneEngine.js';

/** One replication in a worker thread: receives a scenario and a seed, posts the RunResult. */
tuneEngine();
const { scenario, seed } = workerData as { scenario: Scenario; seed: number };
parentPort!.postMessage(new ClusterModel({ ...compileScenario(scenario), seed }).run());
