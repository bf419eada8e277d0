import { describe, it, expect, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { magesimInProcess as magesim } from '../support/inProcess.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/main.js');
const scenario = join(root, 'scenarios/default.yaml');
const quick = ['-q', '--duration', '2m'];


/** The same command in the background: resolves with its exit code (null and the signal when killed). */
function magesimAsync(...args: string[]): { done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>; kill: (s: NodeJS.Signals) => void } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return { done: new Promise((res) => child.on('exit', (code, signal) => res({ code, signal, stderr }))), kill: (s) => child.kill(s) };
}

/** Every entry of a folder with its content, for "nothing changed" checks. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    const st = lstatSync(p);
    out[e] = st.isSymbolicLink() ? `-> ${readlinkSync(p)}` : st.isDirectory() ? `dir ${JSON.stringify(snapshot(p))}` : readFileSync(p, 'utf8');
  }
  return out;
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'magesim-out-'));
const REPORT_FILES = ['events.csv', 'incidents.csv', 'report.html', 'resources.csv', 'run.json', 'summary.csv', 'summary.json', 'timeseries.csv'];

describe('--out never destroys what magesim did not write', () => {
  beforeAll(async () => {
    if (!existsSync(bin)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'ignore' });
  });

  it.each([
    ['a folder holding a user’s files', (d: string) => (mkdirSync(join(d, 'out')), writeFileSync(join(d, 'out', 'notes.txt'), 'mine')), /is a folder holding other files/],
    ['a plain file', (d: string) => writeFileSync(join(d, 'out'), 'mine'), /is a file, not a folder/],
    ['a dangling link', (d: string) => symlinkSync('nowhere', join(d, 'out')), /dangling link/],
    ['a link to a user’s folder', (d: string) => (mkdirSync(join(d, 'mine')), writeFileSync(join(d, 'mine', 'a'), 'x'), symlinkSync('mine', join(d, 'out'))), /not a report magesim wrote/],
  ])('refuses %s before simulating: exit 2, the path named, nothing changed', async (_what, make, message) => {
    const d = tmp();
    make(d);
    const before = snapshot(d);
    const r = await magesim('run', scenario, '--out', join(d, 'out'), ...quick);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(join(d, 'out'));
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(snapshot(d)).toEqual(before);
  });

  it('refuses a whole project folder, leaving every file in place', async () => {
    const d = tmp();
    mkdirSync(join(d, 'src'));
    writeFileSync(join(d, 'src', 'index.ts'), 'export {}');
    mkdirSync(join(d, '.git'));
    writeFileSync(join(d, 'package.json'), '{}');
    const before = snapshot(d);
    expect((await magesim('run', scenario, '--out', d, ...quick)).code).toBe(2);
    expect(snapshot(d)).toEqual(before);
  });

  it('refuses --out given twice, and a location it cannot write in, as bad input', async () => {
    const d = tmp();
    const twice = await magesim('run', scenario, '--out', join(d, 'a'), '--out', join(d, 'b'), ...quick);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/--out: given 2 times/);
    // /sys is a read-only file system even for root (whom permissions never stop).
    const readOnly = await magesim('run', scenario, '--out', '/sys/magesim-report', ...quick);
    expect(readOnly.code).toBe(2);
    expect(readOnly.stderr).toMatch(/cannot create anything in \/sys/);
    expect(readdirSync(d)).toEqual([]);
  });

  it('writes a report marked as magesim’s, and replaces it on the next run leaving one snapshot and no lock', async () => {
    const d = tmp();
    const out = join(d, 'r');
    expect((await magesim('run', scenario, '--out', out, ...quick)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(REPORT_FILES);
    const json = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Record<string, unknown>;
    expect([json.format, json.formatVersion]).toEqual(['magesim-report', 1]);
    expect((await magesim('run', scenario, '--out', out, ...quick, '--seed', '2')).code).toBe(0);
    expect((JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { seeds: number[] }).seeds).toEqual([2]);
    expect(readdirSync(d).filter((e) => e !== 'r')).toHaveLength(1);
    expect(readlinkSync(out)).toBe(readdirSync(d).find((e) => e.startsWith('.r.magesim-')));
  });

  it('accepts an empty folder, and replaces a report folder written before reports were links', async () => {
    const d = tmp();
    mkdirSync(join(d, 'empty'));
    expect((await magesim('run', scenario, '--out', join(d, 'empty'), ...quick)).code).toBe(0);
    mkdirSync(join(d, 'old'));
    writeFileSync(join(d, 'old', 'run.json'), JSON.stringify({ magesim: '0.1.0', scenario: {}, seeds: [1] }));
    writeFileSync(join(d, 'old', 'summary.csv'), 'old');
    expect((await magesim('run', scenario, '--out', join(d, 'old'), ...quick)).code).toBe(0);
    expect(readFileSync(join(d, 'old', 'summary.csv'), 'utf8')).toMatch(/^class,/);
    expect(readdirSync(d).sort()).toHaveLength(4);
  });

  it('refuses a report a user added files to, keeping them, and names them', async () => {
    const d = tmp();
    const out = join(d, 'r');
    expect((await magesim('run', scenario, '--out', out, ...quick)).code).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const before = snapshot(d);
    const r = await magesim('run', scenario, '--out', out, ...quick);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds files magesim did not write: notes\.txt/);
    expect(snapshot(d)).toEqual(before);
  });

  it('clears what killed runs left (snapshots, a lock) on the next run', async () => {
    const d = tmp();
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max: no such process
    mkdirSync(join(d, `.r.magesim-${dead}-abcdef`));
    writeFileSync(join(d, `.r.magesim-${dead}-abcdef`, 'summary.csv'), 'half');
    mkdirSync(join(d, '.r.magesim-lock'));
    writeFileSync(join(d, '.r.magesim-lock', 'pid'), String(dead));
    writeFileSync(join(d, 'unrelated.txt'), 'mine');
    expect((await magesim('run', scenario, '--out', join(d, 'r'), ...quick)).code).toBe(0);
    expect(readdirSync(d).filter((e) => e.startsWith('.r.magesim-'))).toHaveLength(1);
    expect(readFileSync(join(d, 'unrelated.txt'), 'utf8')).toBe('mine');
  });

  it.each([
    ['a new path', false],
    ['an empty folder', true],
  ])('two runs writing one report at %s at once both succeed; the report is whole and nothing is left over', async (_what, empty) => {
    const d = tmp();
    const out = join(d, 'r');
    if (empty) mkdirSync(out);
    // Long enough that both have checked the path before either writes.
    const both = ['-q', '--duration', '10m'];
    const runs = [magesimAsync('run', scenario, '--out', out, ...both, '--seed', '3'), magesimAsync('run', scenario, '--out', out, ...both, '--seed', '4')];
    const results = await Promise.all(runs.map((r) => r.done));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(REPORT_FILES);
    expect(readdirSync(d).sort()).toEqual([readlinkSync(out), 'r'].sort());
  }, 60_000);

  it('a reader never finds the report missing or incomplete while it is replaced', async () => {
    const d = tmp();
    const out = join(d, 'r');
    expect((await magesim('run', scenario, '--out', out, ...quick)).code).toBe(0);
    // A reader in its own process lists the report as fast as it can while two runs replace it.
    const reader = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); let bad = 0, reads = 0;
       const stop = Date.now() + 60000;
       process.on('SIGTERM', () => { console.log(JSON.stringify({ bad, reads })); process.exit(0); });
       console.log('ready');
       (function loop() { for (let i = 0; i < 200; i++) { reads++; try { if (fs.readdirSync(${JSON.stringify(out)}).length !== ${REPORT_FILES.length}) bad++; } catch { bad++; } }
         if (Date.now() < stop) setImmediate(loop); })();`,
    ]);
    let said = '';
    reader.stdout.on('data', (b: Buffer) => (said += b.toString()));
    await new Promise<void>((res) => reader.stdout.once('data', () => res()));
    for (const seed of ['5', '6']) expect((await magesimAsync('run', scenario, '--out', out, ...quick, '--seed', seed).done).code).toBe(0);
    reader.kill('SIGTERM');
    await new Promise((res) => reader.on('exit', res));
    const { bad, reads } = JSON.parse(said.slice(said.indexOf('{'))) as { bad: number; reads: number };
    expect(reads).toBeGreaterThan(1000);
    expect(bad).toBe(0);
  }, 60_000);

  it('Ctrl-C during a run leaves the previous report as it was and nothing beside it', async () => {
    const d = tmp();
    const out = join(d, 'r');
    expect((await magesim('run', scenario, '--out', out, ...quick)).code).toBe(0);
    const before = snapshot(d);
    const run = magesimAsync('run', scenario, '--out', out, '-q', '--duration', '6h');
    await new Promise((res) => setTimeout(res, 1500));
    run.kill('SIGINT');
    const r = await run.done;
    expect(r.code === 0).toBe(false);
    expect(snapshot(d)).toEqual(before);
  }, 60_000);
});
