import type { Scenario } from './Scenario.js';

/**
 * One problem in a scenario file. `line` and `column` are 1-based; a missing field points
 * at the map that should hold it. `path` is the field path, e.g. `traffic.sessions.rate`,
 * `classes.product.phpCpu.p95` or `traffic.sessions.profile[1].at`; '' for the whole file.
 */
export interface ScenarioError {
  file: string;
  line: number;
  column: number;
  path: string;
  expected: string;
  found: string;
  hint?: string;
}

/** Either a fully normalised scenario or every problem found in the file. */
export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };
