import { describe, it, expect, vi, beforeEach } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** After every change writeReportDir makes to the file system, `watch` runs. */
const hooks = vi.hoisted(() => ({ watch: (_call: string): void => undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const watched = <A extends unknown[], R>(name: string, f: (...a: A) => R) => (...a: A): R => {
    const r = f(...a);
    hooks.watch(name);
    return r;
  };
  return { ...fs, renameSync: watched('renameSync', fs.renameSync), rmSync: watched('rmSync', fs.rmSync), rmdirSync: watched('rmdirSync', fs.rmdirSync), symlinkSync: watched('symlinkSync', fs.symlinkSync) };
});

const { writeReportDir } = await import('../../src/cli/writeReportDir.js');
const { checkOutputPath } = await import('../../src/cli/outputPath.js');
const { BadInput } = await import('../../src/cli/BadInput.js');

const files = (run: string): Record<string, string> => ({
  'run.json': JSON.stringify({ format: 'magesim-report', formatVersion: 1, magesim: run, files: ['run.json', 'a.csv', 'b.csv'] }),
  'a.csv': run,
  'b.csv': run,
});

async function write(out: string, run: string): Promise<void> {
  const state = checkOutputPath(out);
  if (typeof state === 'string') throw new Error(state);
  await writeReportDir(out, files(run));
}

describe('writeReportDir', () => {
  beforeEach(() => {
    hooks.watch = () => undefined;
  });

  it('between any two of its file-system changes, the report path holds one whole run', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'magesim-wrd-')), 'r');
    await write(out, 'first');
    const seen: string[] = [];
    hooks.watch = (call) => {
      expect(existsSync(out), `after ${call}`).toBe(true);
      const names = readdirSync(out).sort();
      expect(names, `after ${call}`).toEqual(['a.csv', 'b.csv', 'run.json']);
      const runs = new Set(names.map((n) => readFileSync(join(out, n), 'utf8').replace(/.*"magesim":"(\w+)".*/, '$1')));
      expect(runs.size, `after ${call}: ${[...runs].join(', ')}`).toBe(1);
      seen.push(call);
    };
    await write(out, 'second');
    expect(seen).toContain('renameSync');
    expect(readFileSync(join(out, 'a.csv'), 'utf8')).toBe('second');
  });

  it('leaves only the current snapshot and the link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'magesim-wrd-'));
    for (const run of ['one', 'two', 'three']) await write(join(dir, 'r'), run);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('refuses, when it comes to write, a path that became a user’s folder while the run simulated, and leaves nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'magesim-wrd-'));
    const out = join(dir, 'r');
    expect(checkOutputPath(out)).toEqual({ kind: 'new' });
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'mine');
    await expect(writeReportDir(out, files('late'))).rejects.toThrow(BadInput);
    expect(readdirSync(dir)).toEqual(['r']);
    expect(readdirSync(out)).toEqual(['mine.txt']);
  });
});
