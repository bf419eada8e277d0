import { expect } from 'vitest';
import { formatScenarioError, loadScenarioText, type ScenarioError } from '../../src/scenario/index.js';

/** One malformed file and the single error it must give. */
export interface ErrorCase {
  title: string;
  lines: string[];
  path: string;
  line: number;
  column: number;
  /** Phrases the formatted message must contain. */
  words: string[];
  /** The hint, when there must be one; null when there must be none. */
  hint?: string | null;
}

export function errorsOf(text: string): ScenarioError[] {
  const result = loadScenarioText(text, 'bad.yaml');
  if (result.ok) throw new Error(`expected errors, got a scenario from:\n${text}`);
  return result.errors;
}

/** Loads the case's file and checks it gives exactly its one error. */
export function expectErrorCase({ lines, path, line, column, words, hint }: ErrorCase): void {
  const errors = errorsOf(lines.join('\n') + '\n');
  expect(errors.map(formatScenarioError)).toHaveLength(1);
  const [error] = errors;
  expect({ file: error.file, path: error.path, line: error.line, column: error.column }).toEqual({
    file: 'bad.yaml',
    path,
    line,
    column,
  });
  const message = formatScenarioError(error);
  for (const word of words) expect(message).toContain(word);
  if (hint === null) expect(error.hint).toBeUndefined();
  else if (hint !== undefined) expect(error.hint).toBe(hint);
}
