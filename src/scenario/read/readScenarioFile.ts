import { readFileSync } from 'node:fs';
import type { ScenarioError } from '../errors/ScenarioError.js';

/** The kinds of file the scenario layer reads, as its messages name them. */
export interface FileKind {
  /** `scenario file`, `sweep file`, `compare configuration`. */
  name: string;
  /** What an empty file should have held. */
  content: string;
}
export const SCENARIO_FILE: FileKind = { name: 'scenario file', content: 'a scenario map with at least `name`' };
export const SWEEP_FILE: FileKind = { name: 'sweep file', content: 'a sweep map with at least `scenario`' };
export const COMPARE_FILE: FileKind = { name: 'compare configuration', content: 'a map of compare settings (rules, confidence, defaults)' };

/** The text of a file of the scenario layer (a scenario, a sweep, a compare configuration): its only IO. Never throws. */
export function readScenarioFile(path: string, kind: FileKind = SCENARIO_FILE): { ok: true; text: string } | { ok: false; errors: ScenarioError[] } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const found = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : `an unreadable file (${code ?? String(e)})`;
    return { ok: false, errors: [{ file: path, line: 1, column: 1, path: '', expected: `a readable ${kind.name}`, found }] };
  }
}
