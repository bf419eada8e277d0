import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import { chartsOf } from '../support/charts.js';
import { cliInProcess, type CliResult } from '../support/inProcess.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { summaryJsonSchemaDocument } from '../../src/run/results/summaryDocument.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/main.js');
const frontier = join(root, 'test/cli/sweeps/frontier.yaml');
const grid = join(root, 'test/cli/sweeps/grid.yaml');

/** A command in this process, with variables added to the environment it sees. */
const magesim = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> => cliInProcess(args, { ...process.env, ...env });

/** Every file of a report folder, by name. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Shard i (0-based index) of `n` as an array job runs it: `--shards n` and JOB_COMPLETION_INDEX. */
function shardProcess(file: string, n: number, index: number, out: string) {
  const child = spawn(process.execPath, [bin, 'sweep', file, '--shards', String(n), '--workers', '1', '--out', out, '-q', '--no-timing'], {
    cwd: root,
    env: { ...process.env, JOB_COMPLETION_INDEX: String(index) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

let tmp: string;
const reference: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'magesim-sweep-cli-'));
  for (const [name, file] of [['frontier', frontier], ['grid', grid]] as const) {
    const r = await magesim(['sweep', file, '--out', join(tmp, `${name}-ref`), '-q', '--no-timing', '--workers', '2']);
    expect(r.code, r.stderr).toBe(0);
    reference[name] = files(join(tmp, `${name}-ref`));
  }
});

describe('magesim sweep', () => {
  it('writes sweep.csv, frontier.csv, recommendation.json, sweep.json and its marker', async () => {
    expect(Object.keys(reference.frontier)).toEqual(['frontier.csv', 'recommendation.json', 'report.html', 'run.json', 'summary.json', 'sweep.csv', 'sweep.json']);
    expect(Object.keys(reference.grid)).toEqual(['report.html', 'run.json', 'summary.json', 'sweep.csv', 'sweep.json']);
    const validate = new Ajv2020Module.default({ strict: true, allErrors: true }).compile(summaryJsonSchemaDocument());
    for (const kind of ['frontier', 'grid']) {
      const summary = JSON.parse(reference[kind]['summary.json']) as { format: string; cells: { capacity: { lo: number | null } | null; probes: unknown[] }[] };
      expect(validate(summary), JSON.stringify(validate.errors)).toBe(true);
      expect(summary.format).toBe('magesim-sweep-summary');
      expect(summary.cells).toHaveLength(kind === 'grid' ? 12 : 4);
    }
    const html = reference.frontier['report.html'];
    expect(html).not.toMatch(/<link|src=|https?:\/\//);
    expect(html.indexOf('id="verdict"')).toBeLessThan(html.indexOf('id="frontier"'));
    // The brackets, then p95 and error rate against the load: a series per tier and failure state.
    const charts = chartsOf(html);
    expect(charts.map((c) => [c.id, c.declared, c.drawn])).toEqual([['frontier', 4, 4], ['p95-load', 4, 4], ['errors-load', 4, 4]]);
    expect(charts[1].svg).toContain('SLO p95 ≤ 500 ms');
    // A marker per probe, hollow where the probe missed the SLO.
    const probes = reference.frontier['sweep.csv'].trim().split('\n').slice(1).map((l) => l.split(','));
    expect(charts[1].svg.match(/<circle/g)).toHaveLength(probes.length);
    expect(charts[1].svg.match(/fill="#fff"/g)?.length ?? 0).toBe(probes.filter((r) => r[r.length - 2] === 'false').length);
    const gridHtml = reference.grid['report.html'];
    expect(gridHtml).toContain('id="cells"');
    const gridCharts = chartsOf(gridHtml);
    expect(gridCharts.map((c) => [c.id, c.declared, c.drawn])).toEqual([['grid', 4, 4], ['p95-load', 4, 4], ['errors-load', 4, 4]]);
    // The heatmap: a cell per grid cell, its p95 written as in sweep.csv, ✗ where the SLO was missed.
    const cells = reference.grid['sweep.csv'].trim().split('\n').slice(1).map((l) => l.split(','));
    expect(gridCharts[0].svg.match(/<rect/g)).toHaveLength(cells.length);
    for (const c of cells) expect(gridCharts[0].svg).toContain(`>${Number(Number(c[10]).toPrecision(3))} ms${c[16] === 'false' ? ' ✗' : ''}<`);
    const frontierSummary = JSON.parse(reference.frontier['summary.json']) as { cells: { capacity: { lo: number | null; hi: number | null } }[] };
    const frontierCsvRows = reference.frontier['frontier.csv'].trim().split('\n').slice(1).map((l) => l.split(','));
    frontierSummary.cells.forEach((c, i) => expect(String(c.capacity.lo ?? '')).toBe(frontierCsvRows[i][2]));
    expect(reference.frontier['frontier.csv'].split('\n')[0]).toBe('cluster.tier,failure,capacity_lo,capacity_hi,unit,probes,inconclusive_probes,replications,bottleneck');
    expect(reference.grid['sweep.csv'].split('\n')).toHaveLength(2 * 3 * 2 + 2);
    expect(reference.grid['sweep.csv'].split('\n')[0]).toMatch(/^cluster\.tier,traffic\.requests\.rate,failure,replications,requests,requests_ci,error_rate,error_rate_ci,p50_ms,p50_ms_ci,p95_ms,p95_ms_ci,p99_ms,p99_ms_ci,busiest_resource,busiest_utilisation,slo_met,limiting_check$/);
    const rec = JSON.parse(reference.frontier['recommendation.json']);
    expect(rec.recommendations[0].orderedBy).toBe('vcpu');
  });

  it('the same bytes with 1 worker as with 2', async () => {
    const out = join(tmp, 'grid-w1');
    expect((await magesim(['sweep', grid, '--out', out, '-q', '--no-timing', '--workers', '1'])).code).toBe(0);
    expect(files(out)).toEqual(reference.grid);
  });

  for (const n of [1, 3, 7]) {
    it(`${n} shards of an array job, one killed and re-run alone, merge into the bytes of one process`, async () => {
      const parts = Array.from({ length: n }, (_, i) => join(tmp, `frontier-${n}-part${i + 1}`));
      // The shard that is killed runs as a process of its own; the others, and its re-run, in this one.
      const victim = n === 1 ? 0 : 1;
      const killed = shardProcess(frontier, n, victim, parts[victim]);
      setTimeout(() => killed.child.kill('SIGKILL'), 150);
      const shard = (i: number) => magesim(['sweep', frontier, '--shards', String(n), '--workers', '1', '--out', parts[i], '-q', '--no-timing'], { JOB_COMPLETION_INDEX: String(i) });
      const results = await Promise.all(parts.map((_, i) => (i === victim ? null : shard(i))));
      results.forEach((r) => {
        if (r !== null) expect(r.code, r.stderr).toBe(0);
      });
      if ((await killed.done).signal === 'SIGKILL') expect(existsSync(parts[victim])).toBe(false);
      const again = await shard(victim);
      expect(again.code, again.stderr).toBe(0);
      const out = join(tmp, `frontier-${n}-merged`);
      const merged = await magesim(['merge', ...parts.reverse(), '--out', out, '-q', '--no-timing']);
      expect(merged.code, merged.stderr).toBe(0);
      expect(files(out)).toEqual(reference.frontier);
    }, 120_000);
  }

  it('a grid sharded in 3 merges into the bytes of one process', async () => {
    const parts = [0, 1, 2].map((i) => join(tmp, `grid-3-part${i + 1}`));
    const results = await Promise.all(parts.map((out, i) => magesim(['sweep', grid, '--shards', '3', '--workers', '1', '--out', out, '-q', '--no-timing'], { JOB_COMPLETION_INDEX: String(i) })));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const out = join(tmp, 'grid-3-merged');
    expect((await magesim(['merge', ...parts, '--out', out, '-q', '--no-timing'])).code).toBe(0);
    expect(files(out)).toEqual(reference.grid);
  }, 120_000);

  it('merge refuses a missing shard, a shard given twice and parts of another sweep, with exit 2 and nothing written', async () => {
    const p = (i: number) => join(tmp, `frontier-3-part${i}`);
    const out = join(tmp, 'bad-merge');
    const missing = await magesim(['merge', p(1), p(3), '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/merge: expected every shard 1 to 3, found no part of shard 2: run `magesim sweep … --shard 2\/3` for it/);
    const twice = await magesim(['merge', p(1), p(2), p(2), p(3), '--out', out]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/frontier-3-part2: expected each shard once, found shard 2\/3 twice/);
    const other = await magesim(['merge', p(1), join(tmp, 'grid-3-part2'), p(3), '--out', out]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/grid-3-part2: expected a part of the same sweep as .*frontier-3-part1 \(shard-frontier, sweep [0-9a-f]{12}\), found one of shard-grid/);
    const notPart = await magesim(['merge', join(tmp, 'grid-ref'), '--out', out]);
    expect(notPart.code).toBe(2);
    expect(notPart.stderr).toMatch(/grid-ref: expected a sweep part .*found no part\.json/);
    expect(existsSync(out)).toBe(false);
  });

  it('bad shards and bad sweep files exit 2 with the reason, before anything runs', async () => {
    const out = join(tmp, 'never');
    const cases: [string[], NodeJS.ProcessEnv, RegExp][] = [
      [['--shard', '0/3'], {}, /--shard: expected i\/N with 1 ≤ i ≤ N \(e\.g\. 2\/5\), found "0\/3"/],
      [['--shard', '4/3'], {}, /--shard: expected i\/N/],
      [['--shards', '3'], { JOB_COMPLETION_INDEX: '' }, /--shards 3: expected JOB_COMPLETION_INDEX to hold the job's index, 0 to 2 .*found ""/],
      [['--shards', '3'], { JOB_COMPLETION_INDEX: '3' }, /--shards 3: expected JOB_COMPLETION_INDEX .*found "3"/],
      [['--shard', '1/3', '--shards', '3'], {}, /expected one of them, found both/],
      [['--workers', '0'], {}, /--workers: expected a whole number from 1 to 64, found 0/],
      [['--set', 'cluster.tier=Pro13'], {}, /--set cluster\.tier=Pro13: cluster\.tier: expected a tier/],
    ];
    for (const [flags, env, message] of cases) {
      const r = await magesim(['sweep', grid, ...flags, '--out', out], env);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const bad = await magesim(['sweep', join(root, 'scenarios/default.yaml'), '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/default\.yaml:1:1: expected a sweep file \(with `scenario:` naming the base scenario\), found a scenario file \(run it with `magesim run`\)\n/);
    expect(existsSync(out)).toBe(false);
  });
});
