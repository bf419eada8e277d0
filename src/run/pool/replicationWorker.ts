import { parentPort } from 'node:worker_threads';
import { ClusterModel } from '../../model/ClusterModel.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { tuneEngine } from '../../../sim/tuneEngine.js';
import { compileScenario } from '../compileScenario.js';
import { replicationFigures } from '../sweep/ReplicationFigures.js';

/** A replication to run: the whole RunResult (a run's replications) or a sweep's figures of it. */
export interface ReplicationMessage {
  id: number;
  kind: 'run' | 'figures';
  scenario: Scenario;
  seed: number;
  /** Post progress (`{ id, progress: [simulated s, events] }`) while it runs (kind run). */
  progress: boolean;
}

/**
 * A long-lived worker of the replication pool: runs one replication per message and
 * posts `{ id, value }` back (a RunResult or ReplicationFigures), or `{ id, error }`.
 */
tuneEngine();
parentPort!.on('message', (m: ReplicationMessage) => {
  try {
    if (m.kind === 'figures') {
      parentPort!.postMessage({ id: m.id, value: replicationFigures(m.scenario, m.seed) });
      return;
    }
    const report = m.progress ? (nowS: number, events: number): void => parentPort!.postMessage({ id: m.id, progress: [nowS, events] }) : undefined;
    parentPort!.postMessage({ id: m.id, value: new ClusterModel({ ...compileScenario(m.scenario), seed: m.seed }).run(report) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
  }
});
