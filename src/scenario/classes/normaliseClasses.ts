import { DEFAULT_CLASSES } from '../normalise/defaults.js';
import { normaliseDist } from '../normalise/normaliseDist.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { ClassDemand, ClassName, DbSplit, DistSpec } from '../Scenario.js';
import { classNamesOf, isBuiltInClass } from './classNames.js';
import { CUSTOM_CLASS_DEFAULTS } from './customClassDefaults.js';

/**
 * Per-class demand, built-ins first, then the scenario's own classes in file order: each
 * given field replaces the default's (`phpCpu` as a whole; a class of the scenario's own
 * has no default PHP time, `classNameProblems` made sure the file gives one). A `dbPart`
 * that is not one of the split databases maps to `main`, since that part of the schema
 * then lives in the main database.
 */
export function normaliseClasses(raw: Pick<RawScenario, 'classes'>, split: readonly DbSplit[]): Record<ClassName, ClassDemand> {
  const classes: Record<ClassName, ClassDemand> = {};
  for (const c of classNamesOf(raw)) {
    const o = raw.classes?.[c] ?? {};
    const d: Omit<ClassDemand, 'phpCpu'> & { phpCpu?: DistSpec } = isBuiltInClass(c) ? DEFAULT_CLASSES[c as keyof typeof DEFAULT_CLASSES] : CUSTOM_CLASS_DEFAULTS.demand;
    const dbPart = o.dbPart ?? d.dbPart;
    const phpCpu = o.phpCpu === undefined ? d.phpCpu : normaliseDist(o.phpCpu);
    if (phpCpu === undefined) throw new Error(`classes.${c}: no phpCpu (classNameProblems lets no such scenario through)`);
    classes[c] = {
      phpCpu: { ...phpCpu },
      dbReads: o.dbReads ?? d.dbReads,
      dbWrites: o.dbWrites ?? d.dbWrites,
      redisOps: o.redisOps ?? d.redisOps,
      searches: o.searches ?? d.searches,
      cacheable: o.cacheable ?? d.cacheable,
      dbPart: dbPart !== 'main' && split.includes(dbPart) ? dbPart : 'main',
      hotRowWrites: o.hotRowWrites ?? d.hotRowWrites,
      pageAssets: o.pageAssets ?? d.pageAssets,
    };
  }
  return classes;
}
