/**
 * What every answer of the scenario loader must be, whatever the file: a scenario whose
 * every number is finite and whose run fits, or errors each located at a line and column
 * of the file, on one line that is safe for a terminal.
 */
import { expect } from 'vitest';
import { formatScenarioError, type ScenarioResult } from '../../src/scenario/index.js';
import { runSizeProblem } from '../../src/scenario/validate/runFitsRule.js';

/** Characters a terminal acts on or reorders: no message may carry them raw. */
export const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

/** The path of the first number in `value` that is not finite, or undefined. */
export function firstNonFinite(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path || '(top)';
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = firstNonFinite(child, `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Longest message line the loader may print for one problem, in characters. */
const MAX_MESSAGE_CHARS = 1500;

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Checks `result` of loading `text` as `file` against the contract. */
export function expectScenarioContract(result: ScenarioResult, text: string, file: string): void {
  if (result.ok) {
    expect(firstNonFinite(result.scenario), 'a number of the normalised scenario is not finite').toBeUndefined();
    expect(runSizeProblem(result.scenario)).toBeNull();
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  const lines = text.split(/\r\n|\r|\n/).length;
  const located = new RegExp(`^${escapeRe(file)}:(\\d+):(\\d+): `);
  for (const error of result.errors) {
    const message = formatScenarioError(error);
    const m = located.exec(message);
    expect(m, message).not.toBeNull();
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lines + 1);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(error.expected.length).toBeGreaterThan(0);
    expect(message).not.toMatch(UNSAFE_FOR_TERMINAL);
    expect(message.length).toBeLessThan(MAX_MESSAGE_CHARS);
  }
}
