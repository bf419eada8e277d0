import { createHash } from 'node:crypto';
import { studentT } from '../../../sim/stats/confidenceInterval.js';
import type { Sweep, SweepCell } from '../../scenario/sweep/Sweep.js';
import type { CellResult } from '../sweep/CellResult.js';
import type { ReplicationFigures } from '../sweep/ReplicationFigures.js';
import { setupFingerprint } from '../setupFingerprint.js';
import type { Stat } from './summaryFormat.js';
import { SWEEP_SUMMARY_FORMAT, SWEEP_SUMMARY_FORMAT_VERSION, type SweepSummary } from './sweepSummaryFormat.js';
import { replicationSeeds } from '../seeds.js';

const FIGURES: [string, (r: ReplicationFigures) => number][] = [
  ['requests', (r) => r.requests],
  ['error_rate', (r) => r.errorRate],
  ['p50_ms', (r) => r.p50],
  ['p95_ms', (r) => r.p95],
  ['p99_ms', (r) => r.p99],
  ['busiest_utilisation', (r) => r.busiestUtilisation],
];

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function stat(values: number[]): Stat {
  const ok = values.filter(Number.isFinite);
  const mean = ok.length > 0 ? ok.reduce((a, b) => a + b, 0) / ok.length : NaN;
  return { mean: finite(mean), ci95: ok.length > 1 ? finite(studentT(ok, 0.95).halfWidth) : null, replications: values.map(finite) };
}

/** The sweep's definition without its base scenario (hashed apart) and without where its files are. */
export function sweepDefinitionHash(sweep: Sweep, grid: readonly SweepCell[]): string {
  const { base: _base, source: _source, scenarioFile: _file, ...rest } = sweep;
  return createHash('sha256').update(JSON.stringify({ ...rest, cells: grid.map((c) => c.key) })).digest('hex');
}

/** summary.json of a sweep, from its definition and its cells' results (the same for one process and merged shards). */
export function sweepSummaryJson(sweep: Sweep, grid: readonly SweepCell[], cells: readonly CellResult[], version: string): SweepSummary {
  const maxReps = sweep.frontier === null ? sweep.replications : sweep.maxReplications;
  const seeds = replicationSeeds(sweep.base.seed, maxReps);
  const base = setupFingerprint(sweep.base, seeds, version);
  return {
    format: SWEEP_SUMMARY_FORMAT,
    formatVersion: SWEEP_SUMMARY_FORMAT_VERSION,
    setup: {
      sweep: sweep.name,
      definitionHash: sweepDefinitionHash(sweep, grid),
      scenarioHash: base.scenarioHash,
      seeds,
      replications: sweep.replications,
      maxReplications: sweep.maxReplications,
      durationS: sweep.base.durationS,
      warmupS: sweep.base.warmupS,
      confidence: sweep.confidence,
      magesim: version,
    },
    frontier: sweep.frontier === null ? null : { load: sweep.frontier.load, unit: sweep.frontier.unit },
    cells: grid.map((c, i) => {
      const r = cells[i];
      return {
        key: c.key,
        failure: c.failure,
        values: Object.fromEntries(sweep.vary.map((axis, a) => [axis.path, c.values[a]])),
        capacity: sweep.frontier === null ? null : { lo: r.capacityLo, hi: r.capacityHi },
        bottleneck: r.bottleneck,
        probes: r.probes.map((p) => ({ load: p.load, sloMet: p.sloMet, limiting: p.limiting, figures: Object.fromEntries(FIGURES.map(([name, f]) => [name, stat(p.reps.map(f))])) })),
      };
    }),
  };
}
