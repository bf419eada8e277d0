import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScenarioError } from '../../src/scenario/errors/formatScenarioError.js';
import { loadSweep } from '../../src/scenario/sweep/loadSweep.js';

const scenarios = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** A sweep file beside a copy-free reference to the bundled black-friday scenario; returns the error lines. */
function errors(body: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'magesim-sweep-'));
  const file = join(dir, 's.yaml');
  writeFileSync(file, `scenario: ${join(scenarios, 'black-friday-pro48.yaml')}\n${body}`);
  const r = loadSweep(file);
  return r.ok ? [] : r.errors.map(formatScenarioError).map((l) => l.replace(file, 's.yaml').replace(join(scenarios, 'black-friday-pro48.yaml'), 'bf.yaml'));
}

describe('sweep files', () => {
  it('the bundled examples load, with their cells in grid order', () => {
    const grid = loadSweep(join(scenarios, 'sweeps/tier-grid.yaml'));
    expect(grid.ok).toBe(true);
    if (!grid.ok) return;
    expect(grid.loaded.cells).toHaveLength(18);
    expect(grid.loaded.cells[0].key).toBe('cluster.tier=Pro24 traffic.sessions.rate=10/s failure=none');
    expect(grid.loaded.cells[1].key).toBe('cluster.tier=Pro24 traffic.sessions.rate=10/s failure=node-down-at-peak');
    const cell = grid.loaded.scenarioOf(grid.loaded.cells[17]);
    expect(cell.ok && cell.scenario.cluster.tier.name).toBe('Pro96');
    expect(cell.ok && cell.scenario.traffic.ratePerS).toBe(25);
    expect(cell.ok && cell.scenario.durationS).toBe(45 * 60);
    expect(cell.ok && cell.scenario.events.map((e) => e.type)).toEqual(['node-crash']);
    const frontier = loadSweep(join(scenarios, 'sweeps/black-friday-frontier.yaml'));
    expect(frontier.ok).toBe(true);
    if (!frontier.ok) return;
    expect(frontier.loaded.sweep.frontier).toMatchObject({ lo: 2, hi: 80, unit: '/s', precision: 0.05 });
    const probe = frontier.loaded.scenarioOf(frontier.loaded.cells[0], 12.34);
    expect(probe.ok && probe.scenario.traffic.ratePerS).toBe(12.34);
  });

  it('bad values are reported at their place in the sweep file, with the scenario’s own message', () => {
    expect(errors('vary:\n  cluster.tier: [Pro24, Pro13]\n')).toEqual([
      's.yaml:3:25: vary.cluster.tier[1]: expected a tier: Pro12, Pro24, Pro48, Pro96, Pro120, or { vcpuPerNode, ramGbPerNode }, found `Pro13` (did you mean `Pro12`?)',
    ]);
    expect(errors('vary:\n  cluster.teir: [Pro24]\n')).toEqual([
      's.yaml:3:18: vary.cluster.teir[0]: expected a known key (tier, architecture, autoscaling, db, php, network, balancing, services), found `teir` (did you mean `tier`?)',
    ]);
    expect(errors('failures:\n  down: [ { at: 30m, type: node-crash, node: 7 } ]\n')[0]).toMatch(/^s\.yaml:3:46: failures\.down\[0\]\.node: expected a node from 1 to 3: .*found node 7$/);
    expect(errors('set:\n  duration: soon\n')[0]).toMatch(/^s\.yaml:3:13: set\.duration: expected a positive duration/);
  });

  it('the sweep’s own fields: unknown keys, ranges, what a recommendation needs', () => {
    expect(errors('replicatoins: 3\n')[0]).toMatch(/^s\.yaml:2:1: replicatoins: expected a known key .*\(did you mean `replications`\?\)$/);
    expect(errors('frontier: { load: traffic.sessions.rate, range: [1/s, 20/min] }\n')[0]).toMatch(/^s\.yaml:2:.*frontier\.range\[1\]: expected the unit of the lowest load \(\/s\), found `20\/min`$/);
    expect(errors('frontier: { load: traffic.sessions.rate, range: [20/s, 10/s] }\n')[0]).toMatch(/frontier\.range\[1\]: expected a highest load above the lowest/);
    expect(errors('vary: { traffic.sessions.rate: [1/s] }\nfrontier: { load: traffic.sessions.rate, range: [1/s, 9/s] }\n')[0]).toMatch(/vary\.traffic\.sessions\.rate: expected no grid on the frontier's load field/);
    expect(errors('recommend: { load: 5/s }\n')[0]).toMatch(/recommend: expected a frontier to recommend from/);
    expect(errors('vary: { cluster.tier: [Pro24, Pro48] }\nfrontier: { load: traffic.sessions.rate, range: [1/s, 9/s] }\ncost: { Pro24: 100 }\n')[0]).toMatch(/cost: expected a price for every varied tier \(Pro24, Pro48\), found none for Pro48/);
    expect(errors('vary: { cluster.tier: [Pro24, Pro24] }\n')[0]).toMatch(/vary\.cluster\.tier\[1\]: expected values that differ, found `Pro24` twice/);
    expect(errors('frontier: { load: traffic.sessions.rate, range: [1/s, 9/s] }\nreplications: 1\n')[0]).toMatch(/replications: expected at least 2 with a frontier/);
    expect(errors('frontier: { load: traffic.sessions.rate, range: [1/s, 90/s] }\n')).toEqual([]);
  });

  it('a missing base scenario names the sweep’s field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'magesim-sweep-'));
    writeFileSync(join(dir, 's.yaml'), 'scenario: nowhere.yaml\n');
    const r = loadSweep(join(dir, 's.yaml'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatScenarioError(r.errors[0])).toMatch(/s\.yaml:1:11: scenario: expected a readable scenario file/);
  });
});
