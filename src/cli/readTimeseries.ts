import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { columnsOf, type Columns } from '../report/html/columns.js';
import { WINDOW } from '../model/windowColumns.js';

/**
 * A run folder's timeseries.csv as columns, for the charts of a compare; null when the
 * folder has none or it is not a table of numbers with a time_s column (a compare
 * still compares summary.json, and its page says why it has no charts).
 */
export function readTimeseries(dir: string): Columns | null {
  const file = join(dir, 'timeseries.csv');
  if (!existsSync(file)) return null;
  const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true });
  const [head, ...rows] = parsed.data;
  if (head === undefined || head[0] !== WINDOW.time || parsed.errors.length > 0) return null;
  const numbers = rows.map((r) => r.map((v) => (v === '' ? NaN : Number(v))));
  if (numbers.some((r) => r.length !== head.length || !Number.isFinite(r[0]))) return null;
  return columnsOf(head, numbers.length, (i, j) => numbers[i][j]);
}
