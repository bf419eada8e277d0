import type { RunResult } from '../model/RunResult.js';
import { ciColumn, WINDOW } from '../model/windowColumns.js';
import { meanAndCi } from './meanAndCi.js';
import type { TimeseriesTable } from './RunSummary.js';

/**
 * Window columns as the mean over replications of each replication's value (a window's
 * page percentiles come from the model, one per replication; an empty one, NaN, is left
 * out of the mean, and a window with none is NaN: an empty cell), the CDN hit ratio
 * beside the hits, and with more than one replication a `<column>_ci95` half-width
 * (95 % Student t over the replications) beside every column.
 *
 * Nothing is computed ahead: a row (timeseries.csv, written a row at a time) or a column
 * (the report's charts, drawn a column at a time) is computed when asked, from the runs'
 * own windows, so a week of 10 s windows is held once.
 */
export function timeseriesTable(runs: RunResult[]): TimeseriesTable {
  const w = runs[0].windows;
  const withCi = runs.length > 1;
  const hits = w.columns.indexOf(WINDOW.cdnHits);
  const arrivals = w.columns.indexOf(WINDOW.arrivals);
  const hitRatio = (r: RunResult, i: number): number => {
    const row = r.windows.rows[i];
    return row[arrivals] > 0 ? row[hits] / row[arrivals] : NaN;
  };
  /** Window column `j` (−1: the hit ratio) at row `i` over the replications: [mean], or [mean, half-width] when `ci`. */
  const cell = (i: number, j: number, ci = withCi): number[] =>
    withCi ? meanAndCi(runs.map((r) => (j < 0 ? hitRatio(r, i) : r.windows.rows[i][j])), ci) : [j < 0 ? hitRatio(runs[0], i) : w.rows[i][j]];
  const columns: string[] = [WINDOW.time];
  /** Per table column after the time: the window column it reads (−1: the hit ratio) and which part (0 mean, 1 half-width). */
  const source: [number, number][] = [];
  const add = (name: string, j: number): void => {
    columns.push(name);
    source.push([j, 0]);
    if (withCi) columns.push(ciColumn(name)), source.push([j, 1]);
  };
  for (let j = 0; j < w.columns.length; j++) {
    add(w.columns[j], j);
    if (j === hits) add(WINDOW.cdnHitRatio, -1);
  }
  const row = (i: number): number[] => {
    const out = [i * w.widthS];
    if (!withCi) {
      // One replication: its values as they are (no arrays per cell: a long run has millions of cells).
      const r = w.rows[i];
      for (let j = 0; j < r.length; j++) {
        out.push(r[j]);
        if (j === hits) out.push(r[arrivals] > 0 ? r[hits] / r[arrivals] : NaN);
      }
      return out;
    }
    for (let j = 0; j < w.columns.length; j++) {
      out.push(...cell(i, j));
      if (j === hits) out.push(...cell(i, -1));
    }
    return out;
  };
  const cellAt = (i: number, k: number): number => {
    if (k === 0) return i * w.widthS;
    const [j, part] = source[k - 1];
    return withCi ? cell(i, j, part === 1)[part] : j < 0 ? hitRatio(runs[0], i) : w.rows[i][j];
  };
  return { columns, rowCount: w.rows.length, row, cell: cellAt };
}
