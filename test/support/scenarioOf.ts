import { formatScenarioError, loadScenarioText, type Scenario } from '../../src/scenario/index.js';

/** The scenario a test's text gives; its formatted errors thrown when it gives none. */
export function scenarioOf(text: string, fileName = 'test.yaml'): Scenario {
  const r = loadScenarioText(text, fileName);
  if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join('\n'));
  return r.scenario;
}
