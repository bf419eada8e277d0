/**
 * Checks parsed data against the raw scenario schema and turns every zod issue into a
 * Problem: the field path, what was expected, what was found, and a hint.
 */
import type { z } from 'zod';
import { describeValue } from '../errors/describeValue.js';
import { didYouMean } from '../errors/didYouMean.js';
import { knownKeysAt } from '../schema/knownKeysAt.js';
import { type FieldPath, type Problem, valueAt } from '../errors/Problem.js';
import { type RawScenario, rawScenarioSchema } from '../schema/rawScenarioSchema.js';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const REQUIRED_HINT = 'this field is required';

const TYPE_NAMES: Record<string, string> = { object: 'a map', array: 'a list', string: 'a string', number: 'a number' };

/** Messages for the few issues whose schema carries no message of its own. */
function fallbackMessage(issue: RawIssue): string {
  if (issue.code === 'invalid_type') return TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`;
  if (issue.code === 'invalid_value') return `one of ${issue.values.map(String).join(', ')}`;
  return 'a valid value';
}

/** Whether an alternative of a union failed on the value's type or form itself, not inside it. */
function failsAtRoot(issue: Issue): boolean {
  return issue.path.length === 0 && issue.code !== 'unrecognized_keys' && issue.code !== 'custom';
}

/** Words an enum-like field accepts, for "did you mean". */
function acceptedWords(issue: Issue): string[] {
  if (issue.code === 'invalid_value') return issue.values.filter((v): v is string => typeof v === 'string');
  if (issue.code !== 'invalid_union') return [];
  const options = 'options' in issue ? (issue.options ?? []) : [];
  const own = options.filter((v): v is string => typeof v === 'string');
  return [...own, ...issue.errors.flat().filter((e) => e.path.length === 0).flatMap(acceptedWords)];
}

function wordHint(input: unknown, issue: Issue): string | undefined {
  return typeof input === 'string' ? didYouMean(input, acceptedWords(issue)) : undefined;
}

function problemsOf(schema: z.ZodType, issue: Issue, base: FieldPath, raw: unknown): Problem[] {
  const path: FieldPath = [...base, ...(issue.path as (string | number)[])];
  const input = valueAt(raw, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path, raw).filter((k) => k !== '$schema');
      return issue.keys.map((key) => ({
        path: [...path, key],
        expected: `a known key (${known.join(', ')})`,
        found: key === '' ? 'an empty key' : `\`${key}\``,
        hint: didYouMean(key, known),
        pointAt: 'key',
      }));
    }
    case 'invalid_union': {
      const matching = issue.errors.filter((errors) => errors.length > 0 && !errors.some(failsAtRoot));
      if (matching.length === 1) return matching[0].flatMap((e) => problemsOf(schema, e, path, raw));
      const hint = input === undefined ? REQUIRED_HINT : wordHint(input, issue);
      return [{ path, expected: issue.message, found: describeValue(input), hint }];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { found?: string; hint?: string; aggregate?: boolean };
      const problem: Problem = { path, expected: issue.message, found: params.found ?? describeValue(input), hint: params.hint };
      return [params.aggregate ? { ...problem, aggregate: true } : problem];
    }
    default: {
      const hint = input === undefined ? REQUIRED_HINT : wordHint(input, issue);
      return [{ path, expected: issue.message, found: describeValue(input), hint }];
    }
  }
}

/** One pass of the scenario schema over `raw`: its problems, and the typed value when there are none. */
export function validateRawScenario(raw: unknown): { problems: Problem[]; value: RawScenario | undefined } {
  return validateRaw(rawScenarioSchema, raw);
}

/** One pass of a file format's schema over `raw` (a scenario, a sweep): its problems, and the typed value when there are none. */
export function validateRaw<T>(schema: z.ZodType<T>, raw: unknown): { problems: Problem[]; value: T | undefined } {
  const result = schema.safeParse(raw, { error: fallbackMessage });
  if (result.success) return { problems: [], value: result.data };
  const problems = result.error.issues.flatMap((issue) => problemsOf(schema, issue, [], raw));
  const kept = problems.filter((p) => !(p.aggregate && problems.some((q) => isInside(q.path, p.path))));
  return { problems: kept.map(dropEmptyHint), value: undefined };
}

function isInside(path: FieldPath, container: FieldPath): boolean {
  return path.length > container.length && container.every((segment, i) => path[i] === segment);
}

function dropEmptyHint(problem: Problem): Problem {
  if (problem.hint !== undefined) return problem;
  const { hint: _, ...rest } = problem;
  return rest;
}
