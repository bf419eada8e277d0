import { terminalSafe } from './terminalSafe.js';

/** Longest echo of a value in a message, in characters. */
export const MAX_ECHO_CHARS = 80;

/** How a value read from a scenario file reads in an error message ("found …"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `\`${terminalSafe(value, MAX_ECHO_CHARS)}\``;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `\`${String(value)}\``;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a map';
  return typeof value;
}

/** A field's value as written in the file (`` `30m` ``), or `fallback, the default` when it was left out. */
export function describeWritten(value: unknown, fallback: string): string {
  return value === undefined ? `${fallback}, the default` : `\`${terminalSafe(String(value), MAX_ECHO_CHARS)}\``;
}
