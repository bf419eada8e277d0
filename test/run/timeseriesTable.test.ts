import { describe, expect, it } from 'vitest';
import { ClusterModel } from '../../src/model/ClusterModel.js';
import { timeseriesTable } from '../../src/run/timeseriesTable.js';
import { baseInput } from '../model/fixtures.js';

const runs = [1, 2, 3].map((seed) => new ClusterModel(baseInput({ seed, durationS: 300, warmupS: 30 })).run());

describe('timeseries table', () => {
  for (const n of [1, 3]) {
    it(`gives each cell the value of its row in timeseries.csv (${n} replication${n > 1 ? 's' : ''})`, () => {
      const t = timeseriesTable(runs.slice(0, n));
      expect(t.columns.length).toBe(n > 1 ? 2 * (runs[0].windows.columns.length + 1) + 1 : runs[0].windows.columns.length + 2);
      expect(t.rowCount).toBe(runs[0].windows.rows.length);
      let finite = 0;
      for (let i = 0; i < t.rowCount; i++) {
        const row = t.row(i);
        expect(row.length).toBe(t.columns.length);
        for (let j = 0; j < row.length; j++) {
          // Object.is: NaN (an empty cell) must stay NaN, and 0 stay 0.
          if (!Object.is(t.cell(i, j), row[j])) expect.fail(`row ${i}, ${t.columns[j]}: cell ${t.cell(i, j)}, row ${row[j]}`);
          if (Number.isFinite(row[j]) && row[j] !== 0) finite++;
        }
      }
      expect(finite).toBeGreaterThan(t.rowCount * 5);
    });
  }
});
