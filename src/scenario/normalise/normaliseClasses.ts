import { DEFAULT_CLASSES } from './defaults.js';
import { normaliseDist } from './normaliseDist.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import { type ClassDemand, type DbSplit, REQUEST_CLASSES, type RequestClass } from '../Scenario.js';

type RawClasses = NonNullable<RawScenario['classes']>;

/**
 * Per-class demand: each given field replaces the default's (`phpCpu` as a whole). A
 * `dbPart` that is not one of the split databases maps to `main`, since that part of the
 * schema then lives in the main database.
 */
export function normaliseClasses(raw: RawClasses = {}, split: readonly DbSplit[]): Record<RequestClass, ClassDemand> {
  const classes = {} as Record<RequestClass, ClassDemand>;
  for (const c of REQUEST_CLASSES) {
    const d = DEFAULT_CLASSES[c];
    const o = raw[c] ?? {};
    const dbPart = o.dbPart ?? d.dbPart;
    classes[c] = {
      phpCpu: o.phpCpu === undefined ? { ...d.phpCpu } : normaliseDist(o.phpCpu),
      dbReads: o.dbReads ?? d.dbReads,
      dbWrites: o.dbWrites ?? d.dbWrites,
      redisOps: o.redisOps ?? d.redisOps,
      searches: o.searches ?? d.searches,
      cacheable: o.cacheable ?? d.cacheable,
      dbPart: dbPart !== 'main' && split.includes(dbPart) ? dbPart : 'main',
      hotRowWrites: o.hotRowWrites ?? d.hotRowWrites,
    };
  }
  return classes;
}
