import type { TimelineAction } from './TimelineAction.js';
import type { TimelineInput } from '../ModelInput.js';

type Of<T extends TimelineInput['type']> = TimelineAction<Extract<TimelineInput, { type: T }>>;

/** Availability zones by index, as the log names them. */
const AZ_NAMES = ['a', 'b', 'c'];

/** A VM stops: every service on it, at once. */
export const nodeCrash: Of<'node-crash'> = (e, { host }) => host.health.crash(e.node);

/** A stopped VM starts again. */
export const nodeRecover: Of<'node-recover'> = (e, { host }) => host.health.recover(e.node);

/** One service's process dies on a node, restarting after `forS` if given. */
export const serviceCrash: Of<'service-crash'> = (e, { host, after }) => {
  host.health.serviceCrash(e.node, e.service);
  if (e.forS !== null) after(e.forS, () => host.health.serviceRestart(e.node, e.service));
};

/** Nodes cut off from the others, healed after `forS`. */
export const partition: Of<'partition'> = (e, { host, after }) => {
  host.health.partition(e.nodes);
  after(e.forS, () => host.health.heal());
};

/**
 * Every VM running in a zone goes silent for `forS`. Only those come back with the zone
 * (not a spare web node never launched, nor one crashed before).
 */
export const azOutage: Of<'az-outage'> = (e, { host: h, after }) => {
  h.log.add(h.kernel.nowS, 'az', -1, 'outage', `zone ${AZ_NAMES[e.az]} for ${e.forS} s`);
  const down: number[] = [];
  for (let n = 0; n < h.topology.nodeCount; n++) {
    if (h.topology.az[n] !== e.az || !h.health.vmUp[n]) continue;
    down.push(n);
    h.health.crash(n);
  }
  after(e.forS, () => {
    h.log.add(h.kernel.nowS, 'az', -1, 'back', `zone ${AZ_NAMES[e.az]}`);
    for (const n of down) h.health.recover(n);
  });
};
