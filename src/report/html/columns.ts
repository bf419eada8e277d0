import { isCiColumn, WINDOW } from '../../model/windowColumns.js';

/** A table of numbers by column name: timeseries.csv, read from a run or from a file. */
export interface Columns {
  readonly names: readonly string[];
  readonly rowCount: number;
  /** The column's values; all NaN when the table has no such column. */
  column(name: string): Float64Array;
  /** Names starting with `prefix`, without the `_ci95` companions. */
  named(prefix: string): string[];
}

/** Columns over a table given as its names, its row count and a row reader. */
export function columnsOf(names: readonly string[], rowCount: number, row: (i: number) => ArrayLike<number>): Columns {
  const cache = new Map<string, Float64Array>();
  // Rows may be computed when asked (and into a reused buffer): read each once, on first use.
  let rows: Float64Array[] | null = null;
  const table = (): Float64Array[] => (rows ??= Array.from({ length: rowCount }, (_, i) => Float64Array.from(row(i))));
  return {
    names,
    rowCount,
    column(name) {
      let out = cache.get(name);
      if (out !== undefined) return out;
      const j = names.indexOf(name);
      out = new Float64Array(rowCount);
      if (j < 0) out.fill(NaN);
      else {
        const all = table();
        for (let i = 0; i < rowCount; i++) out[i] = all[i][j];
      }
      cache.set(name, out);
      return out;
    },
    named: (prefix) => names.filter((c) => c.startsWith(prefix) && !isCiColumn(c)),
  };
}

/** The window's length in seconds, from the first two times (1 with fewer rows). */
export const windowOf = (c: Columns): number => {
  const t = c.column(WINDOW.time);
  return c.rowCount > 1 ? t[1] - t[0] : 1;
};

/** The column divided by the window: counts per window as rates per second. */
export const perSecond = (c: Columns, name: string): Float64Array => {
  const w = windowOf(c);
  return c.column(name).map((v) => v / w);
};
