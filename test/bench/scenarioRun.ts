import { formatScenarioError } from '../../src/scenario/errors/formatScenarioError.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { runScenario } from '../../src/run/runScenario.js';
import { tuneEngine } from '../../sim/tuneEngine.js';

/**
 * `node dist/test/bench/scenarioRun.js FILE [RUNS]`: runs one scenario file RUNS times
 * (1) in this process and prints the last run's events, seconds and the peak resident
 * memory as JSON. The benchmark runs it once in a fresh process, so the memory figure
 * is the run's own; run under `valgrind --tool=callgrind` with RUNS 1 and 3, half the
 * difference of the instruction counts is one warmed-up run's (docs/performance.md).
 */
tuneEngine();
const [file, runsArg = '1'] = process.argv.slice(2);
const runs = Number(runsArg);
if (file === undefined || !(Number.isInteger(runs) && runs >= 1)) {
  process.stderr.write('usage: node dist/test/bench/scenarioRun.js SCENARIO.yaml [RUNS ≥ 1]\n');
  process.exit(2);
}
const loaded = loadScenario(file);
if (!loaded.ok) {
  process.stderr.write(loaded.errors.map(formatScenarioError).join('\n') + '\n');
  process.exit(2);
}
let done = runScenario(loaded.scenario, 1);
for (let i = 1; i < runs; i++) done = runScenario(loaded.scenario, 1);
process.stdout.write(
  JSON.stringify({ events: done.summary.events, seconds: done.wallS, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
