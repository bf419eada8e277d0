import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Bench, type Task } from 'tinybench';
import { HoldModel } from './holdModel.js';
import { MmcModel } from '../../src/run/MmcModel.js';
import { runSimjsMmc } from './simjsMmc.js';
import { tuneEngine } from '../../src/run/tuneEngine.js';
import { erlangC } from '../../sim/queueingTheory.js';

/**
 * `npm run bench`: the kernel's speed claims, measured with tinybench. Each task runs a
 * fixed amount of work per iteration; rates are work ÷ mean iteration time, with
 * tinybench's relative margin of error (95 %).
 */
tuneEngine();

interface Row {
  benchmark: string;
  rate: string;
  '± %': string;
  target: string;
  met: string;
}
const rows: Row[] = [];

function rate(task: Task, work: number): { perS: number; rme: number } {
  const r = task.result;
  if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
  return { perS: work / (r.latency.mean / 1000), rme: r.latency.rme };
}

function addRow(benchmark: string, perS: number, rme: number, unit: string, target: number | undefined): void {
  rows.push({
    benchmark,
    rate: `${(perS / 1e6).toFixed(2)} M ${unit}/s`,
    '± %': rme.toFixed(1),
    target: target === undefined ? '' : `≥ ${(target / 1e6).toFixed(1)} M`,
    met: target === undefined ? '' : perS >= target ? 'yes' : 'NO',
  });
}

const bench = new Bench({ iterations: 8, time: 0, warmupIterations: 2, warmupTime: 0 });

const HOLDS = 2_000_000;
const holdTargets: [number, number][] = [
  [100, 6e6],
  [10_000, 4e6],
  [1_000_000, 2.5e6],
];
for (const [pending] of holdTargets) {
  const model = new HoldModel(pending);
  bench.add(`hold ${pending}`, () => model.hold(HOLDS));
}

const MMC_CUSTOMERS = 1_000_000;
const SIMJS_CUSTOMERS = 100_000;
let mmcMean = 0;
let simjsMean = 0;
bench.add('mmc magesim', () => {
  mmcMean = new MmcModel(10, 0.9, MMC_CUSTOMERS, 1).run().response.mean;
});
bench.add('mmc simjs', () => {
  simjsMean = runSimjsMmc(10, 0.9, SIMJS_CUSTOMERS, 1).meanResponseS;
});

await bench.run();

for (const [pending, target] of holdTargets) {
  const r = rate(bench.getTask(`hold ${pending}`)!, HOLDS);
  addRow(`hold model, ${pending.toLocaleString('en')} pending`, r.perS, r.rme, 'holds', target);
}
const ours = rate(bench.getTask('mmc magesim')!, MMC_CUSTOMERS);
const theirs = rate(bench.getTask('mmc simjs')!, SIMJS_CUSTOMERS);
addRow('M/M/10 ρ=0.9, magesim FcfsStation', ours.perS, ours.rme, 'customers', 5e6);
addRow('M/M/10 ρ=0.9, simjs Facility', theirs.perS, theirs.rme, 'customers', undefined);

const memory = JSON.parse(
  spawnSync(process.execPath, [fileURLToPath(new URL('./memoryRun.js', import.meta.url)), '10000000'], { encoding: 'utf8' }).stdout,
) as { customers: number; seconds: number; peakRssMB: number; meanResponseS: number };

console.table(rows);
const ratio = ours.perS / theirs.perS;
console.log(`magesim / simjs on M/M/10: ${ratio.toFixed(1)}× (target ≥ 7×: ${ratio >= 7 ? 'yes' : 'NO'})`);
console.log(
  `mean response: magesim ${mmcMean.toFixed(4)} s, simjs ${simjsMean.toFixed(4)} s, Erlang C ${(1 + erlangC(10, 9) / (10 - 9)).toFixed(4)} s`,
);
console.log(
  `10 M customers M/M/10: ${memory.customers.toLocaleString('en')} served in ${memory.seconds.toFixed(1)} s, ` +
    `peak RSS ${memory.peakRssMB.toFixed(0)} MB (target < 150 MB: ${memory.peakRssMB < 150 ? 'yes' : 'NO'})`,
);
