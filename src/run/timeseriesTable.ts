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
  /** Window column `j` (−1: the CDN hit ratio) of replication `r` at row `i`. */
  const value = (r: RunResult, i: number, j: number): number => {
    const row = r.windows.rows[i];
    return j >= 0 ? row[j] : row[arrivals] > 0 ? row[hits] / row[arrivals] : NaN;
  };
  /** The same over the replications: [mean], or [mean, half-width] when `ci`. */
  const replicated = (i: number, j: number, ci: boolean): number[] => meanAndCi(runs.map((r) => value(r, i, j)), ci);
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
    const put = (j: number): void => {
      // One replication: its values as they are (no arrays per cell: a long run has millions of cells).
      if (withCi) out.push(...replicated(i, j, true));
      else out.push(value(runs[0], i, j));
    };
    for (let j = 0; j < w.columns.length; j++) {
      put(j);
      if (j === hits) put(-1);
    }
    return out;
  };
  const cell = (i: number, k: number): number => {
    if (k === 0) return i * w.widthS;
    const [j, part] = source[k - 1];
    return withCi ? replicated(i, j, part === 1)[part] : value(runs[0], i, j);
  };
  return { columns, rowCount: w.rows.length, row, cell };
}
