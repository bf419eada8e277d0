/**
 * Which request classes and session behaviours a scenario has: the built-in ones, then
 * the ones the file defines (a class under `classes`, a behaviour by its journey), in
 * the order the file gives them. Every later step (normalising, compiling, reports)
 * walks this order, so the built-ins keep their indices and outputs of scenarios
 * without custom classes do not change.
 */
import { BEHAVIOURS, REQUEST_CLASSES } from '../Scenario.js';

/** A custom name: a letter, then letters, digits, `_` or `-` (it becomes a CSV row and a column prefix). */
export const CUSTOM_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
export const CUSTOM_NAME_MAX_LENGTH = 40;
export const CUSTOM_NAME_EXPECTED = `a name of letters, digits, _ and - starting with a letter, at most ${CUSTOM_NAME_MAX_LENGTH} characters`;
/**
 * Most request classes a scenario may have, built-ins included: each keeps two latency
 * histograms and a row of counters per class, and a report with more rows than this is
 * no longer read. (A decision, not a limit of Adobe Commerce.)
 */
export const MAX_CLASSES = 64;
/** Most session behaviours, built-ins included (each is a journey and a share). */
export const MAX_BEHAVIOURS = 64;
/** Names the reports use for their own rows: a class cannot take them. */
export const RESERVED_CLASS_NAMES: readonly string[] = ['all'];

/** The fields of the raw scenario that define names (a structural subset of RawScenario). */
export interface NameSources {
  classes?: Readonly<Record<string, unknown>>;
  traffic?: { journeys?: Readonly<Record<string, unknown>> };
}

const BUILT_IN_CLASSES: ReadonlySet<string> = new Set(REQUEST_CLASSES);
const BUILT_IN_BEHAVIOURS: ReadonlySet<string> = new Set(BEHAVIOURS);

export const isBuiltInClass = (name: string): boolean => BUILT_IN_CLASSES.has(name);
export const isBuiltInBehaviour = (name: string): boolean => BUILT_IN_BEHAVIOURS.has(name);

/** The built-in classes, then those `raw.classes` defines, in file order. */
export function classNamesOf(raw: NameSources): string[] {
  return [...REQUEST_CLASSES, ...Object.keys(raw.classes ?? {}).filter((name) => !isBuiltInClass(name))];
}

/** The built-in behaviours, then those `raw.traffic.journeys` defines, in file order. */
export function behaviourNamesOf(raw: NameSources): string[] {
  return [...BEHAVIOURS, ...Object.keys(raw.traffic?.journeys ?? {}).filter((name) => !isBuiltInBehaviour(name))];
}
