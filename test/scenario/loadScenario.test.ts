import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScenarioError, loadScenario } from '../../src/scenario/index.js';

describe('loadScenario', () => {
  const dir = mkdtempSync(join(tmpdir(), 'magesim-scenario-'));

  it('reads a file and records it as the source', () => {
    const path = join(dir, 'ok.yaml');
    writeFileSync(path, 'name: ok\ntraffic: { sessions: { rate: 3/s } }\n');
    const result = loadScenario(path);
    expect(result.ok && [result.scenario.source, result.scenario.traffic.ratePerS]).toEqual([path, 3]);
  });

  it('reads JSON, which is YAML', () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, '{ "name": "json", "duration": "20m", "cluster": { "tier": "Pro96" } }');
    const result = loadScenario(path);
    expect(result.ok && [result.scenario.durationS, result.scenario.cluster.tier.vcpuPerNode]).toEqual([1200, 32]);
  });

  it('names the file in every error', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, '{\n  "name": "bad",\n  "seed": -1\n}\n');
    const result = loadScenario(path);
    expect(result.ok ? [] : result.errors.map(formatScenarioError)).toEqual([
      `${path}:3:11: seed: expected a whole number ≥ 0, found -1`,
    ]);
  });

  it('returns an error for a missing file instead of throwing', () => {
    const path = join(dir, 'missing.yaml');
    expect(loadScenario(path)).toEqual({
      ok: false,
      errors: [{ file: path, line: 1, column: 1, path: '', expected: 'a readable scenario file', found: 'no such file' }],
    });
  });

  it('returns an error for a directory instead of throwing', () => {
    const result = loadScenario(dir);
    expect(result.ok ? '' : result.errors[0].found).toBe('a directory');
  });
});
