import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/main.js');

function magesim(input: string | undefined, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('small CLI habits', () => {
  it('a mistyped command gets a suggestion', () => {
    const r = magesim(undefined, 'rnu', 'scenarios/default.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Did you mean run\?/);
  });

  it('-v and --version print the version', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(magesim(undefined, '-v').stdout.trim()).toBe(version);
    expect(magesim(undefined, '--version').stdout.trim()).toBe(version);
  });

  it('run - reads the scenario from standard input, and names it <stdin> in messages', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'magesim-stdin-')), 'r');
    const ok = magesim(readFileSync(join(root, 'scenarios/default.yaml'), 'utf8'), 'run', '-', '--duration', '2m', '-q', '--out', out);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readdirSync(out)).toContain('summary.csv');
    const bad = magesim('name: x\ntier: 3\n', 'run', '-', '-q', '--out', join(out, '..', 'bad'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^magesim: <stdin>:2:1: tier: expected a known key/);
  });

  it('run - with a terminal on standard input (nothing piped) is refused, not left waiting', () => {
    // `script` (util-linux) gives the command a pseudo-terminal as its standard input.
    const command = [process.execPath, bin, 'run', '-', '-q'].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', cwd: root, input: '', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/run -: expected a scenario on standard input .*found a terminal/);
  });
});
