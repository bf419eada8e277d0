import { loadScenario } from '../../src/scenario/loadScenario.js';
import { runScenario } from '../../src/run/runScenario.js';
import { tuneEngine } from '../../sim/tuneEngine.js';

/**
 * Runs one scenario file once in this process and prints events, seconds and peak
 * resident memory as JSON: the benchmark runs it in a fresh process so the memory
 * figure is the run's own.
 */
tuneEngine();
const loaded = loadScenario(process.argv[2]);
if (!loaded.ok) throw new Error(`bad scenario ${process.argv[2]}`);
const done = runScenario(loaded.scenario, 1);
process.stdout.write(
  JSON.stringify({ events: done.summary.events, seconds: done.wallS, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
