import type { Scenario } from '../Scenario.js';

/**
 * One problem in a scenario file. `line` and `column` are 1-based; a missing field points
 * at the map that should hold it. `path` is the field path, e.g. `traffic.sessions.rate`,
 * `classes.product.phpCpu.p95` or `traffic.sessions.profile[1].at`; '' for the whole file.
 */
export interface ScenarioError {
  /** The file, or the flag (`--set cluster.tier=Pro13`) whose value is wrong. */
  file: string;
  /** 0 (with `column` 0) for a flag. */
  line: number;
  column: number;
  path: string;
  expected: string;
  found: string;
  hint?: string;
}

/** Either a fully normalised scenario or every problem found in the file. */
/** `warnings`: what the user should know about a valid scenario (events an override's duration left out). */
export type ScenarioResult = { ok: true; scenario: Scenario; warnings?: string[] } | { ok: false; errors: ScenarioError[] };
