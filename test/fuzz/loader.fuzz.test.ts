import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/index.js';
import { fuzzParameters } from './fuzzRuns.js';
import { expectScenarioContract } from './scenarioContract.js';
import { BASE_LINES, ODD_KEYS, REFUSED_TAGS, scenarioDocument } from './scenarioDocuments.js';

/** A line of a bundled scenario picked by `pick` among those `accepts` takes, and its index. */
function lineOf(base: number, pick: number, accepts: (line: string) => boolean): { lines: string[]; at: number } | undefined {
  const lines = [...BASE_LINES[base % BASE_LINES.length]];
  const candidates = lines.flatMap((line, i) => (accepts(line) ? [i] : []));
  return candidates.length === 0 ? undefined : { lines, at: candidates[pick % candidates.length] };
}

/** The errors of a file that must be refused, with one at line `line` (1-based). */
function expectRefusedAt(text: string, line: number): void {
  const result = loadScenarioText(text, 'fuzz.yaml');
  expectScenarioContract(result, text, 'fuzz.yaml');
  if (result.ok) throw new Error(`accepted:\n${text}`);
  expect(result.errors.map((e) => e.line), text).toContain(line);
}

describe('loadScenarioText on generated scenario documents', () => {
  it('never throws, and gives a finite scenario that fits or located, printable errors', () => {
    fc.assert(
      fc.property(scenarioDocument(), ({ text }) => {
        expectScenarioContract(loadScenarioText(text, 'fuzz.yaml'), text, 'fuzz.yaml');
      }),
      fuzzParameters(150),
    );
  });

  it('keeps the contract on valid files with numbers at the edges of doubles behind their units', () => {
    fc.assert(
      fc.property(scenarioDocument({ ops: 'edges', maxOps: 2, maxTextOps: 0 }), ({ text }) => {
        expectScenarioContract(loadScenarioText(text, 'fuzz.yaml'), text, 'fuzz.yaml');
      }),
      fuzzParameters(300),
    );
  });

  it('keeps the contract on documents that stay valid YAML (so the schema and the rules are reached)', () => {
    fc.assert(
      fc.property(scenarioDocument({ maxTextOps: 0, maxOps: 2 }), ({ text }) => {
        expectScenarioContract(loadScenarioText(text, 'fuzz.yaml'), text, 'fuzz.yaml');
      }),
      fuzzParameters(200),
    );
  });

  it('refuses a tag that makes something other than plain data, at its line', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...REFUSED_TAGS), (base, pick, tag) => {
        const found = lineOf(base, pick, (line) => /^\s*(- )?[\w$]+: \S/.test(line));
        if (found === undefined) return;
        const { lines, at } = found;
        lines[at] = lines[at].replace(': ', `: ${tag} `);
        expectRefusedAt(lines.join('\n'), at + 1);
      }),
      fuzzParameters(100),
    );
  });

  it('refuses a map key that is not a plain scalar, at its line', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...ODD_KEYS), (base, pick, key) => {
        const found = lineOf(base, pick, (line) => /^\s*[\w$]+:/.test(line));
        if (found === undefined) return;
        const { lines, at } = found;
        const indent = /^\s*/.exec(lines[at])![0];
        lines.splice(at, 0, ...key.split('\n').map((l) => indent + l));
        expectRefusedAt(lines.join('\n'), at + 1);
      }),
      fuzzParameters(100),
    );
  });

  it('keeps the contract on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectScenarioContract(loadScenarioText(text, 'fuzz.yaml'), text, 'fuzz.yaml');
      }),
      fuzzParameters(100),
    );
  });
});
