import type { ScenarioError } from './ScenarioError.js';

/** `file:line:column: path: expected …, found … (hint)`; the path is left out for whole-file errors. */
export function formatScenarioError(e: ScenarioError): string {
  const path = e.path === '' ? '' : `${e.path}: `;
  const hint = e.hint === undefined ? '' : ` (${e.hint})`;
  return `${e.file}:${e.line}:${e.column}: ${path}expected ${e.expected}, found ${e.found}${hint}`;
}
