import type { ScenarioError } from './ScenarioError.js';
import { terminalSafe } from './terminalSafe.js';
import { MAX_ECHO_CHARS } from './describeValue.js';

/**
 * `file:line:column: path: expected …, found … (hint)`; the path is left out for
 * whole-file errors. Every part that can carry the file's text is made terminal-safe:
 * one message is one line, whatever the file holds.
 */
export function formatScenarioError(e: ScenarioError): string {
  const path = e.path === '' ? '' : `${terminalSafe(e.path, 2 * MAX_ECHO_CHARS)}: `;
  const hint = e.hint === undefined ? '' : ` (${terminalSafe(e.hint, 2 * MAX_ECHO_CHARS)})`;
  const where = e.line === 0 ? terminalSafe(e.file) : `${terminalSafe(e.file)}:${e.line}:${e.column}`;
  return `${where}: ${path}expected ${terminalSafe(e.expected)}, found ${terminalSafe(e.found, 2 * MAX_ECHO_CHARS)}${hint}`;
}
