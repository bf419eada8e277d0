import type { Sweep, SweepCell } from '../scenario/sweep/Sweep.js';
import type { CellResult } from '../run/sweep/CellResult.js';
import { recommend, type Recommendation } from '../run/sweep/recommend.js';
import { sweepTables, type SweepTables } from '../run/sweep/sweepTables.js';
import { sweepSummaryJson } from '../run/results/sweepSummaryJson.js';
import { sweepFiles } from '../report/sweep/sweepFiles.js';
import { MARKER_FILE, reportMarker } from './reportMarker.js';
import type { ReportFile } from '../report/ReportFile.js';
import { replicationSeeds, SEED_RULE } from '../run/seeds.js';

export const SWEEP_FORMAT = 'magesim-sweep';
export const SWEEP_FORMAT_VERSION = 1;

/** What a whole sweep found, from one run or merged shards. */
export interface SweepOutcome {
  sweep: Sweep;
  grid: SweepCell[];
  vcpus: number[];
  cells: CellResult[];
  /** Wall-clock seconds (the sum over shards when merged); null leaves timing out (`--no-timing`). */
  wallS: number | null;
}

/**
 * The files of a sweep's report (listed in report/sweep/sweepFiles.ts) and its marker
 * run.json, a function of the sweep and its cells' results alone (so one process and N
 * merged shards write the same bytes). Only sweep.json's `timing` block differs between identical
 * sweeps; `--no-timing` leaves it out.
 */
export function sweepReport(o: SweepOutcome, version: string): { files: Record<string, ReportFile>; tables: SweepTables; recommendations: Recommendation[] } {
  const { sweep, grid, cells } = o;
  const tables = sweepTables(sweep, cells, grid.map((c) => c.values), grid.map((c) => c.failure));
  const recommendations = recommend(sweep, grid, cells, o.vcpus);
  const maxReps = sweep.frontier === null ? sweep.replications : sweep.maxReplications;
  const sweepJson = {
    format: SWEEP_FORMAT,
    formatVersion: SWEEP_FORMAT_VERSION,
    magesim: version,
    sweep,
    seedRule: SEED_RULE,
    seeds: replicationSeeds(sweep.base.seed, maxReps),
    cells: grid.map((c, i) => ({ key: c.key, failure: c.failure, runs: cells[i].probes.reduce((a, p) => a + p.reps.length, 0), events: cells[i].probes.reduce((a, p) => a + p.reps.reduce((b, r) => b + r.events, 0), 0) })),
    ...(o.wallS === null
      ? {}
      : {
          timing: {
            wallClockS: round3(o.wallS),
            cells: grid.map((c, i) => ({ key: c.key, runS: round3(cells[i].probes.reduce((a, p) => a + p.reps.reduce((b, r) => b + r.wallS, 0), 0)) })),
          },
        }),
  };
  const files: Record<string, ReportFile> = sweepFiles({
    tables,
    recommendation: sweep.recommend === null ? null : { load: sweep.recommend.load, unit: sweep.frontier?.unit ?? '', recommendations },
    sweepJson,
    summaryJson: sweepSummaryJson(sweep, grid, cells, version),
    page: { title: `${sweep.name}: ${grid.length} cells`, tables, recommendations, rangeHi: sweep.frontier?.hi ?? null, target: sweep.recommend?.load ?? null, slo: sloLines(sweep) },
  });
  files[MARKER_FILE] = JSON.stringify({ ...reportMarker(version, [...Object.keys(files), MARKER_FILE]), kind: 'sweep', sweep: sweep.name }, null, 2) + '\n';
  return { files, tables, recommendations };
}

/** The base scenario's page targets, in the units the sweep page draws them. */
const sloLines = (sweep: Sweep) => ({
  p95Ms: sweep.base.slo.p95S === null ? null : sweep.base.slo.p95S * 1000,
  errorRate: sweep.base.slo.errorRate,
  latencyScope: sweep.base.slo.scope,
});

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
