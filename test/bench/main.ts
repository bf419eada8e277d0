import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Bench, type Task, type TimestampProvider } from 'tinybench';
import { HoldModel } from './holdModel.js';
import { MmcModel } from '../../src/run/MmcModel.js';
import { runSimjsMmc } from './simjsMmc.js';
import { tuneEngine } from '../../src/run/tuneEngine.js';
import { erlangC } from '../../sim/queueingTheory.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { runScenario } from '../../src/run/runScenario.js';

/**
 * `npm run bench`: the kernel's speed claims, measured with tinybench. Each task runs a
 * fixed amount of work per iteration; the rate is work ÷ mean iteration time, with
 * tinybench's relative margin of error (95 %).
 *
 * Iteration time is this process's CPU time (user + system): on a virtual machine it
 * excludes the time the hypervisor steals, which otherwise swings results by ±20 %
 * between runs. The wall-clock rate over the same iterations is shown beside it.
 */
tuneEngine();

const cpuClock: TimestampProvider = {
  name: 'process-cpu-time',
  fn: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
  fromMs: (ms) => ms,
  toMs: (value) => Number(value),
};

/** Wall-clock seconds of each call of a task, to report next to the CPU-time rate. */
const wallS = new Map<string, number[]>();
function timed(name: string, work: () => void): () => void {
  const samples: number[] = [];
  wallS.set(name, samples);
  return () => {
    const t0 = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e9);
  };
}

interface Row {
  benchmark: string;
  rate: string;
  '± %': string;
  'wall-clock': string;
  target: string;
  met: string;
}
const rows: Row[] = [];

const ITERATIONS = 8;

interface Rate {
  perS: number;
  rme: number;
  wallPerS: number;
}

function rate(task: Task, work: number): Rate {
  const r = task.result;
  if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
  const walls = wallS.get(task.name)!.slice(-ITERATIONS);
  const wallMeanS = walls.reduce((a, b) => a + b, 0) / walls.length;
  return { perS: work / (r.latency.mean / 1000), rme: r.latency.rme, wallPerS: work / wallMeanS };
}

function addRow(benchmark: string, r: Rate, unit: string, target: number | undefined): void {
  const perS = r.perS;
  rows.push({
    benchmark,
    rate: `${(perS / 1e6).toFixed(2)} M ${unit}/s`,
    '± %': r.rme.toFixed(1),
    'wall-clock': `${(r.wallPerS / 1e6).toFixed(2)} M`,
    target: target === undefined ? '' : `≥ ${(target / 1e6).toFixed(1)} M`,
    met: target === undefined ? '' : perS >= target ? 'yes' : 'NO',
  });
}

const bench = new Bench({ iterations: ITERATIONS, time: 0, warmupIterations: 2, warmupTime: 0, timestampProvider: cpuClock });

const HOLDS = 2_000_000;
const holdTargets: [number, number][] = [
  [100, 6e6],
  [10_000, 4e6],
  [1_000_000, 2.5e6],
];
for (const [pending] of holdTargets) {
  const model = new HoldModel(pending);
  bench.add(`hold ${pending}`, timed(`hold ${pending}`, () => model.hold(HOLDS)));
}

const MMC_CUSTOMERS = 1_000_000;
const SIMJS_CUSTOMERS = 100_000;
let mmcMean = 0;
let simjsMean = 0;
bench.add(
  'mmc magesim',
  timed('mmc magesim', () => {
    mmcMean = new MmcModel(10, 0.9, MMC_CUSTOMERS, 1).run().response.mean;
  }),
);
bench.add(
  'mmc simjs',
  timed('mmc simjs', () => {
    simjsMean = runSimjsMmc(10, 0.9, SIMJS_CUSTOMERS, 1).meanResponseS;
  }),
);

await bench.run();

// Whole scenarios through the cluster model (few iterations: each is seconds long).
const scenarioBench = new Bench({ iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0, timestampProvider: cpuClock });
const scenarioFile = (name: string): string => fileURLToPath(new URL(`../../../scenarios/${name}.yaml`, import.meta.url));
function loaded(name: string) {
  const l = loadScenario(scenarioFile(name));
  if (!l.ok) throw new Error(`scenarios/${name}.yaml does not load`);
  return l.scenario;
}
const blackFriday = loaded('black-friday-pro48');
const pro120 = loaded('bench-pro120-peak');
let blackFridayEvents = 0;
let pro120Events = 0;
scenarioBench.add('black-friday-pro48', timed('black-friday-pro48', () => (blackFridayEvents = runScenario(blackFriday).summary.events)));
scenarioBench.add('bench-pro120-peak', timed('bench-pro120-peak', () => (pro120Events = runScenario(pro120).summary.events)));
await scenarioBench.run();

for (const [pending, target] of holdTargets) {
  const r = rate(bench.getTask(`hold ${pending}`)!, HOLDS);
  addRow(`hold model, ${pending.toLocaleString('en')} pending`, r, 'holds', target);
}
const ours = rate(bench.getTask('mmc magesim')!, MMC_CUSTOMERS);
const theirs = rate(bench.getTask('mmc simjs')!, SIMJS_CUSTOMERS);
addRow('M/M/10 ρ=0.9, magesim FcfsStation', ours, 'customers', 5e6);
addRow('M/M/10 ρ=0.9, simjs Facility', theirs, 'customers', undefined);

{
  const r = rate(scenarioBench.getTask('black-friday-pro48')!, blackFridayEvents);
  addRow('black-friday-pro48 end to end', r, 'events', 3e6);
  const p = rate(scenarioBench.getTask('bench-pro120-peak')!, pro120Events);
  addRow('bench-pro120-peak end to end', p, 'events', undefined);
}
const pro120Run = JSON.parse(
  spawnSync(process.execPath, [fileURLToPath(new URL('./scenarioRun.js', import.meta.url)), scenarioFile('bench-pro120-peak')], { encoding: 'utf8' }).stdout,
) as { events: number; seconds: number; peakRssMB: number };

const memory = JSON.parse(
  spawnSync(process.execPath, [fileURLToPath(new URL('./memoryRun.js', import.meta.url)), '10000000'], { encoding: 'utf8' }).stdout,
) as { customers: number; seconds: number; peakRssMB: number; meanResponseS: number };

console.table(rows);
const ratio = ours.perS / theirs.perS;
console.log(
  `magesim / simjs on M/M/10: ${ratio.toFixed(1)}× by CPU time, ${(ours.wallPerS / theirs.wallPerS).toFixed(1)}× by wall clock (target ≥ 7×: ${ratio >= 7 ? 'yes' : 'NO'})`,
);
console.log(
  `mean response: magesim ${mmcMean.toFixed(4)} s, simjs ${simjsMean.toFixed(4)} s, Erlang C ${(1 + erlangC(10, 9) / (10 - 9)).toFixed(4)} s`,
);
const pro120Task = scenarioBench.getTask('bench-pro120-peak')!.result;
const pro120MeanS = pro120Task.state === 'completed' ? pro120Task.latency.mean / 1000 : NaN;
console.log(
  `bench-pro120-peak (1 simulated hour): ${pro120MeanS.toFixed(1)} s CPU per run in the bench, ${pro120Run.seconds.toFixed(1)} s wall in a fresh process ` +
    `(target < 10 s: ${Math.max(pro120MeanS, pro120Run.seconds) < 10 ? 'yes' : 'NO'}), peak RSS ${pro120Run.peakRssMB.toFixed(0)} MB (target < 300 MB: ${pro120Run.peakRssMB < 300 ? 'yes' : 'NO'})`,
);
console.log(
  `10 M customers M/M/10: ${memory.customers.toLocaleString('en')} served in ${memory.seconds.toFixed(1)} s, ` +
    `peak RSS ${memory.peakRssMB.toFixed(0)} MB (target < 150 MB: ${memory.peakRssMB < 150 ? 'yes' : 'NO'})`,
);
