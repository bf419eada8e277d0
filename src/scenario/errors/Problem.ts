/** A field path inside the raw scenario: map keys and list indices. */
export type FieldPath = readonly (string | number)[];

/**
 * A scenario problem before it has a position in the file. `pointAt: 'key'` marks
 * problems about a key itself (unknown keys); `related` lists other fields the problem
 * depends on, so a rule is not reported when one of them is already wrong; `aggregate`
 * marks a problem computed from the fields inside `path` (a sum), which is not reported
 * when one of those fields has a problem of its own.
 */
export interface Problem {
  path: FieldPath;
  expected: string;
  found: string;
  hint?: string;
  pointAt?: 'key' | 'value';
  related?: readonly FieldPath[];
  aggregate?: boolean;
}

/** `traffic.sessions.profile[1].at` */
export function formatPath(path: FieldPath): string {
  let text = '';
  for (const segment of path) {
    text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  }
  return text;
}

/** Whether one path is the other or lies inside it. */
export function pathsOverlap(a: FieldPath, b: FieldPath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The value at `path` inside plain parsed data, or undefined. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
