import { parse } from 'yaml';
import { type FieldPath, valueAt } from './errors/Problem.js';
import { describeValue } from './errors/describeValue.js';

/** Where a problem inside an override is reported: a flag (`--set a=b`) or a place in another file (a sweep file). */
export interface OverrideOrigin {
  /** A flag as the user typed it, or a file name. */
  file: string;
  /** 1-based; 0 for a flag, which has no lines. */
  line: number;
  column: number;
  /** The field as the user named it there (e.g. `vary.cluster.tier[2]`); the scenario path when left out. */
  path?: string;
}

/**
 * A change to the raw scenario document, made after parsing and before validation, so a
 * bad value gets the same located, "did you mean" error as one written in the file —
 * reported at `origin`. `set` puts `value` at `path` (creating maps on the way); `append`
 * adds the elements of the list `value` to the list at `path` (created when missing).
 */
export interface RawOverride {
  path: FieldPath;
  value: unknown;
  mode: 'set' | 'append';
  /** Where a problem at `path` + `sub` comes from; `sub` is relative to the override (for `append`, its index counts from the first appended element). */
  origin(sub: FieldPath): OverrideOrigin;
}

/** Keys that would reach an object's prototype rather than a field. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const SEGMENT = /^(?:[A-Za-z_][\w-]*)(?:\[\d+\])*$/;

/**
 * Parses `a.b[1].c` into a field path; null when it is not one. Keys are plain names
 * (letters, digits, `_`, `-`), list indices are 0-based.
 */
export function parseFieldPath(text: string): FieldPath | null {
  const path: (string | number)[] = [];
  for (const part of text.split('.')) {
    if (!SEGMENT.test(part) || FORBIDDEN_KEYS.has(part.split('[')[0])) return null;
    const [key, ...indices] = part.split('[');
    path.push(key);
    for (const index of indices) path.push(Number(index.slice(0, -1)));
  }
  return path;
}

/**
 * `--set path=value`: the value is YAML, as it would be written in the file after
 * `key: ` (`40/s`, `Pro48`, `0.5`, `[a, b]`, `{ p95: 1s }`). Returns the override, or a
 * message naming the flag, the expected form and what was found.
 */
export function parseSetFlag(text: string, flag = '--set'): RawOverride | string {
  const eq = text.indexOf('=');
  const label = `${flag} ${text}`;
  if (eq <= 0) return `${flag}: expected path=value (e.g. cluster.tier=Pro48), found "${text}"`;
  const path = parseFieldPath(text.slice(0, eq).trim());
  if (path === null) return `${flag}: expected a field path such as cluster.tier or traffic.sessions.rate before "=", found "${text.slice(0, eq)}"`;
  let value: unknown;
  try {
    value = parse(text.slice(eq + 1), { maxAliasCount: 0, uniqueKeys: true });
  } catch (e) {
    return `${label}: expected a YAML value after "=", found a syntax error: ${(e as Error).message.split('\n')[0]}`;
  }
  if (value === undefined) value = null;
  return { path, value, mode: 'set', origin: () => ({ file: label, line: 0, column: 0 }) };
}

/** An override set by a command-line flag of its own (`--seed 7`, `--duration 30m`). */
export function flagOverride(flag: string, path: FieldPath, value: unknown): RawOverride {
  return { path, value, mode: 'set', origin: () => ({ file: `${flag} ${String(value)}`, line: 0, column: 0 }) };
}

function isMapLike(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** An override whose path runs through a value that cannot hold it. */
export interface OverrideMismatch {
  override: RawOverride;
  expected: string;
  found: string;
}

/** An override as applied: which problems it answers for. */
export interface AppliedOverride {
  override: RawOverride;
  /** For `append`: how many elements the list held before. */
  base: number;
}

/**
 * The raw document with `overrides` applied in order (the input is not changed: every
 * container on an override's path is copied). Returns a message when a path runs
 * through a value that is not a map or list, or indexes past a list's end.
 */
export function applyRawOverrides(
  raw: Record<string, unknown>,
  overrides: readonly RawOverride[],
): { raw: Record<string, unknown>; applied: AppliedOverride[] } | OverrideMismatch {
  let root: unknown = raw;
  const applied: AppliedOverride[] = [];
  for (const o of overrides) {
    const before = o.mode === 'append' ? valueAt(root, o.path) : undefined;
    const next = applyOne(root, o, 0);
    if ('expected' in next) return { override: o, ...next };
    root = next.value;
    applied.push({ override: o, base: Array.isArray(before) ? before.length : 0 });
  }
  return { raw: root as Record<string, unknown>, applied };
}

/**
 * The override a problem at `path` (depending on `related`) comes from, with the
 * problem's place relative to it; the last one wins, as it was applied last. A problem
 * about a field that holds an override's field (a sum over a map one value of which was
 * set) is the override's too.
 */
export function overrideOf(applied: readonly AppliedOverride[], path: FieldPath, related: readonly FieldPath[] = []): { override: RawOverride; sub: FieldPath } | null {
  for (let i = applied.length - 1; i >= 0; i--) {
    const { override: o, base } = applied[i];
    const n = o.path.length;
    const prefix = path.length >= n && o.path.every((s, j) => path[j] === s);
    if (o.mode === 'append') {
      if (!prefix) continue;
      if (path.length === n) return { override: o, sub: [] };
      const index = path[n];
      if (typeof index === 'number' && index >= base) return { override: o, sub: [index - base, ...path.slice(n + 1)] };
      continue;
    }
    if (prefix) return { override: o, sub: path.slice(n) };
    const holds = path.every((s, j) => o.path[j] === s);
    if (holds || related.some((r) => r.length <= n ? r.every((s, j) => o.path[j] === s) : o.path.every((s, j) => r[j] === s))) return { override: o, sub: [] };
  }
  return null;
}

type Step = { value: unknown } | { expected: string; found: string };

function applyOne(node: unknown, o: RawOverride, depth: number): Step {
  if (depth === o.path.length) {
    if (o.mode === 'set') return { value: o.value };
    if (node === undefined || node === null) return { value: [...(o.value as unknown[])] };
    if (!Array.isArray(node)) return { expected: `a list at ${pathText(o.path)} to add to`, found: describeValue(node) };
    return { value: [...node, ...(o.value as unknown[])] };
  }
  const segment = o.path[depth];
  if (typeof segment === 'number') {
    if (!Array.isArray(node) || segment > node.length - (o.mode === 'set' && depth === o.path.length - 1 ? 0 : 1)) {
      return { expected: `a list with an element ${segment} at ${pathText(o.path.slice(0, depth))}`, found: describeValue(node) };
    }
    const copy = [...node];
    const child = applyOne(copy[segment], o, depth + 1);
    if ('expected' in child) return child;
    copy[segment] = child.value;
    return { value: copy };
  }
  if (node !== undefined && node !== null && !isMapLike(node)) {
    return { expected: `a map at ${pathText(o.path.slice(0, depth)) || 'the top level'} to hold ${segment}`, found: describeValue(node) };
  }
  const copy: Record<string, unknown> = { ...(node ?? {}) };
  const child = applyOne(copy[segment], o, depth + 1);
  if ('expected' in child) return child;
  copy[segment] = child.value;
  return { value: copy };
}

function pathText(path: FieldPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
