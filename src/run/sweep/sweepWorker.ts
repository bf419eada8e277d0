import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../../scenario/Scenario.js';
import { tuneEngine } from '../../../sim/tuneEngine.js';
import { replicationFigures } from './ReplicationFigures.js';

/**
 * A long-lived worker of the sweep pool: runs one replication per message
 * (`{ id, scenario, seed }`) and posts `{ id, figures }` back, or `{ id, error }`.
 * Cells run in-process here: no process start-up per cell.
 */
tuneEngine();
parentPort!.on('message', (m: { id: number; scenario: Scenario; seed: number }) => {
  try {
    parentPort!.postMessage({ id: m.id, figures: replicationFigures(m.scenario, m.seed) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
  }
});
