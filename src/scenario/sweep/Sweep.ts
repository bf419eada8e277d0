import type { FieldPath } from '../errors/Problem.js';
import type { Scenario } from '../Scenario.js';
import type { ScenarioResult } from '../errors/ScenarioError.js';

/** One varied field: its path as written (`cluster.tier`) and the values it takes, in the file's order. */
export interface SweepAxis {
  path: string;
  fieldPath: FieldPath;
  values: unknown[];
}

/** A named failure state: timeline events added to the base scenario's. */
export interface FailureState {
  name: string;
  events: Record<string, unknown>[];
}

/** The frontier search: the load field, its range in the field's unit, the bracket's target width. */
export interface FrontierSpec {
  load: string;
  fieldPath: FieldPath;
  lo: number;
  hi: number;
  /** The unit as written after the number (`/s`), '' for bare numbers. */
  unit: string;
  precision: number;
}

/** A sweep file, validated and resolved (every default filled in). */
export interface Sweep {
  name: string;
  /** The sweep file as named on the command line. */
  source: string;
  /** The base scenario's path, resolved against the sweep file's folder. */
  scenarioFile: string;
  /** The base scenario with the sweep's `set` and the command line's overrides. */
  base: Scenario;
  replications: number;
  maxReplications: number;
  confidence: number;
  /** Fixed overrides of every cell: `set`, then the command line's, as `path=value` text. */
  set: { path: string; value: unknown }[];
  vary: SweepAxis[];
  failures: FailureState[];
  frontier: FrontierSpec | null;
  recommend: { load: number } | null;
  cost: Record<string, number> | null;
}

/** One cell: a value of every varied field and a failure state; `key` names it stably (shards, merge). */
export interface SweepCell {
  index: number;
  key: string;
  values: unknown[];
  failure: string;
}

/** A loaded sweep and how to build a cell's scenario (with the load, for a frontier probe). */
export interface LoadedSweep {
  sweep: Sweep;
  cells: SweepCell[];
  scenarioOf(cell: SweepCell, load?: number): ScenarioResult;
}
