import type { TimelineActions } from './TimelineAction.js';
import { azOutage, nodeCrash, nodeRecover, partition, serviceCrash } from './failureActions.js';
import { backup, cachePurge, upscale, webScaleOut } from './operationActions.js';

/** What each type of timeline event does when it happens. */
export const TIMELINE_ACTIONS: TimelineActions = {
  'cache-purge': cachePurge,
  'node-crash': nodeCrash,
  'node-recover': nodeRecover,
  'service-crash': serviceCrash,
  upscale,
  backup,
  restore: (e, { host }) => host.startRestore(e),
  'web-scale-out': webScaleOut,
  partition,
  'az-outage': azOutage,
};
