import Papa from 'papaparse';
import type { FrontierRow, SweepTables } from '../../run/sweep/sweepTables.js';
import { SWEEP_FIGURES } from '../../run/sweep/sweepTables.js';

/** A number with fixed decimals (reproducible bytes); an empty cell when there is none. */
function cell(x: number | null, decimals: number): string | number {
  if (x === null || !Number.isFinite(x)) return '';
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

const DECIMALS: Record<string, number> = { requests: 1, error_rate: 6, p50_ms: 3, p95_ms: 3, p99_ms: 3 };

function toCsv(fields: string[], data: (string | number)[][]): string {
  // escapeFormulae: a varied value such as `=1+1` stays text in a spreadsheet.
  return Papa.unparse({ fields, data }, { newline: '\n', escapeFormulae: true }) + '\n';
}

/**
 * sweep.csv: a row per grid cell or frontier probe: the varied values (a column per
 * path), the failure state, the replications, each figure's mean over them with its
 * 95 % half-width (`_ci`), the busiest resource (the most frequent over the
 * replications) and its mean utilisation, and whether the SLO was met with the sweep's
 * confidence (`true`, `false`, `inconclusive`) and the SLO figure that decided it
 * (the one missed by most; when met, the closest to its target).
 */
export function sweepCsv(t: SweepTables): string {
  const fields = [...t.valueColumns, 'failure', 'replications', ...SWEEP_FIGURES.flatMap((f) => [f, `${f}_ci`]), 'busiest_resource', 'busiest_utilisation', 'slo_met', 'limiting_check'];
  const data = t.rows.map((r) => [
    ...r.values,
    r.failure,
    r.replications,
    ...SWEEP_FIGURES.flatMap((f) => [cell(r.figures[f].mean, DECIMALS[f]), cell(r.figures[f].ci, DECIMALS[f])]),
    r.busiest,
    cell(r.busiestUtilisation, 4),
    r.sloMet,
    r.limiting,
  ]);
  return toCsv(fields, data);
}

/**
 * frontier.csv: a row per cell: its varied values, the failure state, `capacity_lo`
 * (the highest load certified to meet the SLO; empty when even the range's lowest did
 * not), `capacity_hi` (the lowest certified to miss it; empty when none did), the
 * unit, the probes (and how many were inconclusive), the replications in all and the
 * bottleneck.
 */
export function frontierCsv(valueColumns: readonly string[], rows: readonly FrontierRow[]): string {
  const fields = [...valueColumns.slice(0, -1), 'failure', 'capacity_lo', 'capacity_hi', 'unit', 'probes', 'inconclusive_probes', 'replications', 'bottleneck'];
  const data = rows.map((r) => [...r.values, r.failure, cell(r.capacityLo, 4), cell(r.capacityHi, 4), r.unit, r.probes, r.inconclusiveProbes, r.replications, r.bottleneck]);
  return toCsv(fields, data);
}
