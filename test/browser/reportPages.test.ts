import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { magesimInProcess } from '../support/inProcess.js';
import { ensureChromium, launchChromium } from './chromium.js';
import { inspectPage, type PageSeen } from './inspectPage.js';

/**
 * report.html of a failure scenario's run, of a frontier sweep, of a grid sweep and of a
 * compare, opened in headless Chromium (Debian's package; see chromium.ts): no console
 * error, no request beyond the file, every chart laid out with a size and the series it
 * declares, the verdict in the text, nothing wider than a phone, and a screenshot in
 * reports/screenshots/ for a person to look at.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(root, 'reports/screenshots');

async function magesim(...args: string[]): Promise<void> {
  const r = await magesimInProcess(...args, '-q');
  // compare exits 1 when it finds a regression: still a page to look at.
  expect(r.code === 0 || (args[0] === 'compare' && r.code === 1), `magesim ${args.join(' ')}\n${r.stderr}`).toBe(true);
}

let tmp: string;
let browser: Browser;
const seen: Record<string, PageSeen> = {};
const bytes: Record<string, number> = {};

beforeAll(async () => {
  const chromium = ensureChromium();
  tmp = mkdtempSync(join(tmpdir(), 'magesim-browser-'));
  mkdirSync(shots, { recursive: true });
  // 20 of the scenario's 40 minutes (the crash at 15 min is in); three replications, the fewest a page draws bands for.
  const failure = ['scenarios/node-failure-at-peak.yaml', '--replications', '3', '--duration', '20m'];
  await magesim('run', ...failure, '--out', join(tmp, 'run'));
  await magesim('run', ...failure, '--set', 'cluster.tier=Pro24', '--out', join(tmp, 'run-b'));
  await magesim('sweep', 'test/deploy/tiny-sweep.yaml', '--out', join(tmp, 'frontier'));
  await magesim('sweep', 'test/cli/sweeps/grid.yaml', '--out', join(tmp, 'grid'));
  await magesim('compare', join(tmp, 'run'), join(tmp, 'run-b'), '--allow-different', '--out', join(tmp, 'compare'));
  browser = await launchChromium(chromium);
  for (const name of ['run', 'frontier', 'grid', 'compare']) {
    const file = join(tmp, name, 'report.html');
    bytes[name] = statSync(file).size;
    seen[name] = await inspectPage(browser, file, join(shots, `${name}.png`));
  }
}, 15 * 60_000);

afterAll(async () => {
  await browser?.close();
});

describe.each(['run', 'frontier', 'grid', 'compare'])('report.html of %s in Chromium', (name) => {
  it('loads with no console error and no request beyond the file', () => {
    expect(seen[name].consoleErrors).toEqual([]);
    expect(seen[name].requests).toEqual([]);
  });

  it('lays out every chart with a size and the series it declares', () => {
    const charts = seen[name].charts;
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.width, c.id).toBeGreaterThan(300);
      expect(c.height, c.id).toBeGreaterThan(50);
      expect(c.drawn, c.id).toBe(c.declared);
      expect(c.declared, c.id).toBeGreaterThan(0);
    }
  });

  it('fits a phone’s width and leaves a screenshot', () => {
    expect(seen[name].phoneOverflow).toBeLessThanOrEqual(0);
    expect(statSync(join(shots, `${name}.png`)).size).toBeGreaterThan(10_000);
  });

  it('is well under 1 MB', () => {
    expect(bytes[name]).toBeLessThan(1_000_000);
  });
});

describe('what the pages say', () => {
  it('the run shows its SLO verdict and the charts of a failure scenario', () => {
    const s = seen.run;
    expect(s.verdict).toMatch(/^SLO (met|missed)/);
    expect(s.text).toContain(s.verdict.split('\n')[0]);
    const ids = s.charts.map((c) => c.id);
    expect(ids).toEqual(['latency', 'origin', 'throughput', 'errors', 'cpu', 'php', 'queues']);
    const byId = Object.fromEntries(s.charts.map((c) => [c.id, c.declared]));
    // Three web nodes (Pro48): CPU per node, PHP-FPM busy and backlog per node, Redis and 3 Galera appliers.
    expect(byId).toMatchObject({ latency: 3, origin: 3, throughput: 2, errors: 7, cpu: 3, php: 6, queues: 4 });
    expect(s.text).toContain('node-crash node 2');
  });

  it('the run shows values under the pointer (inline script), and only there', () => {
    expect(seen.run.hover).toMatch(/^minute \d+\.\d\np50: [\d.]+\np95: [\d.]+\np99: [\d.]+$/);
  });

  it('the sweeps show the frontier, the grid, and p95 and errors against load', () => {
    expect(seen.frontier.charts.map((c) => [c.id, c.declared])).toEqual([['frontier', 4], ['p95-load', 4], ['errors-load', 4]]);
    expect(seen.frontier.text).toContain('Capacity frontier');
    expect(seen.grid.charts.map((c) => [c.id, c.declared])).toEqual([['grid', 4], ['p95-load', 4], ['errors-load', 4]]);
    expect(seen.grid.text).toMatch(/Colour: ms on a log scale/);
  });

  it('the compare shows its verdict and overlays baseline and current', () => {
    expect(seen.compare.verdict).toMatch(/^\d+ regressions?/);
    expect(seen.compare.verdict).toContain('cluster.tier.name: Pro48 → Pro24');
    expect(seen.compare.charts.map((c) => [c.id, c.declared])).toEqual(['cmp-p95', 'cmp-origin-p95', 'cmp-completions', 'cmp-errors', 'cmp-cpu'].map((id) => [id, 2]));
    expect(seen.compare.hover).toMatch(/^minute [\d.]+\nbaseline: [\d.]+\ncurrent: [\d.]+$/);
  });
});
