import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GROUPS, runGroupProcess, scenarioFile, type GroupName, type GroupResult } from './group.js';
import { erlangC } from '../../sim/queueingTheory.js';
import { longRunPeakMB } from './longRunMemory.js';

/**
 * `npm run bench`: the kernel's and the model's speed claims, measured with tinybench.
 * Each group runs in a fresh process (see group.ts); each task does a fixed amount of
 * work per iteration, and its rate is work ÷ mean CPU time per iteration, with
 * tinybench's relative margin of error (95 %).
 */
const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

function child(script: string, args: string[]): string {
  const r = spawnSync(process.execPath, ['--expose-gc', here(script), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  return r.stdout;
}

const results = new Map<string, GroupResult>();
for (const group of GROUPS) {
  process.stderr.write(`bench: ${group}…\n`);
  for (const r of runGroupProcess(group)) results.set(r.name, r);
}
const get = (name: string): GroupResult => results.get(name)!;

interface Row {
  benchmark: string;
  rate: string;
  '± %': string;
  'wall-clock': string;
  target: string;
  met: string;
}
const rows: Row[] = [];
function addRow(benchmark: string, r: GroupResult, unit: string, target: number | undefined): void {
  rows.push({
    benchmark,
    rate: `${(r.perS / 1e6).toFixed(2)} M ${unit}/s`,
    '± %': r.rme.toFixed(1),
    'wall-clock': `${(r.wallPerS / 1e6).toFixed(2)} M`,
    target: target === undefined ? '' : `≥ ${(target / 1e6).toFixed(1)} M`,
    met: target === undefined ? '' : r.perS >= target ? 'yes' : 'NO',
  });
}

const holdTargets: [GroupName, number][] = [
  ['hold-100', 6e6],
  ['hold-10000', 4e6],
  ['hold-1000000', 2.5e6],
];
for (const [group, target] of holdTargets) {
  const r = get(group);
  addRow(`hold model, ${r.value.toLocaleString('en')} pending`, r, 'holds', target);
}
const ours = get('mmc magesim');
const theirs = get('mmc simjs');
const plain = get('mmc plain');
addRow('M/M/10 ρ=0.9, magesim FcfsStation', ours, 'customers', 5e6);
addRow('M/M/10 ρ=0.9, simjs Facility', theirs, 'customers', undefined);
addRow('M/M/10 ρ=0.9, one plain JS loop (yardstick)', plain, 'customers', undefined);
addRow('black-friday-pro48 end to end', get('black-friday-pro48'), 'events', 3e6);
addRow('bench-pro120-peak end to end', get('bench-pro120-peak'), 'events', undefined);

type FreshRun = { events: number; seconds: number; peakRssMB: number };
const pro120Run = JSON.parse(child('./scenarioRun.js', [scenarioFile('bench-pro120-peak')])) as FreshRun;
const blackFridayRun = JSON.parse(child('./scenarioRun.js', [scenarioFile('black-friday-pro48')])) as FreshRun;
const memory = JSON.parse(child('./memoryRun.js', ['10000000'])) as { customers: number; seconds: number; peakRssMB: number };
process.stderr.write('bench: long runs (10 h, 168 h simulated)…\n');
const tenHours = longRunPeakMB('10h');
const week = longRunPeakMB('168h');

process.stderr.write('bench: sweeps (8 cells on 1 and 2 workers; the black-friday frontier)…\n');
type SweepBench = {
  parallel: { cells: number; rounds: number; oneWorkerS: number; twoWorkersS: number; speedup: number; roundSpeedups: number[] };
  frontier: { cells: number; runs: number; wallS: number; gridPoints: number; gridRuns: number; ratio: number };
};
const sweeps = JSON.parse(child('./sweepBench.js', ['3'])) as SweepBench;

console.table(rows);
const ratio = ours.perS / theirs.perS;
console.log(
  `magesim / simjs on M/M/10: ${ratio.toFixed(1)}× by CPU time, ${(ours.wallPerS / theirs.wallPerS).toFixed(1)}× by wall clock (target ≥ 7×: ${ratio >= 7 ? 'yes' : 'NO'}); ` +
    `magesim / plain JS loop: ${(ours.perS / plain.perS).toFixed(2)}`,
);
console.log(
  `mean response: magesim ${ours.value.toFixed(4)} s, simjs ${theirs.value.toFixed(4)} s, plain ${plain.value.toFixed(4)} s, Erlang C ${(1 + erlangC(10, 9) / (10 - 9)).toFixed(4)} s`,
);
const pro120 = get('bench-pro120-peak');
const pro120CpuS = pro120.value / pro120.perS;
console.log(
  `bench-pro120-peak (1 simulated hour): ${pro120CpuS.toFixed(1)} s CPU per run in the bench, ${pro120Run.seconds.toFixed(1)} s wall in a fresh process ` +
    `(target < 10 s: ${Math.max(pro120CpuS, pro120Run.seconds) < 10 ? 'yes' : 'NO'}), peak RSS ${pro120Run.peakRssMB.toFixed(0)} MB (target < 300 MB: ${pro120Run.peakRssMB < 300 ? 'yes' : 'NO'})`,
);
console.log(
  `black-friday-pro48 once in a fresh process, as one \`magesim run\` sees it (the compiler still warming up): ` +
    `${(blackFridayRun.events / blackFridayRun.seconds / 1e6).toFixed(2)} M events/s wall, ${blackFridayRun.seconds.toFixed(2)} s`,
);
console.log(
  `10 M customers M/M/10: ${memory.customers.toLocaleString('en')} served in ${memory.seconds.toFixed(1)} s, ` +
    `peak RSS ${memory.peakRssMB.toFixed(0)} MB (target < 150 MB: ${memory.peakRssMB < 150 ? 'yes' : 'NO'})`,
);
const weekRatio = week.peakMB / tenHours.peakMB;
console.log(
  `memory flat in simulated time (M/M/8 reduction, \`magesim run\` with its reports): 10 h peaks at ${tenHours.peakMB.toFixed(0)} MB (${tenHours.seconds.toFixed(0)} s), ` +
    `168 h at ${week.peakMB.toFixed(0)} MB (${week.seconds.toFixed(0)} s): ${weekRatio.toFixed(2)}× (targets < 200 MB and ≤ 1.3×: ${week.peakMB < 200 && weekRatio <= 1.3 ? 'yes' : 'NO'})`,
);
const page = get('report.html');
const csv = get('timeseries.csv');
console.log(
  `report.html of default (1 simulated hour, 10 s windows, 3 replications, bands and hover data): ${(page.value / 1024).toFixed(0)} KB (target < 1 MB: ${page.value < 1 << 20 ? 'yes' : 'NO'}), ` +
    `${(1000 / page.perS).toFixed(1)} ms CPU ± ${page.rme.toFixed(0)} % to render; timeseries.csv of the same results (${(csv.value / 1024).toFixed(0)} KB) ${(1000 / csv.perS).toFixed(1)} ms: ` +
    `the page takes ${(csv.perS / page.perS).toFixed(2)}× the CSV's time`,
);
const par = sweeps.parallel;
console.log(
  `sweep parallel efficiency (${par.cells} cells, alternated ${par.rounds}×): 1 worker ${par.oneWorkerS.toFixed(2)} s, 2 workers ${par.twoWorkersS.toFixed(2)} s: ` +
    `${par.speedup.toFixed(2)}× (target ≥ 1.7×: ${par.speedup >= 1.7 ? 'yes' : 'NO'}; by round ${par.roundSpeedups.map((r) => r.toFixed(2)).join(', ')})`,
);
const fr = sweeps.frontier;
console.log(
  `frontier search, black-friday-frontier (${fr.cells} cells): ${fr.runs} runs in ${fr.wallS.toFixed(0)} s on 2 workers; a grid of the same precision needs ` +
    `${fr.gridPoints} loads × ${fr.cells} cells × its replications = ${fr.gridRuns} runs: ${(fr.ratio * 100).toFixed(1)} % of them (target ≤ 33 %: ${fr.ratio <= 1 / 3 ? 'yes' : 'NO'})`,
);
