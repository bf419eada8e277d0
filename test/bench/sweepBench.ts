import { fileURLToPath } from 'node:url';
import { loadSweep } from '../../src/scenario/sweep/loadSweep.js';
import type { LoadedSweep } from '../../src/scenario/sweep/Sweep.js';
import { runSweep } from '../../src/run/sweep/runSweep.js';
import { tuneEngine } from '../../sim/tuneEngine.js';

/**
 * The sweep's speed claims, printed as one JSON line:
 * - parallel efficiency: the same 8-cell sweep on 1 worker and on 2, alternated
 *   (1, 2, 1, 2, …) so the machine's drift hits both alike; the ratio of the summed wall
 *   times;
 * - the frontier search's cost on the bundled black-friday-frontier (3 tiers × 2
 *   failure states): its runs and wall time, against the runs of a grid fine enough to
 *   give the same precision (a load every `precision` from the range's bottom to its
 *   top, each with the first batch of replications).
 */
tuneEngine();
const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

function load(file: string): LoadedSweep {
  const r = loadSweep(file);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.loaded;
}

async function wall(loaded: LoadedSweep, workers: number): Promise<{ s: number; runs: number }> {
  const started = process.hrtime.bigint();
  const part = await runSweep(loaded, { workers, shard: null, version: 'bench' });
  const runs = part.cells.reduce((a, c) => a + c.probes.reduce((b, p) => b + p.reps.length, 0), 0);
  return { s: Number(process.hrtime.bigint() - started) / 1e9, runs };
}

const rounds = Number(process.argv[2] ?? 3);
const grid = load(here('../../../test/bench/sweep-8-cells.yaml'));
await wall(grid, 2); // warm the file system and the workers' code caches
let one = 0;
let two = 0;
const ratios: number[] = [];
for (let i = 0; i < rounds; i++) {
  const a = (await wall(grid, 1)).s;
  const b = (await wall(grid, 2)).s;
  one += a;
  two += b;
  ratios.push(a / b);
}
ratios.sort((x, y) => x - y);
const frontier = load(here('../../../scenarios/sweeps/black-friday-frontier.yaml'));
const f = frontier.sweep.frontier!;
const found = await wall(frontier, 2);
const points = Math.ceil(Math.log(f.hi / f.lo) / Math.log(1 + f.precision)) + 1;
const gridRuns = frontier.cells.length * points * frontier.sweep.replications;
console.log(
  JSON.stringify({
    parallel: { cells: grid.cells.length, rounds, oneWorkerS: one / rounds, twoWorkersS: two / rounds, speedup: one / two, roundSpeedups: ratios },
    frontier: { cells: frontier.cells.length, runs: found.runs, wallS: found.s, gridPoints: points, gridRuns, ratio: found.runs / gridRuns },
  }),
);
