import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/main.js');

function magesim(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('--duration', () => {
  it('shorter than a timeline event: warns, names the events left out, and incidents.csv leaves them out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'magesim-ov-')), 'r');
    const r = magesim('run', join(root, 'scenarios/node-failure-at-peak.yaml'), '--duration', '20m', '--out', out, '-q');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: --duration 20m: the run ends at 1200 s, before 1 timeline event\(s\), which are left out: node-recover node 2 at 1800 s/);
    const incidents = readFileSync(join(out, 'incidents.csv'), 'utf8');
    expect(incidents).toMatch(/node-crash node 2/);
    expect(incidents).not.toMatch(/node-recover/);
  });

  it('too long for memory is refused before simulating, naming the flag and the estimate', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'magesim-ov-')), 'r');
    const r = magesim('run', join(root, 'scenarios/default.yaml'), '--duration', '1000000h', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--duration: expected a run that fits in memory \(at most 2\.0 GiB estimated\), found 3600000000 s: about .* GiB, mostly for 360 million timeseries windows/);
    expect(existsSync(out)).toBe(false);
  });

  it('validate refuses what run refuses: a file whose windows cannot fit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'magesim-ov-'));
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, 'name: huge\nduration: 1000h\nwindow: 1ms\n');
    const v = magesim('validate', file);
    const r = magesim('run', file, '--out', join(dir, 'r'));
    expect(v.code).toBe(2);
    expect(r.code).toBe(2);
    expect(v.stderr).toMatch(/huge\.yaml:3:9: window: expected a run that fits in memory/);
    expect(r.stderr.split('\n')[0]).toBe(v.stderr.split('\n')[0]);
  });
});
