import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globMatch } from '../../../src/scenario/compare/CompareConfig.js';
import { DEFAULT_COMPARE_RULES } from '../../../src/scenario/compare/defaultCompareRules.js';
import { compareConfigJsonSchema } from '../../../src/scenario/compare/compareConfigSchema.js';
import { loadCompareConfig } from '../../../src/scenario/compare/loadCompareConfig.js';

function file(text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), 'magesim-cmpcfg-')), 'compare.yaml');
  writeFileSync(f, text);
  return f;
}

describe('compare.yaml', () => {
  it('its JSON Schema matches the committed docs/compare.schema.json (update with `npx vitest run -u`)', async () => {
    await expect(`${JSON.stringify(compareConfigJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../../../docs/compare.schema.json');
  });

  it('reads rules in order, then the defaults; percentages become fractions', () => {
    const r = loadCompareConfig(file('confidence: 90%\nrules:\n  - { metric: p95_ms, class: checkout, better: lower, allow: 10% }\n  - { metric: error_rate, class: all, gate: "< 0.1%" }\n'));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.config.confidence).toBeCloseTo(0.9, 12);
    expect(r.config.rules[0]).toMatchObject({ metric: 'p95_ms', kind: 'class', row: 'checkout', better: 'lower', allow: { relative: true, value: 0.1 } });
    expect(r.config.rules[0].source).toMatch(/compare\.yaml:3$/);
    expect(r.config.rules[1].gate).toEqual({ op: '<', limit: 0.001, text: '< 0.1%' });
    expect(r.config.rules.slice(2)).toEqual(DEFAULT_COMPARE_RULES);
    const alone = loadCompareConfig(file('defaults: false\nrules: [ { metric: "*_ms", better: lower } ]\n'));
    expect(alone.ok && alone.config.rules).toHaveLength(1);
  });

  it('bad rules get file, line, field, what was expected and what was found', () => {
    const r = loadCompareConfig(file('rules:\n  - { metric: p95_ms, better: worse }\n  - { metric: p95_ms, class: all, resource: cpu.node1, better: lower }\n  - { metric: p95_ms, gate: "about 3" }\n  - { metric: p95_ms }\nconfidence: 100%\nextra: 1\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const said = r.errors.map((e) => `${e.line} ${e.path}: expected ${e.expected}, found ${e.found}`);
    expect(said).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2 rules\[0\]\.better: expected lower, higher or none/),
        expect.stringMatching(/^4 rules\[2\]\.gate: expected a threshold such as "< 0\.1%" or "<= 800"/),
        expect.stringMatching(/^7 extra: /),
      ]),
    );
  });

  it('rule checks beyond the schema: both class and resource, a rule that does nothing, a bad confidence', () => {
    const r = loadCompareConfig(file('confidence: 100%\nrules:\n  - { metric: p95_ms, class: all, resource: cpu.node1, better: lower }\n  - { metric: p95_ms }\n  - { metric: p95_ms, allow: 5% }\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const said = r.errors.map((e) => `${e.line} ${e.path}: expected ${e.expected}`);
    expect(said).toEqual([
      expect.stringMatching(/^3 rules\[0\]: expected class or resource, not both/),
      expect.stringMatching(/^4 rules\[1\]: expected better, gate or both/),
      expect.stringMatching(/^5 rules\[2\]: expected better, gate or both/),
      expect.stringMatching(/^5 rules\[2\]\.allow: expected allow with better: lower or higher/),
      expect.stringMatching(/^1 confidence: expected a confidence from 50% to below 100%/),
    ]);
  });

  it('patterns: * any text, ? one character, the rest literal', () => {
    expect(globMatch('*_ms', 'origin_p95_ms')).toBe(true);
    expect(globMatch('php-fpm.node?', 'php-fpm.node3')).toBe(true);
    expect(globMatch('cpu.node1', 'cpuXnode1')).toBe(false);
  });
});
