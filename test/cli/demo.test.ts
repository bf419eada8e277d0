import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { magesimInProcess as magesim } from '../support/inProcess.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}dist/src/cli/main.js`;


describe('magesim demo (built CLI)', () => {
  beforeAll(async () => {
    if (!existsSync(bin)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'ignore' });
  });

  it('prints the simulated mean response with its interval next to Erlang C, exit 0', async () => {
    const r = await magesim('demo', '--servers', '4', '--rho', '0.8', '--customers', '100000', '--replications', '4');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/M\/M\/4 at ρ = 0\.8/);
    expect(r.stdout).toMatch(/Erlang C\s+1\.7455 s/);
    expect(r.stdout).toMatch(/inside the interval/);
  });

  it('the same seed prints the same figures', async () => {
    const args = ['demo', '--customers', '20000', '--replications', '2', '--seed', '9'];
    const strip = (s: string): string => s.replace(/\n.*events in.*\n/, '\n');
    expect(strip((await magesim(...args)).stdout)).toBe(strip((await magesim(...args)).stdout));
  });

  it('--version prints the version in package.json, from any folder', async () => {
    const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', cwd: tmpdir() });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('output piped to a reader that stops early ends quietly', async () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" schema | head -c 10`], { encoding: 'utf8', cwd: root });
    expect(r.stdout).toBe('{\n  "$sche');
    expect(r.stderr).toBe('');
  });

  it.each([
    [['demo', '--rho', '1.5'], /--rho: expected a number in \(0, 1\), found 1\.5/],
    [['demo', '--servers', '0'], /--servers: expected an integer ≥ 1, found 0/],
    [['demo', '--bogus'], /Unknown argument: bogus/],
    [[], /name a command/],
  ])('bad input %j exits 2 with a message and no stack trace', async (args, message) => {
    const r = await magesim(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
