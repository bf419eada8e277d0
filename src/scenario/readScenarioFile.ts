import { readFileSync } from 'node:fs';
import type { ScenarioError } from './ScenarioError.js';

/** The text of a scenario file: the only IO of src/scenario. Never throws. */
export function readScenarioFile(path: string): { ok: true; text: string } | { ok: false; errors: ScenarioError[] } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const found = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : `an unreadable file (${code ?? String(e)})`;
    return { ok: false, errors: [{ file: path, line: 1, column: 1, path: '', expected: 'a readable scenario file', found }] };
  }
}
