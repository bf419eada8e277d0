import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench, type TimestampProvider } from 'tinybench';
import { HoldModel } from './holdModel.js';
import { MmcModel } from '../../src/cli/demo/MmcModel.js';
import { runSimjsMmc } from './simjsMmc.js';
import { runPlainMmc } from './plainMmc.js';
import { tuneEngine } from '../../sim/tuneEngine.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { runScenario } from '../../src/run/runScenario.js';
import { incidents } from '../../src/run/incidents.js';
import { rotationSteps } from '../../src/run/rotationSteps.js';
import { checkMet, sloChecks } from '../../src/run/slo.js';
import { runPage } from '../../src/report/html/runPage.js';
import { timeseriesCsv } from '../../src/report/csv.js';

/**
 * One group of benchmarks, run in this process and printed as JSON lines
 * (`GroupResult`). `main.ts` starts a fresh process per group, as JMH forks per
 * benchmark: V8 then optimises each group's code for that group alone. (Run in one
 * process one after another, the three hold models and the M/M/c shared the event
 * set's compiled code and type feedback, and measured 15–25 % slower than each on its
 * own — a property of the harness, not of the kernel.)
 *
 * Iteration time is this process's CPU time (user + system): on a virtual machine it
 * excludes the time the hypervisor steals, which otherwise swings results by ±20 %
 * between runs. The wall-clock rate over the same iterations is reported beside it.
 */
export interface GroupResult {
  name: string;
  /** Units of work per CPU second. */
  perS: number;
  /** tinybench's relative margin of error (95 %), percent. */
  rme: number;
  /** Units of work per wall-clock second over the same iterations. */
  wallPerS: number;
  /** Whatever the task measured besides its speed (a mean response, events per run). */
  value: number;
}

export const GROUPS = ['hold-100', 'hold-10000', 'hold-1000000', 'mmc', 'black-friday-pro48', 'bench-pro120-peak', 'report-html'] as const;
export type GroupName = (typeof GROUPS)[number];

export const HOLDS = 2_000_000;
export const MMC_CUSTOMERS = 1_000_000;
export const SIMJS_CUSTOMERS = 100_000;
/** Measured runs of a scenario, after two warm-up runs. */
const SCENARIO_RUNS = 6;

const cpuClock: TimestampProvider = {
  name: 'process-cpu-time',
  fn: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
  fromMs: (ms) => ms,
  toMs: (value) => Number(value),
};

interface Work {
  name: string;
  /** Units of work one call performs; known after the first call for a scenario. */
  units: () => number;
  run: () => void;
  value: () => number;
}

export function scenarioFile(name: string): string {
  return fileURLToPath(new URL(`../../../scenarios/${name}.yaml`, import.meta.url));
}

function scenarioWork(name: string): Work {
  const loaded = loadScenario(scenarioFile(name));
  if (!loaded.ok) throw new Error(`scenarios/${name}.yaml does not load`);
  const scenario = loaded.scenario;
  let events = 0;
  return { name, units: () => events, run: () => (events = runScenario(scenario).summary.events), value: () => events };
}

function works(group: GroupName): Work[] {
  if (group.startsWith('hold-')) {
    const pending = Number(group.slice('hold-'.length));
    const model = new HoldModel(pending);
    return [{ name: group, units: () => HOLDS, run: () => model.hold(HOLDS), value: () => pending }];
  }
  if (group === 'mmc') {
    let ours = 0;
    let theirs = 0;
    let plain = 0;
    return [
      { name: 'mmc magesim', units: () => MMC_CUSTOMERS, run: () => (ours = new MmcModel(10, 0.9, MMC_CUSTOMERS, 1).run().response.mean), value: () => ours },
      { name: 'mmc simjs', units: () => SIMJS_CUSTOMERS, run: () => (theirs = runSimjsMmc(10, 0.9, SIMJS_CUSTOMERS, 1).meanResponseS), value: () => theirs },
      { name: 'mmc plain', units: () => MMC_CUSTOMERS, run: () => (plain = runPlainMmc(10, 0.9, MMC_CUSTOMERS).meanResponseS), value: () => plain },
    ];
  }
  if (group === 'report-html') return reportWork();
  return [scenarioWork(group)];
}

/**
 * report.html of the default scenario (1 simulated hour, 10 s windows) with 3
 * replications, so with confidence bands; beside it, as a yardstick, timeseries.csv of
 * the same results. Both are rendered from the finished summary: the simulation is not
 * timed. A unit is one file; `value` its size in bytes.
 */
function reportWork(): Work[] {
  const loaded = loadScenario(scenarioFile('default'));
  if (!loaded.ok) throw new Error('scenarios/default.yaml does not load');
  const scenario = loaded.scenario;
  const done = runScenario(scenario, 3);
  const s = done.summary;
  const rows = incidents(scenario.events, done.runs, scenario.slo, scenario.mechanics.databaseBytes);
  const checks = sloChecks(s, scenario.slo).map((c) => ({ ...c, met: checkMet(c) }));
  let html = 0;
  let csv = 0;
  return [
    { name: 'report.html', units: () => 1, run: () => (html = runPage({ title: scenario.name, summary: s, checks, incidents: rows, steps: rotationSteps(s.log) }).length), value: () => html },
    {
      name: 'timeseries.csv',
      units: () => 1,
      run: () => {
        csv = 0;
        for (const part of timeseriesCsv(s)) csv += part.length;
      },
      value: () => csv,
    },
  ];
}

export async function runGroup(group: GroupName): Promise<GroupResult[]> {
  tuneEngine();
  const scenario = group === 'black-friday-pro48' || group === 'bench-pro120-peak';
  // Two warm-up runs for a scenario: the second model built in a process re-optimises the
  // model's code once (V8 generalises field types it had specialised to the first model's
  // objects). Six measured runs, not three: on a shared virtual machine one run can take
  // 30 % longer than the next, and three left a margin of error near ±20 %.
  const iterations = scenario ? SCENARIO_RUNS : group === 'report-html' ? 20 : 8;
  const bench = new Bench({ iterations, time: 0, warmupIterations: 2, warmupTime: 0, timestampProvider: cpuClock });
  const list = works(group);
  const walls = new Map<string, number[]>();
  for (const w of list) {
    const samples: number[] = [];
    walls.set(w.name, samples);
    bench.add(w.name, () => {
      const t0 = process.hrtime.bigint();
      w.run();
      samples.push(Number(process.hrtime.bigint() - t0) / 1e9);
    });
  }
  await bench.run();
  return list.map((w) => {
    const r = bench.getTask(w.name)!.result;
    if (r.state !== 'completed') throw new Error(`${w.name}: ${r.state}`);
    const measured = walls.get(w.name)!.slice(-iterations);
    const wallMeanS = measured.reduce((a, b) => a + b, 0) / measured.length;
    return { name: w.name, perS: w.units() / (r.latency.mean / 1000), rme: r.latency.rme, wallPerS: w.units() / wallMeanS, value: w.value() };
  });
}

/**
 * Runs `group` in a fresh process from the benchmark folder `benchDir` (this checkout's
 * `dist/test/bench` by default, or another built checkout's) and returns its results.
 */
export function runGroupProcess(group: GroupName, benchDir = fileURLToPath(new URL('.', import.meta.url))): GroupResult[] {
  const r = spawnSync(process.execPath, ['--expose-gc', join(benchDir, 'group.js'), group], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${join(benchDir, 'group.js')} ${group} failed (exit ${r.status}):\n${r.stderr}`);
  return r.stdout.trim().split('\n').map((line) => JSON.parse(line) as GroupResult);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const group = process.argv[2] as GroupName;
  if (!GROUPS.includes(group)) throw new Error(`unknown benchmark group ${process.argv[2]}; one of ${GROUPS.join(', ')}`);
  for (const r of await runGroup(group)) process.stdout.write(JSON.stringify(r) + '\n');
}
