import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { magesimInProcess as magesim } from '../support/inProcess.js';

const root = fileURLToPath(new URL('../../', import.meta.url));


describe('--duration', () => {
  it('shorter than a timeline event: warns, names the events left out, and incidents.csv leaves them out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'magesim-ov-')), 'r');
    const r = await magesim('run', join(root, 'scenarios/node-failure-at-peak.yaml'), '--duration', '20m', '--out', out, '-q');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: --duration 20m: the run ends at 1200 s, before 1 timeline event\(s\), which are left out: node-recover node 2 at 1800 s/);
    const incidents = readFileSync(join(out, 'incidents.csv'), 'utf8');
    expect(incidents).toMatch(/node-crash node 2/);
    expect(incidents).not.toMatch(/node-recover/);
  });

  it('too long for memory is refused before simulating, naming the flag and the estimate', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'magesim-ov-')), 'r');
    const r = await magesim('run', join(root, 'scenarios/default.yaml'), '--duration', '1000000h', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--duration 1000000h: window: expected a run that fits in memory \(at most 2\.0 GiB estimated\), found about .* GiB, mostly for 360 million timeseries windows/);
    expect(existsSync(out)).toBe(false);
  });

  it('validate refuses what run refuses: a file whose windows cannot fit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'magesim-ov-'));
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, 'name: huge\nduration: 1000h\nwindow: 1ms\n');
    const v = await magesim('validate', file);
    const r = await magesim('run', file, '--out', join(dir, 'r'));
    expect(v.code).toBe(2);
    expect(r.code).toBe(2);
    expect(v.stderr).toMatch(/huge\.yaml:3:9: window: expected a run that fits in memory/);
    expect(r.stderr.split('\n')[0]).toBe(v.stderr.split('\n')[0]);
  });
});

describe('--set', () => {
  it('overrides fields by path before validation: the run uses them', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'magesim-ov-')), 'r');
    const r = await magesim('run', join(root, 'scenarios/default.yaml'), '--set', 'cluster.tier=Pro48', '--set', 'traffic.sessions.rate=40/s', '--duration', '10m', '--seed', '9', '--out', out, '-q', '--no-timing');
    expect(r.code, r.stderr).toBe(0);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run.scenario.cluster.tier.name).toBe('Pro48');
    expect(run.scenario.traffic.ratePerS).toBe(40);
    expect(run.scenario.durationS).toBe(600);
    expect(run.scenario.seed).toBe(9);
  });

  it("a bad value gets the file's kind of error, naming the flag, and nothing is written", async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'magesim-ov-')), 'r');
    const cases: [string[], RegExp][] = [
      [['--set', 'cluster.tier=Pro13'], /^magesim: --set cluster\.tier=Pro13: cluster\.tier: expected a tier: .*found `Pro13` \(did you mean `Pro12`\?\)$/m],
      [['--set', 'cluster.teir=Pro48'], /^magesim: --set cluster\.teir=Pro48: cluster\.teir: expected a known key .*\(did you mean `tier`\?\)$/m],
      [['--set', 'traffic.behaviours.browseOnly=0.9'], /^magesim: --set traffic\.behaviours\.browseOnly=0\.9: traffic\.behaviours: expected shares that sum to 1/m],
      [['--set', 'cluster.tier.x=1'], /^magesim: --set cluster\.tier\.x=1: cluster\.tier\.x: expected a map at cluster\.tier to hold x, found `Pro24`$/m],
      [['--set', 'a b=1'], /^magesim: --set: expected a field path .* before "=", found "a b"$/m],
      [['--set', 'novalue'], /^magesim: --set: expected path=value/m],
      [['--set', '__proto__.x=1'], /^magesim: --set: expected a field path/m],
      [['--set', 'traffic.sessions.rate=[1'], /^magesim: --set traffic\.sessions\.rate=\[1: expected a YAML value after "=", found a syntax error/m],
      [['--seed', '1.5'], /^magesim: --seed 1\.5: seed: expected a whole number ≥ 0, found 1\.5$/m],
      [['--duration', 'soon'], /^magesim: --duration soon: duration: expected /m],
      [['--duration', '1m'], /^magesim: --duration 1m: /m],
    ];
    for (const [flags, message] of cases) {
      const r = await magesim('run', join(root, 'scenarios/default.yaml'), ...flags, '--out', out);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr, flags.join(' ')).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });
});
