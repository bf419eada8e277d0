import type { Scenario } from '../../scenario/Scenario.js';
import type { LoadedSweep, SweepCell } from '../../scenario/sweep/Sweep.js';
import { formatScenarioError } from '../../scenario/errors/formatScenarioError.js';
import type { CellResult, ProbeResult } from './CellResult.js';
import { probeVerdict } from './probeVerdict.js';
import type { ReplicationPool } from '../pool/ReplicationPool.js';
import { searchFrontier } from './searchFrontier.js';
import { replicationSeed } from '../seeds.js';

/** Called after every replication a cell finishes. */
export type OnReplication = (cell: SweepCell) => void;

/**
 * Runs one cell: its replications (a grid cell) or its frontier search. Replication i
 * of every cell and probe uses the seed rule (seeds.ts: the scenario seed + i) — common random numbers, so
 * differences between cells are paired — whichever worker or shard runs it.
 */
export async function runCell(loaded: LoadedSweep, cell: SweepCell, pool: ReplicationPool, onReplication?: OnReplication): Promise<CellResult> {
  const { sweep } = loaded;
  const scenarioAt = (load?: number): Scenario => {
    const r = loaded.scenarioOf(cell, load);
    if (!r.ok) throw new Error(`cell ${cell.key}${load === undefined ? '' : ` at load ${load}`}: ${r.errors.map(formatScenarioError).join('; ')}`);
    return r.scenario;
  };
  const batch = async (scenario: Scenario, from: number, count: number) =>
    Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const figures = await pool.figures(scenario, replicationSeed(scenario.seed, from + i));
        onReplication?.(cell);
        return figures;
      }),
    );
  const f = sweep.frontier;
  if (f === null) {
    const reps = await batch(scenarioAt(), 0, sweep.replications);
    const { verdict, bounds, limiting } = probeVerdict(reps, sweep.confidence, 1);
    const probe: ProbeResult = { load: null, reps, sloMet: verdict === 'pass' ? 'true' : verdict === 'fail' ? 'false' : 'inconclusive', bounds, limiting };
    return { key: cell.key, index: cell.index, probes: [probe], capacityLo: null, capacityHi: null, bottleneck: mode(reps.map((r) => r.busiest)) };
  }
  const looks = Math.ceil(sweep.maxReplications / sweep.replications);
  const probe = async (load: number): Promise<ProbeResult> => {
    const scenario = scenarioAt(load);
    const reps = [];
    for (let look = 0; look < looks; look++) {
      const n = Math.min(sweep.replications, sweep.maxReplications - reps.length);
      reps.push(...(await batch(scenario, reps.length, n)));
      const { verdict, bounds, limiting } = probeVerdict(reps, sweep.confidence, looks);
      if (verdict !== 'undecided') return { load, reps, sloMet: verdict === 'pass' ? 'true' : 'false', bounds, limiting };
      if (look === looks - 1) return { load, reps, sloMet: 'inconclusive', bounds, limiting };
    }
    throw new Error('unreachable');
  };
  const found = await searchFrontier(f, probe);
  const missing = found.probes.filter((p) => p.sloMet !== 'true').sort((a, b) => a.load! - b.load!)[0];
  const at = missing ?? found.probes.reduce((a, b) => (b.load! > a.load! ? b : a));
  return { key: cell.key, index: cell.index, probes: found.probes, capacityLo: found.capacityLo, capacityHi: found.capacityHi, bottleneck: mode(at.reps.map((r) => r.busiest)) };
}

/** The most frequent name; ties go to the first in alphabetical order. */
export function mode(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0] ?? '';
}
