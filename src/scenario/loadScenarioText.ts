/**
 * The scenario pipeline on text: parse → schema → names (classes/) → normalise →
 * cross-field rules. Every
 * problem is collected; nothing throws on bad input.
 */
import { checkScenarioRules } from './validate/scenarioRules.js';
import { classNameProblems } from './classes/classNameProblems.js';
import { normaliseScenario } from './normalise/normaliseScenario.js';
import { parseScenarioText } from './read/parseScenarioText.js';
import { formatPath, type Problem, pathsOverlap } from './errors/Problem.js';
import { repairRawScenario } from './validate/repairRawScenario.js';
import type { Scenario } from './Scenario.js';
import type { ScenarioError, ScenarioResult } from './errors/ScenarioError.js';
import type { SourceLocator } from './read/sourceLocator.js';
import { validateRawScenario } from './validate/validateRawScenario.js';
import { type AppliedOverride, applyRawOverrides, overrideOf, type OverrideMismatch, type RawOverride } from './overrides.js';
import { dropEventsPastDuration } from './normalise/dropEventsPastDuration.js';

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
      // A name problem stops here even when an earlier one covers it (a repaired phpCpu):
      // the scenario cannot be normalised without its classes.
      const naming = classNameProblems(value);
      if (naming.length > 0) return { problems: [...problems, ...naming.filter((p) => isNew(p, problems))] };
      const scenario = normaliseScenario(value, source);
      problems.push(...checkScenarioRules(scenario, value).filter((p) => isNew(p, problems)));
      return problems.length === 0 ? { problems, scenario } : { problems };
    }
    current = repairRawScenario(current, found);
  }
  return { problems };
}

function toError(problem: Problem, file: string, locate: SourceLocator, applied: readonly AppliedOverride[]): ScenarioError {
  const from = overrideOf(applied, problem.path, problem.related);
  const origin = from === null ? undefined : from.override.origin(from.sub);
  const { line, column } = origin ?? locate(problem.path, problem.pointAt);
  const error: ScenarioError = {
    file: origin?.file ?? file,
    line,
    column,
    path: origin?.path ?? formatPath(problem.path),
    expected: problem.expected,
    found: problem.found,
  };
  if (problem.hint !== undefined) error.hint = problem.hint;
  return error;
}

function mismatch(m: OverrideMismatch): ScenarioResult {
  const at = m.override.origin([]);
  return { ok: false, errors: [{ file: at.file, line: at.line, column: at.column, path: at.path ?? formatPath(m.override.path), expected: m.expected, found: m.found }] };
}

/**
 * Loads a scenario from its text; `fileName` names it in messages and becomes
 * `scenario.source`. `overrides` change the parsed document before it is validated
 * (`--set`, `--seed`, `--duration`, a sweep's cells): a problem they cause is reported
 * where they came from. A `duration` override that ends the run before some of the
 * file's timeline events leaves those out, with a warning.
 */
export function loadScenarioText(text: string, fileName: string, overrides: readonly RawOverride[] = []): ScenarioResult {
  const parsed = parseScenarioText(text, fileName);
  if (!parsed.ok) return parsed;
  const sets = overrides.filter((o) => o.mode === 'set');
  const afterSets = applyRawOverrides(parsed.raw, sets);
  if ('expected' in afterSets) return mismatch(afterSets);
  const durationSet = sets.filter((o) => o.path.length === 1 && o.path[0] === 'duration').pop();
  const cut = durationSet === undefined ? { raw: afterSets.raw, warnings: [] } : dropEventsPastDuration(afterSets.raw, durationSet.origin([]).file);
  const afterAppends = applyRawOverrides(cut.raw, overrides.filter((o) => o.mode === 'append'));
  if ('expected' in afterAppends) return mismatch(afterAppends);
  const applied = [...afterSets.applied, ...afterAppends.applied];
  const { problems, scenario } = collectProblems(afterAppends.raw, fileName);
  if (scenario !== undefined) return { ok: true, scenario, warnings: cut.warnings };
  const errors = problems.map((p) => toError(p, fileName, parsed.locate, applied));
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, errors };
}
