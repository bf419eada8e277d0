import type { Problem } from '../errors/Problem.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { Scenario } from '../Scenario.js';

/**
 * A cross-field check: it looks at the normalised scenario and blames the field the
 * user wrote (the raw scenario says which fields were given).
 */
export interface ScenarioRule {
  name: string;
  check(scenario: Scenario, raw: RawScenario): Problem[];
}
