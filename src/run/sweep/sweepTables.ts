import { studentT } from '../../../sim/stats/confidenceInterval.js';
import type { Sweep } from '../../scenario/sweep/Sweep.js';
import { valueText } from '../../scenario/sweep/loadSweep.js';
import type { CellResult, SloMet } from './CellResult.js';
import type { ReplicationFigures } from './ReplicationFigures.js';
import { mode } from './runCell.js';

/** The figures of a sweep.csv row: the mean over its replications and the 95 % Student-t half-width. */
export const SWEEP_FIGURES = ['requests', 'error_rate', 'p50_ms', 'p95_ms', 'p99_ms'] as const;
type SweepFigure = (typeof SWEEP_FIGURES)[number];

/** One row of sweep.csv: a grid cell, or a probe of a frontier search. */
export interface SweepRow {
  /** The varied values (then the load, with a frontier), as written in the sweep file. */
  values: string[];
  failure: string;
  replications: number;
  figures: Record<SweepFigure, { mean: number; ci: number }>;
  busiest: string;
  busiestUtilisation: number;
  sloMet: SloMet;
  /** The SLO figure that decided (see ProbeResult.limiting). */
  limiting: string;
}

/** One row of frontier.csv: a cell's certified bracket. */
export interface FrontierRow {
  values: string[];
  failure: string;
  capacityLo: number | null;
  capacityHi: number | null;
  unit: string;
  probes: number;
  inconclusiveProbes: number;
  replications: number;
  bottleneck: string;
}

export interface SweepTables {
  /** Column names of the varied values: the vary paths (then the load path, with a frontier). */
  valueColumns: string[];
  rows: SweepRow[];
  frontier: FrontierRow[] | null;
}

const PICK: Record<SweepFigure, (r: ReplicationFigures) => number> = {
  requests: (r) => r.requests,
  error_rate: (r) => r.errorRate,
  p50_ms: (r) => r.p50,
  p95_ms: (r) => r.p95,
  p99_ms: (r) => r.p99,
};

function figure(reps: readonly ReplicationFigures[], pick: (r: ReplicationFigures) => number): { mean: number; ci: number } {
  const values = reps.map(pick);
  if (values.some(Number.isNaN)) return { mean: NaN, ci: NaN };
  if (values.length < 2) return { mean: values[0], ci: NaN };
  const ci = studentT(values);
  return { mean: ci.mean, ci: ci.halfWidth };
}

/** The rows of sweep.csv and frontier.csv, in grid order (probes of a cell in the order they ran). */
export function sweepTables(sweep: Sweep, cells: readonly CellResult[], cellValues: readonly unknown[][], failures: readonly string[]): SweepTables {
  const f = sweep.frontier;
  const valueColumns = [...sweep.vary.map((a) => a.path), ...(f === null ? [] : [f.load])];
  const rows: SweepRow[] = [];
  const frontier: FrontierRow[] = [];
  cells.forEach((cell, i) => {
    const values = cellValues[i].map(valueText);
    for (const p of cell.probes) {
      const figures = Object.fromEntries(SWEEP_FIGURES.map((name) => [name, figure(p.reps, PICK[name])])) as SweepRow['figures'];
      rows.push({
        values: p.load === null ? values : [...values, String(p.load)],
        failure: failures[i],
        replications: p.reps.length,
        figures,
        busiest: mode(p.reps.map((r) => r.busiest)),
        busiestUtilisation: p.reps.reduce((a, r) => a + r.busiestUtilisation, 0) / p.reps.length,
        sloMet: p.sloMet,
        limiting: p.limiting,
      });
    }
    if (f !== null) {
      frontier.push({
        values,
        failure: failures[i],
        capacityLo: cell.capacityLo,
        capacityHi: cell.capacityHi,
        unit: f.unit,
        probes: cell.probes.length,
        inconclusiveProbes: cell.probes.filter((p) => p.sloMet === 'inconclusive').length,
        replications: cell.probes.reduce((a, p) => a + p.reps.length, 0),
        bottleneck: cell.bottleneck,
      });
    }
  });
  return { valueColumns, rows, frontier: f === null ? null : frontier };
}
