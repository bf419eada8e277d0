/**
 * A copy of parsed data with every field that has a problem removed, so that the
 * defaults take its place and the cross-field rules can still look at the rest of the
 * file. Used only to find more problems, never to produce a scenario.
 */
import { type FieldPath, type Problem, valueAt } from '../errors/Problem.js';

/** Stand-ins for required top-level fields, which have no default to fall back to. */
const REQUIRED_STAND_INS: Record<string, unknown> = { name: 'unnamed' };

type Container = Record<string, unknown>;

function remove(data: unknown, path: FieldPath): void {
  const parent = valueAt(data, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object') delete (parent as Container)[path[path.length - 1]];
}

/** Returns the repaired copy, or undefined when a problem cannot be removed. */
export function repairRawScenario(raw: unknown, problems: readonly Problem[]): unknown {
  const copy = structuredClone(raw) as Container;
  for (const problem of problems) {
    // A problem inside a list removes the whole list: indices of later problems stay valid.
    const listAt = problem.path.findIndex((segment) => typeof segment === 'number');
    const field = listAt === -1 ? problem.path : problem.path.slice(0, listAt);
    const missing = valueAt(raw, field) === undefined;
    const target = missing ? field.slice(0, -1) : field;
    if (target.length === 0) {
      const key = String(field[0]);
      if (!(key in REQUIRED_STAND_INS)) return undefined;
      copy[key] = REQUIRED_STAND_INS[key];
    } else {
      remove(copy, target);
    }
  }
  return copy;
}
