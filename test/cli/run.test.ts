import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { mmc } from '../../sim/queueingTheory.js';
import { tQuantile } from '../../sim/stats/confidenceInterval.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { runScenario } from '../../src/run/runScenario.js';
import { summaryCsv } from '../../src/report/csv.js';
import { magesimInProcess as magesim } from '../support/inProcess.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/main.js');
const here = (f: string): string => fileURLToPath(new URL(`./scenarios/${f}`, import.meta.url));

/** A process of its own: for what only a process shows (its exit status, no stack trace). */
function spawnMagesim(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Row = Record<string, string | number>;
function csv(dir: string, file: string): Row[] {
  return Papa.parse<Row>(readFileSync(join(dir, file), 'utf8'), { header: true, dynamicTyping: true, skipEmptyLines: true }).data;
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'magesim-'));

describe('magesim run', () => {
  beforeAll(async () => {
    if (!existsSync(bin)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'ignore' });
  });

  it('reduces to M/M/c per node: mean response matches Erlang C within its 99.9 % interval', async () => {
    const out = join(tmp(), 'r');
    const r = await magesim('run', here('mmc-reduction.yaml'), '--out', out, '--replications', '6', '-q');
    expect(r.code, r.stderr).toBe(0);
    const product = csv(out, 'summary.csv').find((row) => row.class === 'product')!;
    const expected = mmc(8, 64, 10).w * 1000;
    // summary.csv gives 95 % half-widths over 6 replications; widen to 99.9 %.
    const half = (Number(product.mean_ms_ci95) * tQuantile(0.9995, 5)) / tQuantile(0.975, 5);
    expect(Math.abs(Number(product.mean_ms) - expected), `mean ${product.mean_ms} ms vs Erlang C ${expected} ms ± ${half}`).toBeLessThanOrEqual(half);
    expect(half).toBeLessThan(0.05 * expected);
    for (const res of csv(out, 'resources.csv').filter((x) => x.kind === 'cpu')) {
      // Utilisation law per CPU: U·cores = X·S.
      const x = Number(res.completed) / (38 * 60);
      expect(Number(res.mean_busy)).toBeCloseTo((x * Number(res.mean_service_ms)) / 1000, 1);
    }
  });

  it('the utilisation law U = X·S/c holds for every served resource', async () => {
    const out = join(tmp(), 'r');
    expect((await magesim('run', join(root, 'scenarios/default.yaml'), '--out', out, '-q')).code).toBe(0);
    const measuredS = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).scenario;
    const spanS = measuredS.durationS - measuredS.warmupS;
    for (const res of csv(out, 'resources.csv')) {
      if (res.mean_service_ms === null || ['php-pool', 'db-threads', 'search-threads'].includes(String(res.kind)) || Number(res.completed) === 0) continue;
      const law = (Number(res.completed) / spanS) * (Number(res.mean_service_ms) / 1000) / Number(res.mean_capacity);
      expect(Math.abs(Number(res.utilisation) - law), String(res.resource)).toBeLessThan(0.01 + 0.02 * law);
    }
  });

  it('a CDN hit ratio h cuts origin arrivals by h', async () => {
    const out = join(tmp(), 'r');
    expect((await magesim('run', here('cdn-cut.yaml'), '--out', out, '-q')).code).toBe(0);
    const product = csv(out, 'summary.csv').find((row) => row.class === 'product')!;
    const n = Number(product.requests);
    const originShare = (n - Number(product.cdn_hits)) / n;
    expect(Math.abs(originShare - 0.1)).toBeLessThan(3.29 * Math.sqrt((0.1 * 0.9) / n));
  });

  it('the same seed gives byte-identical output files; another seed does not', async () => {
    const a = join(tmp(), 'a');
    const b = join(tmp(), 'b');
    const c = join(tmp(), 'c');
    const scenario = join(root, 'scenarios/default.yaml');
    expect((await magesim('run', scenario, '--out', a, '-q', '--no-timing', '--duration', '5m')).code).toBe(0);
    expect((await magesim('run', scenario, '--out', b, '-q', '--no-timing', '--duration', '5m')).code).toBe(0);
    expect((await magesim('run', scenario, '--out', c, '-q', '--no-timing', '--duration', '5m', '--seed', '99')).code).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toEqual(['events.csv', 'incidents.csv', 'report.html', 'resources.csv', 'run.json', 'summary.csv', 'summary.json', 'timeseries.csv']);
    for (const f of files) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
    expect(readFileSync(join(c, 'summary.csv'), 'utf8')).not.toBe(readFileSync(join(a, 'summary.csv'), 'utf8'));
  });

  it('replications on worker threads give exactly what a sequential run gives', async () => {
    const out = join(tmp(), 'r');
    const scenario = join(root, 'scenarios/default.yaml');
    expect((await magesim('run', scenario, '--out', out, '-q', '--duration', '3m', '--replications', '3')).code).toBe(0);
    const loaded = loadScenario(scenario);
    if (!loaded.ok) throw new Error('default.yaml does not load');
    const sequential = runScenario({ ...loaded.scenario, durationS: 180, windowS: Math.min(loaded.scenario.windowS, 180) }, 3);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toBe(summaryCsv(sequential.summary));
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toMatch(/p95_ms_ci95/);
  });

  it('an incident-free scenario gives exactly the committed expected summary and resources', async () => {
    const out = join(tmp(), 'r');
    expect((await magesim('run', join(root, 'scenarios/default.yaml'), '--out', out, '-q', '--no-timing', '--duration', '5m')).code).toBe(0);
    const expected = (f: string): string => readFileSync(fileURLToPath(new URL(`./expected/${f}`, import.meta.url)), 'utf8');
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toBe(expected('default-5m-summary.csv'));
    expect(readFileSync(join(out, 'resources.csv'), 'utf8')).toBe(expected('default-5m-resources.csv'));
  });

  // Each runs as shipped, to just past what it is asked about where that comes early
  // (every bundled file validates in test/scenario/examples.test.ts, and runs in full in
  // `npm run snapshot`).
  it.each([
    ['redis-failover', ['redis-unavailable-503', 'node-down-504'], /vm,1,crashed/, null],
    ['double-node-failure', ['db-unavailable-503', 'node-down-504'], /view-change non-primary/, null],
    ['node-failure-at-peak', ['node-down-504'], /elb,2,removed/, null],
    ['az-outage', ['node-down-504'], /az,,outage/, null],
    ['backup-during-peak', [], /backup,\d,start/, null],
    ['rolling-upscale-pro24-to-pro48', [], /upscale,,complete/, null],
    ['partition-minority', ['redis-unavailable-503'], /network,,healed/, null],
    ['scale-out-at-peak', ['backlog-full-502'], /vm,8,provisioned/, '20m'],
    ['autoscaling-evening-peak', [], /autoscale,7,scale-out/, '45m'],
  ])('the shipped %s scenario reports its incidents with their failure causes', async (name, causes, logged, duration) => {
    const out = join(tmp(), 'r');
    const r = await magesim('run', join(root, `scenarios/${name}.yaml`), '--out', out, ...(duration === null ? [] : ['--duration', duration as string]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/incidents \(first replication; incidents.csv has every replication\):/);
    const rows = csv(out, 'incidents.csv');
    for (const cause of causes as string[]) expect(rows.reduce((a, row) => a + Number(row[`errors_${cause}`]), 0), cause).toBeGreaterThan(0);
    const events = readFileSync(join(out, 'events.csv'), 'utf8');
    expect(events).toMatch(logged as RegExp);
  });

  it('with serve-stale on, summary.csv counts the stale answers and the console says how many', async () => {
    const out = join(tmp(), 'r');
    const r = await magesim('run', here('serve-stale.yaml'), '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const rows = csv(out, 'summary.csv');
    const of = (c: string) => rows.find((row) => row.class === c)!;
    expect(Number(of('category').stale_served)).toBeGreaterThan(0);
    expect(Number(of('category').errors)).toBe(0);
    expect(Number(of('checkout').stale_served)).toBe(0);
    expect(Number(of('all').errors)).toBeGreaterThan(0);
    expect(r.stdout).toMatch(new RegExp(`serve-stale: Fastly answered ${of('all').stale_served} pages`));
    // Without it, the column is not there.
    const plain = join(tmp(), 'p');
    expect((await magesim('run', join(root, 'scenarios/default.yaml'), '--out', plain, '-q', '--duration', '3m')).code).toBe(0);
    expect(Object.keys(csv(plain, 'summary.csv')[0])).not.toContain('stale_served');
  });

  it('a failure scenario gives byte-identical events.csv and incidents.csv for the same seed', async () => {
    const a = join(tmp(), 'a');
    const b = join(tmp(), 'b');
    const scenario = join(root, 'scenarios/redis-failover.yaml');
    const args = ['-q', '--no-timing', '--duration', '12m'];
    expect((await magesim('run', scenario, '--out', a, ...args)).code).toBe(0);
    expect((await magesim('run', scenario, '--out', b, ...args)).code).toBe(0);
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
    expect(readFileSync(join(a, 'events.csv'), 'utf8')).toMatch(/sentinel,2,promoted/);
  });

  it('mechanics: in the file override the documented timings', async () => {
    const dir = tmp();
    const file = join(dir, 'fast-sentinel.yaml');
    writeFileSync(
      file,
      'name: fast-sentinel\nduration: 6m\nwarmup: 1m\nevents:\n  - { at: 3m, type: node-crash, node: 1 }\nmechanics:\n  sentinel: { downAfter: 10s }\n',
    );
    expect((await magesim('run', file, '--out', join(dir, 'out'), '-q')).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'events.csv'), 'utf8')).toMatch(/\n1,190,sentinel,1,sdown,master down after 10 s/);
  });

  it('CSV files parse back losslessly', async () => {
    const out = join(tmp(), 'r');
    expect((await magesim('run', join(root, 'scenarios/default.yaml'), '--out', out, '-q', '--duration', '3m')).code).toBe(0);
    for (const f of ['summary.csv', 'timeseries.csv', 'resources.csv']) {
      const text = readFileSync(join(out, f), 'utf8');
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      expect(parsed.errors, f).toEqual([]);
      expect(Papa.unparse(parsed.data, { newline: '\n' }) + '\n', f).toBe(text);
    }
    const ts = csv(out, 'timeseries.csv');
    expect(ts.length).toBe(18);
    expect(Object.keys(ts[0])).toEqual(expect.arrayContaining(['time_s', 'arrivals', 'errors_backlog-full-502', 'errors_node-down-504', 'p95_ms', 'cdn_hit_ratio', 'flow_control_paused']));
  });

  it('--check-slo exits 1 when the SLO is missed', async () => {
    const dir = tmp();
    const file = join(dir, 'tight.yaml');
    writeFileSync(file, 'name: tight\nduration: 3m\nwarmup: 30s\nslo: { p99: 1ms }\n');
    const r = await magesim('run', file, '--out', join(dir, 'out'), '--check-slo');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/SLO: MISSED/);
  });

  it.each([
    ['unknown tier', 'name: x\ncluster: { tier: Pro13 }\n', /x\.yaml:2:\d+: cluster\.tier: .*Pro12, Pro24, Pro48, Pro96, Pro120/],
    ['negative rate', 'name: x\ntraffic: { sessions: { rate: -5/s } }\n', /x\.yaml:2:\d+: traffic\.sessions\.rate/],
    ['unknown key', 'name: x\nduraton: 1h\n', /did you mean .duration/],
    ['YAML syntax', 'name: x\ncluster: { tier: Pro24\n', /x\.yaml:\d+:\d+/],
  ])('bad input (%s) exits 2 with file, line and field, and writes no output folder', async (_label, text, message) => {
    const dir = tmp();
    const file = join(dir, 'x.yaml');
    writeFileSync(file, text);
    const out = join(dir, 'out');
    const r = await magesim('run', file, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(existsSync(out)).toBe(false);
  });

  it('a missing file and bad flags exit 2 without a stack trace', () => {
    expect(spawnMagesim('run', '/nonexistent/x.yaml').code).toBe(2);
    const r = spawnMagesim('run', join(root, 'scenarios/default.yaml'), '--duration', 'soon', '--out', join(tmp(), 'o'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--duration soon: duration: expected a positive duration/);
  });
});
