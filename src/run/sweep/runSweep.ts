import type { Scenario } from '../../scenario/Scenario.js';
import { createHash } from 'node:crypto';
import type { LoadedSweep, SweepCell } from '../../scenario/sweep/Sweep.js';
import type { CellResult } from './CellResult.js';
import { ReplicationPool } from '../pool/ReplicationPool.js';
import { runCell } from './runCell.js';
import { type Shard, shardsOf } from './shard.js';
import { PART_FORMAT, PART_FORMAT_VERSION, type SweepPart } from './SweepPart.js';

export interface SweepProgress {
  /** A replication finished (of `cell`). */
  onReplication?(cell: SweepCell): void;
  /** A cell finished. */
  onCell?(cell: SweepCell, result: CellResult): void;
}

/** What identifies a sweep for merging: its resolved form (base scenario included), its cells and the magesim version. */
export function sweepHash(loaded: LoadedSweep, version: string): string {
  const { sweep, cells } = loaded;
  const identity = JSON.stringify({ version, sweep: { ...sweep, source: undefined, scenarioFile: undefined }, cells: cells.map((c) => c.key) });
  return createHash('sha256').update(identity).digest('hex');
}

/** The cells of shard `shard` (all of them without one). */
export function cellsOfShard(cells: readonly SweepCell[], shard: Shard | null): SweepCell[] {
  if (shard === null) return [...cells];
  const of = shardsOf(cells.map((c) => c.key), shard.count);
  return cells.filter((c) => of.get(c.key) === shard.index);
}

/**
 * Runs the cells of one shard (or all) on a pool of `workers` threads: every cell at
 * once, so the pool stays busy while frontier searches wait on their probes. The
 * results are in grid order and depend only on the sweep, never on the pool's size or
 * the order replications finish in.
 */
export async function runSweep(loaded: LoadedSweep, o: { workers: number; shard: Shard | null; version: string }, progress: SweepProgress = {}): Promise<SweepPart> {
  const started = process.hrtime.bigint();
  const mine = cellsOfShard(loaded.cells, o.shard);
  const pool = new ReplicationPool(Math.max(1, Math.min(o.workers, 64)));
  try {
    const cells = await Promise.all(
      mine.map(async (cell) => {
        const result = await runCell(loaded, cell, pool, progress.onReplication);
        progress.onCell?.(cell, result);
        return result;
      }),
    );
    return {
      format: PART_FORMAT,
      formatVersion: PART_FORMAT_VERSION,
      sweepHash: sweepHash(loaded, o.version),
      sweepName: loaded.sweep.name,
      shard: o.shard ?? { index: 1, count: 1 },
      sweep: loaded.sweep,
      grid: loaded.cells,
      vcpus: loaded.cells.map((c) => clusterVcpu(scenarioOf(loaded, c))),
      cells,
      wallS: Number(process.hrtime.bigint() - started) / 1e9,
    };
  } finally {
    await pool.close();
  }
}

function scenarioOf(loaded: LoadedSweep, cell: SweepCell) {
  const r = loaded.scenarioOf(cell, loaded.sweep.frontier?.lo);
  if (!r.ok) throw new Error(`cell ${cell.key}: its scenario no longer loads`);
  return r.scenario;
}

/** vCPUs of the cluster a scenario starts with: 3 nodes of the tier, or the scaled architecture's web and core nodes. */
function clusterVcpu(s: Scenario): number {
  const a = s.cluster.architecture;
  return a.kind === 'scaled' ? a.webNodes * a.webNode.vcpu + 3 * a.coreNode.vcpu : 3 * s.cluster.tier.vcpuPerNode;
}
