import type { ClassInput } from '../ModelInput.js';
import { PH_DB_READ, PH_DB_WRITE, PH_DONE, PH_PHP, PH_REDIS, PH_SEARCH } from './phases.js';

/** Calls of the phase's kind that a request of class `k` makes. */
function callsIn(k: ClassInput, phase: number): number {
  switch (phase) {
    case PH_REDIS:
      return k.redisOps;
    case PH_DB_READ:
      return k.dbReads;
    case PH_SEARCH:
      return k.searches;
    case PH_DB_WRITE:
      return k.dbWrites;
    default:
      return 0;
  }
}

/**
 * Each class's path as data: after phase p, a request of class c goes to
 * `next[c * (PH_DONE + 1) + p]`, the next phase it has calls in (PH_DONE when none is
 * left). Built once from the classes' demands; the model's loop only looks it up.
 */
export function requestPaths(classes: readonly ClassInput[]): Int8Array {
  const width = PH_DONE + 1;
  const next = new Int8Array(classes.length * width);
  classes.forEach((k, c) => {
    for (let p = PH_PHP; p <= PH_DONE; p++) {
      let q = p + 1;
      while (q < PH_DONE && callsIn(k, q) === 0) q++;
      next[c * width + p] = Math.min(q, PH_DONE);
    }
  });
  return next;
}

/** Row width of `requestPaths`' table. */
export const PATH_WIDTH = PH_DONE + 1;
