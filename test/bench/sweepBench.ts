import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadSweep } from '../../src/scenario/sweep/loadSweep.js';
import type { LoadedSweep } from '../../src/scenario/sweep/Sweep.js';
import { runSweep } from '../../src/run/sweep/runSweep.js';
import { tuneEngine } from '../../src/run/tuneEngine.js';

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

/**
 * The machine's own ceiling, measured in the same run: a loop of random reads and
 * writes over a 32 MB typed array (memory-bound, like the simulator's event set and
 * tables) on one worker thread, then on two at once. Two cores that share a cache or
 * the memory bus cannot run two such loops at twice the speed of one; the ratio is the
 * most any parallel run of memory-bound work can gain here.
 */
const MEMORY_LOOP = `
const { parentPort } = require('node:worker_threads');
const a = new Float64Array(1 << 22);
let s = 0;
const t = process.hrtime.bigint();
for (let r = 0; r < 40; r++) for (let i = 0; i < a.length; i++) { const j = (i * 2654435761) & (a.length - 1); a[j] += i; s += a[(j + 1) & (a.length - 1)]; }
parentPort.postMessage(Number(process.hrtime.bigint() - t) / 1e9 + (s === 0.5 ? 1 : 0));
`;
function memoryLoops(n: number): Promise<number> {
  const started = process.hrtime.bigint();
  return Promise.all(
    Array.from({ length: n }, () => new Promise<void>((resolve, reject) => {
      const w = new Worker(MEMORY_LOOP, { eval: true });
      w.once('message', () => void w.terminate().then(() => resolve()));
      w.once('error', reject);
    })),
  ).then(() => Number(process.hrtime.bigint() - started) / 1e9);
}

const rounds = Number(process.argv[2] ?? 3);
let loopOne = 0;
let loopTwo = 0;
for (let i = 0; i < rounds; i++) {
  loopOne += 2 * (await memoryLoops(1));
  loopTwo += await memoryLoops(2);
}
const grid = load(here('../../../test/bench/sweep-8-cells.yaml'));
await wall(grid, 2); // warm the file system and the workers' code caches
let one = 0;
let two = 0;
for (let i = 0; i < rounds; i++) {
  one += (await wall(grid, 1)).s;
  two += (await wall(grid, 2)).s;
}
const frontier = load(here('../../../scenarios/sweeps/black-friday-frontier.yaml'));
const f = frontier.sweep.frontier!;
const found = await wall(frontier, 2);
const points = Math.ceil(Math.log(f.hi / f.lo) / Math.log(1 + f.precision)) + 1;
const gridRuns = frontier.cells.length * points * frontier.sweep.replications;
console.log(
  JSON.stringify({
    parallel: { cells: grid.cells.length, rounds, oneWorkerS: one / rounds, twoWorkersS: two / rounds, speedup: one / two, memoryLoopSpeedup: loopOne / loopTwo },
    frontier: { cells: frontier.cells.length, runs: found.runs, wallS: found.s, gridPoints: points, gridRuns, ratio: found.runs / gridRuns },
  }),
);
