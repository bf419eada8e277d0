import { SCENARIO_FILE, type FileKind } from './readScenarioFile.js';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { describeValue } from '../errors/describeValue.js';
import { plainYamlProblems } from './plainYamlProblems.js';
import type { ScenarioError } from '../errors/ScenarioError.js';
import { type SourceLocator, sourceLocator } from './sourceLocator.js';

export type ParsedScenarioText =
  | { ok: true; raw: Record<string, unknown>; locate: SourceLocator }
  | { ok: false; errors: ScenarioError[] };

/** Aliases a file may expand, against "billion laughs" files. */
const MAX_ALIAS_COUNT = 100;

function fileError(file: string, line: number, column: number, expected: string, found: string): ScenarioError {
  return { file, line, column, path: '', expected, found };
}

/**
 * Parses scenario text (YAML; JSON is YAML too) into plain data and a locator from field
 * paths to positions. Syntax errors, tags, keys that are not plain names, an empty file
 * and a top level that is not a map are errors, each with its own position.
 */
export function parseScenarioText(text: string, fileName: string, kind: FileKind = SCENARIO_FILE): ParsedScenarioText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => {
      const { line, col } = lineCounter.linePos(e.pos[0]);
      const message =
        e.code === 'MULTIPLE_DOCS'
          ? `more than one document (a second \`---\`); a ${kind.name} holds one`
          : e.message.charAt(0).toLowerCase() + e.message.slice(1);
      return fileError(fileName, line, col, 'valid YAML', `a syntax error: ${message}`);
    });
    return { ok: false, errors };
  }
  const plain = plainYamlProblems(doc, lineCounter, fileName);
  if (plain.length > 0) return { ok: false, errors: plain };
  const locate = sourceLocator(doc, lineCounter);
  if (doc.contents === null) {
    return { ok: false, errors: [fileError(fileName, 1, 1, kind.content, 'an empty file')] };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const { line, column } = locate([]);
    return { ok: false, errors: [fileError(fileName, line, column, 'YAML within limits', String((e as Error).message))] };
  }
  if (!isMap(doc.contents)) {
    const { line, column } = locate([]);
    return { ok: false, errors: [fileError(fileName, line, column, `a map of ${kind.name === 'scenario file' ? 'scenario fields' : 'settings'} at the top level`, describeValue(raw))] };
  }
  return { ok: true, raw: raw as Record<string, unknown>, locate };
}
