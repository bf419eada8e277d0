import type { RawOverride } from './overrides.js';
import { loadScenarioText } from './loadScenarioText.js';
import { readScenarioFile } from './read/readScenarioFile.js';
import type { ScenarioResult } from './errors/ScenarioError.js';

/** Reads, parses, validates and normalises a scenario file, with `overrides` applied before validation. Never throws on bad input. */
export function loadScenario(path: string, overrides: readonly RawOverride[] = []): ScenarioResult {
  const read = readScenarioFile(path);
  return read.ok ? loadScenarioText(read.text, path, overrides) : read;
}
