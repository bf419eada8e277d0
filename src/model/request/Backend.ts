import type { Kernel } from '../../../sim/Kernel.js';
import type { ProcessorSharingCpu } from '../../../sim/ProcessorSharingCpu.js';
import type { Health } from '../Health.js';
import type { ClassInput } from '../ModelInput.js';
import type { Topology } from '../Topology.js';
import type { Endings } from './Endings.js';
import type { RequestTable } from './RequestTable.js';

/**
 * A backend a request calls in one phase of its path (`requestPath.ts`): the Redis
 * master, the database's reads (`Databases.visitReads`) or writes (`visitWrites`),
 * search. The model's loop looks the next phase up and hands the request to that phase's
 * backend (`ClusterModel.advance`); the backend schedules its arrival after the network
 * round trips, or fails it through `Endings` when it cannot be reached.
 */
export interface Backend {
  /** Request `r`, served by web node position `web` on VM `webNode`, sets off for this phase's calls. */
  visit(r: number, web: number, webNode: number): void;
}

/** What a backend reads from the cluster: the clock, the nodes, their health and the requests. */
export interface RequestHost {
  readonly kernel: Kernel;
  readonly topology: Topology;
  readonly health: Health;
  readonly req: RequestTable;
  readonly classes: readonly ClassInput[];
  /** Each node's cores (processor-shared by everything running there). */
  readonly cpus: readonly ProcessorSharingCpu[];
  readonly endings: Endings;
}
