import type { ClassDemand } from '../Scenario.js';

/**
 * What a class of the scenario's own does when the file leaves a field out: nothing
 * beyond its PHP time (which has no default: the file must give it), not cacheable,
 * writing to the main database. A decision: an unstated demand is none, so a class
 * costs only what the file says it costs.
 */
export const CUSTOM_CLASS_DEFAULTS = {
  demand: { dbReads: 0, dbWrites: 0, redisOps: 0, searches: 0, cacheable: false, dbPart: 'main', hotRowWrites: 0, pageAssets: false } satisfies Omit<ClassDemand, 'phpCpu'>,
  /** Fastly hit ratio when `cdn.hitRatio` does not name the class (it must be cacheable to be above 0). */
  hitRatio: 0,
  /** Distinct cacheable objects when `mechanics.cdnObjects` does not name the class. */
  cdnObjects: 1,
  /** The same, in words, for the schema's descriptions. */
  text: 'dbReads, dbWrites, redisOps, searches and hotRowWrites default to 0, cacheable to false (hit ratio 0), dbPart to main, pageAssets to false (an API call)',
} as const;
