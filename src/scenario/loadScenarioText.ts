/**
 * The scenario pipeline on text: parse → schema → normalise → cross-field rules. Every
 * problem is collected; nothing throws on bad input.
 */
import { checkScenarioRules } from './scenarioRules.js';
import { normaliseScenario } from './normaliseScenario.js';
import { parseScenarioText } from './parseScenarioText.js';
import { formatPath, type Problem, pathsOverlap } from './Problem.js';
import { repairRawScenario } from './repairRawScenario.js';
import type { Scenario } from './Scenario.js';
import type { ScenarioError, ScenarioResult } from './ScenarioError.js';
import type { SourceLocator } from './sourceLocator.js';
import { validateRawScenario } from './validateRawScenario.js';

/**
 * Schema passes over ever more repaired copies: each pass can reveal problems the
 * previous one hid (a map's own checks run only once its fields have the right types).
 */
const MAX_PASSES = 4;

function isNew(problem: Problem, known: readonly Problem[]): boolean {
  return !known.some(
    (k) => pathsOverlap(k.path, problem.path) || (problem.related ?? []).some((r) => pathsOverlap(k.path, r)),
  );
}

/** Every problem in `raw`, and the scenario when there are none. */
function collectProblems(raw: unknown, source: string): { problems: Problem[]; scenario?: Scenario } {
  const problems: Problem[] = [];
  let current = raw;
  for (let pass = 0; pass < MAX_PASSES && current !== undefined; pass++) {
    const earlier = problems.slice();
    const { problems: found, value } = validateRawScenario(current);
    problems.push(...found.filter((p) => isNew(p, earlier)));
    if (value !== undefined) {
      const scenario = normaliseScenario(value, source);
      problems.push(...checkScenarioRules(scenario, value).filter((p) => isNew(p, problems)));
      return problems.length === 0 ? { problems, scenario } : { problems };
    }
    current = repairRawScenario(current, found);
  }
  return { problems };
}

function toError(problem: Problem, file: string, locate: SourceLocator): ScenarioError {
  const { line, column } = locate(problem.path, problem.pointAt);
  const error: ScenarioError = {
    file,
    line,
    column,
    path: formatPath(problem.path),
    expected: problem.expected,
    found: problem.found,
  };
  if (problem.hint !== undefined) error.hint = problem.hint;
  return error;
}

/** Loads a scenario from its text; `fileName` names it in messages and becomes `scenario.source`. */
export function loadScenarioText(text: string, fileName: string): ScenarioResult {
  const parsed = parseScenarioText(text, fileName);
  if (!parsed.ok) return parsed;
  const { problems, scenario } = collectProblems(parsed.raw, fileName);
  if (scenario !== undefined) return { ok: true, scenario };
  const errors = problems.map((p) => toError(p, fileName, parsed.locate));
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, errors };
}
