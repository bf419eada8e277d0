import { MmcModel } from '../../src/cli/demo/MmcModel.js';
import { tuneEngine } from '../../sim/tuneEngine.js';

/**
 * Runs one long M/M/c (c = 10, ρ = 0.9) in this process and prints its peak resident
 * memory as JSON: run by the benchmark in a fresh process so the figure is its own.
 */
tuneEngine();
const customers = Number(process.argv[2] ?? 10_000_000);
const started = process.hrtime.bigint();
const model = new MmcModel(10, 0.9, customers, 1).run();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  JSON.stringify({
    customers: model.response.count,
    meanResponseS: model.response.mean,
    p99S: model.response.percentile(0.99),
    events: model.kernel.eventsProcessed,
    seconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);
