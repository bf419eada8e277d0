import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const writer = join(root, 'dist/src/cli/writeReportDir.js');

/**
 * A child process writes report `run` at `out` with the compiled writer; when `kill` is
 * given, the child sends itself `signal` as the writer makes the `nth` call of file
 * operation `call` (just before it), as Ctrl-C or a kill would land there.
 */
const CHILD = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const { OUT, RUN, CALL, NTH, SIGNAL, WRITER } = process.env;
if (CALL) {
  const original = fs[CALL];
  let calls = 0;
  fs[CALL] = function (...args) {
    if (++calls === Number(NTH)) process.kill(process.pid, SIGNAL);
    return original.apply(this, args);
  };
  syncBuiltinESMExports();
}
const { writeReportDir } = await import(WRITER);
const files = { 'a.csv': RUN, 'b.csv': RUN, 'run.json': JSON.stringify({ format: 'magesim-report', formatVersion: 1, magesim: RUN, files: ['a.csv', 'b.csv', 'run.json'] }) };
await writeReportDir(OUT, files);
console.log('finished');
`;

interface Kill {
  call: string;
  nth: number;
  signal: NodeJS.Signals;
}

function write(out: string, run: string, kill?: Kill): { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const env = { ...process.env, OUT: out, RUN: run, WRITER: writer, CALL: kill?.call ?? '', NTH: String(kill?.nth ?? 0), SIGNAL: kill?.signal ?? '' };
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD], { encoding: 'utf8', env });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The run whose report is at `out`, after checking it is whole: all three files, all of one run. */
function wholeRun(out: string): string {
  expect(readdirSync(out).sort()).toEqual(['a.csv', 'b.csv', 'run.json']);
  const runs = new Set(['a.csv', 'b.csv'].map((f) => readFileSync(join(out, f), 'utf8')));
  runs.add((JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { magesim: string }).magesim);
  expect([...runs]).toHaveLength(1);
  return [...runs][0];
}

// Where a signal can land in a replacement, in the order the writer gets there, and
// which run the report path holds if the process dies there.
const POINTS: [string, string, number, 'old' | 'new'][] = [
  ['while the new snapshot is half written', 'writeFileSync', 1, 'old'],
  ['holding the lock, before the link is made', 'symlinkSync', 1, 'old'],
  ['with the new link made, before the swap', 'renameSync', 1, 'old'],
  ['right after the swap, lock still held', 'rmSync', 1, 'new'],
  ['during the clean-up, replaced snapshot not yet deleted', 'rmSync', 2, 'new'],
];

describe('a report write interrupted by a signal', () => {
  beforeAll(() => {
    if (!existsSync(writer)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'ignore' });
  });

  it.each(POINTS)('SIGKILL %s: the path holds one whole run, and the next run leaves nothing over', (_where, call, nth, holds) => {
    const dir = mkdtempSync(join(tmpdir(), 'magesim-kill-'));
    const out = join(dir, 'r');
    expect(write(out, 'old').code).toBe(0);
    const killed = write(out, 'new', { call, nth, signal: 'SIGKILL' });
    expect(killed.signal).toBe('SIGKILL');
    expect(wholeRun(out)).toBe(holds);
    const next = write(out, 'next');
    expect(next.code, next.stderr).toBe(0);
    expect(wholeRun(out)).toBe('next');
    expect(readdirSync(dir).sort()).toEqual([readlinkSync(out), 'r'].sort());
  });

  it.each(POINTS)('SIGINT %s is held until the report is whole and tidy, then ends the process', (_where, call, nth) => {
    const dir = mkdtempSync(join(tmpdir(), 'magesim-int-'));
    const out = join(dir, 'r');
    expect(write(out, 'old').code).toBe(0);
    const interrupted = write(out, 'new', { call, nth, signal: 'SIGINT' });
    expect(interrupted.signal, JSON.stringify(interrupted)).toBe('SIGINT');
    expect(interrupted.stdout).not.toContain('finished');
    expect(wholeRun(out)).toBe('new');
    expect(readdirSync(dir).sort()).toEqual([readlinkSync(out), 'r'].sort());
  });
});
