import type { LoadedSweep } from '../scenario/sweep/Sweep.js';
import { cellsOfShard, runSweep } from '../run/sweep/runSweep.js';
import type { Shard } from '../run/sweep/shard.js';
import { PART_FILE, type SweepPart } from '../run/sweep/SweepPart.js';
import { partFromJson, partToJson } from '../run/sweep/partJson.js';
import { packageVersion } from './packageVersion.js';
import { MARKER_FILE, reportMarker } from './reportMarker.js';
import { sweepProgress } from './sweepProgress.js';
import { writeReportDir } from './writeReportDir.js';

export interface SweepOptions {
  out: string;
  workers: number;
  shard: Shard | null;
  quiet: boolean;
  noTiming: boolean;
}


/**
 * `magesim sweep`: runs the sweep's cells (one shard's with `--shard`) on a pool of
 * worker threads and writes the report — or, for a shard, its part for `merge` — into
 * the output folder atomically; prints the frontier and the recommendation.
 */
export async function sweepCommand(loaded: LoadedSweep, o: SweepOptions, print: (text: string) => void): Promise<number> {
  const version = packageVersion();
  const display = sweepProgress(cellsOfShard(loaded.cells, o.shard).length, o.quiet);
  let part;
  try {
    part = await runSweep(loaded, { workers: o.workers, shard: o.shard, version }, display.progress);
  } finally {
    display.stop();
  }
  // The report is made from the part as it reads back from part.json, so that one
  // process and merged shards build it from the same data, to the byte.
  const body = partToJson(o.noTiming ? { ...part, wallS: 0, cells: part.cells.map(stripTiming) } : part);
  if (o.shard !== null) {
    await writeReportDir(o.out, {
      [PART_FILE]: body,
      [MARKER_FILE]: JSON.stringify({ ...reportMarker(version, [PART_FILE, MARKER_FILE]), kind: 'sweep-part', sweep: part.sweepName, shard: part.shard }, null, 2) + '\n',
    });
    if (!o.quiet) print(`${loaded.sweep.name}: shard ${o.shard.index}/${o.shard.count}: ${part.cells.length} of ${loaded.cells.length} cells in ${part.wallS.toFixed(1)} s; part in ${o.out}/ (join the parts with \`magesim merge\`)\n`);
    return 0;
  }
  // The report's modules (the page and its charts) load only for a whole sweep: a shard's part does not need them.
  const [{ sweepReport }, { sweepConsole }] = await Promise.all([import('./sweepReport.js'), import('../report/sweep/sweepConsole.js')]);
  const whole = partFromJson(body) as SweepPart;
  const { files, tables, recommendations } = sweepReport({ sweep: whole.sweep, grid: whole.grid, vcpus: whole.vcpus, cells: whole.cells, wallS: o.noTiming ? null : part.wallS }, version);
  await writeReportDir(o.out, files);
  if (!o.quiet) {
    const runs = part.cells.reduce((a, c) => a + c.probes.reduce((b, p) => b + p.reps.length, 0), 0);
    print(sweepConsole(`${loaded.sweep.name}: ${loaded.cells.length} cells, ${runs} runs in ${part.wallS.toFixed(1)} s on ${o.workers} worker${o.workers === 1 ? '' : 's'}`, tables, recommendations));
    print(`reports in ${o.out}/\n`);
  }
  return 0;
}

/** A cell's result without wall-clock times, for byte-identical parts under --no-timing. */
export function stripTiming<T extends { probes: { reps: { wallS: number }[] }[] }>(cell: T): T {
  return { ...cell, probes: cell.probes.map((p) => ({ ...p, reps: p.reps.map((r) => ({ ...r, wallS: 0 })) })) };
}
