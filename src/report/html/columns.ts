import { isCiColumn, WINDOW } from '../../model/windowColumns.js';

/**
 * A table of numbers by column name: timeseries.csv, read from a run or from a file.
 * Nothing is copied ahead: a week of 10 s windows is 60 480 rows, and a page draws at
 * most MAX_POINTS of them, so it reads a column's cells as it draws them.
 */
export interface Columns {
  readonly names: readonly string[];
  readonly rowCount: number;
  /** The named column's value at a row, read when asked; NaN at every row when the table has no such column. */
  reader(name: string): (i: number) => number;
  /** Names starting with `prefix`, without the `_ci95` companions. */
  named(prefix: string): string[];
}

/** Columns over a table given as its names, its row count and a reader of the cell at row `i`, column `j`. */
export function columnsOf(names: readonly string[], rowCount: number, cell: (i: number, j: number) => number): Columns {
  return {
    names,
    rowCount,
    reader(name) {
      const j = names.indexOf(name);
      return j < 0 ? () => NaN : (i) => cell(i, j);
    },
    named: (prefix) => names.filter((c) => c.startsWith(prefix) && !isCiColumn(c)),
  };
}

/** The named column in full, as a new array. */
export const column = (c: Columns, name: string): Float64Array => {
  const read = c.reader(name);
  return Float64Array.from({ length: c.rowCount }, (_, i) => read(i));
};

/** The window's length in seconds, from the first two times (1 with fewer rows). */
export const windowOf = (c: Columns): number => {
  const t = c.reader(WINDOW.time);
  return c.rowCount > 1 ? t(1) - t(0) : 1;
};

/** The column divided by the window: counts per window as rates per second. */
export const perSecond = (c: Columns, name: string): Float64Array => {
  const w = windowOf(c);
  return column(c, name).map((v) => v / w);
};
