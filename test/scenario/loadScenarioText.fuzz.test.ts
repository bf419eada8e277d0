import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/index.js';

const scenariosDir = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
const examples = readdirSync(scenariosDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(scenariosDir, f), 'utf8'));

/** A small fixed-seed generator (mulberry32), so failures reproduce. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['-', ':', ' ', '\n', '{', '}', '[', ']', '0', '-1', 'x', '%', '/s', 'ms', '#', '"', '&a', '*a', '\t', '1e9', '.inf'];

function mutate(text: string, random: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * out.length);
    const cut = Math.floor(random() * 6);
    const piece = PIECES[Math.floor(random() * PIECES.length)];
    out = out.slice(0, at) + (random() < 0.7 ? piece : '') + out.slice(at + cut);
  }
  return out;
}

describe('loadScenarioText on damaged example files', () => {
  it('never throws and always returns positioned errors or a scenario', () => {
    const random = generator(20240601);
    for (let i = 0; i < 800; i++) {
      const text = mutate(examples[i % examples.length], random);
      let result: ReturnType<typeof loadScenarioText> | undefined;
      expect(() => (result = loadScenarioText(text, 'fuzz.yaml')), text).not.toThrow();
      if (result && !result.ok) {
        expect(result.errors.length, text).toBeGreaterThan(0);
        const lines = text.split('\n').length;
        for (const e of result.errors) {
          expect(e.line, text).toBeGreaterThanOrEqual(1);
          expect(e.line, text).toBeLessThanOrEqual(lines + 1);
          expect(e.column, text).toBeGreaterThanOrEqual(1);
          expect(e.expected.length, text).toBeGreaterThan(0);
        }
      }
    }
  });
});
