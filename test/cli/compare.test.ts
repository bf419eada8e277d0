import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'junit2json';
import { chartsOf } from '../support/charts.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { magesimInProcess as magesim } from '../support/inProcess.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const mmc = join(root, 'test/run/sweep/mmc.yaml');

let tmp: string;
const run = async (name: string, ...extra: string[]): Promise<string> => {
  const r = await magesim('run', mmc, '--duration', '10m', '--set', 'warmup=1m', '-r', '3', '-q', '--no-timing', '--out', join(tmp, name), ...extra);
  expect(r.code, r.stderr).toBe(0);
  return join(tmp, name);
};

let base: string;
let again: string;
let slower: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'magesim-compare-'));
  base = await run('base');
  again = await run('again');
  slower = await run('slower', '--set', 'classes.product.phpCpu.mean=130ms');
});

describe('magesim compare', () => {
  it('a run against a rerun of itself: exit 0, and compare.json, compare.md and junit.xml say so', async () => {
    const out = join(tmp, 'same');
    const r = await magesim('compare', base, again, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ok: 0 regressed, 0 improved, 0 inconclusive, \d+ unchanged of \d+ judged figures/m);
    const json = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(json).toMatchObject({ format: 'magesim-compare', outcome: 'pass', differences: [] });
    expect(readFileSync(join(out, 'compare.md'), 'utf8')).toMatch(/^## magesim compare: no regression/);
    const junit = await parse(readFileSync(join(out, 'junit.xml'), 'utf8'));
    expect(junit).toMatchObject({ failures: 0 });
  });

  it('PHP CPU +30 %: not comparable without --allow-different (exit 4, the field named); with it, exit 1 and every regression named', async () => {
    const refused = await magesim('compare', base, slower, '--out', join(tmp, 'refused'));
    expect(refused.code).toBe(4);
    expect(refused.stdout).toContain('differs: scenario: classes.product.phpCpu.meanS: 0.1 → 0.13');
    const junitRefused = await parse(readFileSync(join(tmp, 'refused', 'junit.xml'), 'utf8'));
    expect(junitRefused).toMatchObject({ failures: 1 });

    const out = join(tmp, 'slower-vs-base');
    const r = await magesim('compare', base, slower, '--out', out, '--allow-different');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/p95_ms of product .* regressed/);
    expect(r.stdout).toMatch(/p95_ms of all .* regressed/);
    const json = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(json.outcome).toBe('fail');
    const regressed = (json.result.metrics as { verdict: string; figure: string; row: string }[]).filter((m) => m.verdict === 'regressed').map((m) => `${m.figure} of ${m.row}`);
    expect(regressed).toEqual(expect.arrayContaining(['p95_ms of product', 'p95_ms of all']));
    const md = readFileSync(join(out, 'compare.md'), 'utf8');
    expect(md).toMatch(new RegExp(`^## magesim compare: ${regressed.length} regressions`));
    expect(md).toContain('| p95_ms of product |');
    const junit = (await parse(readFileSync(join(out, 'junit.xml'), 'utf8'))) as { failures: number; testsuite: { testcase: { name: string; failure?: { message: string }[] }[] }[] };
    expect(junit.failures).toBe(regressed.length);
    const failed = junit.testsuite[0].testcase.filter((c) => c.failure !== undefined).map((c) => c.name);
    expect(failed).toEqual(expect.arrayContaining([expect.stringMatching(/^p95_ms of product \(lower is better, 5\.0 % worse allowed\)$/)]));

    // report.html: the verdict first, baseline and current overlaid, every figure coloured by its verdict.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain(`<strong>${regressed.length} regressions`);
    expect(html.indexOf('id="verdict"')).toBeLessThan(html.indexOf('class="chart"'));
    expect(chartsOf(html).map((c) => [c.id, c.declared, c.drawn])).toEqual(['cmp-p95', 'cmp-origin-p95', 'cmp-completions', 'cmp-errors', 'cmp-cpu'].map((id) => [id, 2, 2]));
    const rows = [...html.matchAll(/<tr class="(\w+)"><td>([^<]+)<\/td>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toHaveLength(json.result.metrics.length);
    expect(rows.filter(([v]) => v === 'regressed').map(([, name]) => name)).toEqual(regressed);
  });

  it('a config: a gate that fails, a looser rule that forgives; bad configs exit 2 with file and line', async () => {
    const cfg = join(tmp, 'compare.yaml');
    writeFileSync(cfg, 'rules:\n  - { metric: "*_ms", better: lower, allow: 500% }\n  - { metric: utilisation, resource: "*", better: lower, allow: 100% }\n  - { metric: p95_ms, class: all, gate: "< 100" }\n');
    const r = await magesim('compare', base, slower, '--out', join(tmp, 'cfg'), '--allow-different', '--config', cfg);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/gate failed: p95_ms of all < 100: current \d+\.\d ms/);
    expect(r.stdout).toMatch(/^REGRESSED: 0 regressed/m);
    writeFileSync(cfg, 'rules:\n  - { metric: p95_ms, better: sideways }\n');
    const bad = await magesim('compare', base, again, '--config', cfg, '--out', join(tmp, 'never'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/compare\.yaml:2:\d+: rules\[0\]\.better: expected lower, higher or none, found/);
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it('two sweeps compare cell by cell; a run and a sweep are refused (exit 2)', async () => {
    const grid = join(root, 'test/cli/sweeps/grid.yaml');
    for (const name of ['grid-a', 'grid-b']) expect((await magesim('sweep', grid, '--set', 'duration=4m', '-q', '--no-timing', '--out', join(tmp, name))).code).toBe(0);
    const r = await magesim('compare', join(tmp, 'grid-a'), join(tmp, 'grid-b'), '--out', join(tmp, 'grids'), '--fail-on-change');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(tmp, 'grids', 'compare.json'), 'utf8'));
    expect(json.current.kind).toBe('sweep');
    expect(new Set(json.result.metrics.map((m: { row: string }) => m.row)).size).toBe(12);
    // report.html: each cell's p95, baseline and current side by side.
    const html = readFileSync(join(tmp, 'grids', 'report.html'), 'utf8');
    expect(chartsOf(html).map((c) => [c.id, c.declared, c.drawn])).toEqual([['cmp-cells', 24, 24]]);
    expect(html).toContain('<strong>no regression</strong>');
    const mixed = await magesim('compare', base, join(tmp, 'grid-a'), '--out', join(tmp, 'never'));
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/grid-a: expected the same kind of report as .*base \(a run\), found a sweep/);
  });

  it('malformed folders exit 2 with the folder and what was found; nothing is written', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    const broken = join(tmp, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'summary.json'), '{"format": "magesim-summary", "formatVersion": 1, "setup": {}}');
    const cases: [string, RegExp][] = [
      [join(tmp, 'missing'), /missing: expected a run folder \(written by `magesim run`\), found nothing there/],
      [empty, /empty: expected a run or sweep folder holding summary\.json, found no summary\.json/],
      [broken, /broken\/summary\.json: setup\.scenario: expected a magesim summary\.json/],
    ];
    for (const [dir, message] of cases) {
      const r = await magesim('compare', base, dir, '--out', join(tmp, 'never'));
      expect(r.code, dir).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });
});
