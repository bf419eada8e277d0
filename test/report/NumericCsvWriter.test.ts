import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { NumericCsvWriter } from '../../src/report/NumericCsvWriter.js';
import { round } from '../../src/report/csv.js';

const written = (row: number[]): string => {
  const w = new NumericCsvWriter();
  w.line(row);
  return w.take().toString('latin1');
};

describe('NumericCsvWriter', () => {
  it('writes every finite number as String(round(x, 4)) does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer()), { minLength: 1, maxLength: 40 }), (row) => {
        expect(written(row)).toBe(row.map((x) => String(round(x, 4))).join(',') + '\n');
      }),
      { numRuns: 2000 },
    );
  });

  it('writes NaN (no value) as an empty cell', () => {
    expect(written([1, NaN, 2.5, NaN])).toBe('1,,2.5,\n');
  });

  it('grows for long lines and hands over what it holds', () => {
    const w = new NumericCsvWriter();
    const row = Array.from({ length: 5000 }, (_, i) => i + 0.125);
    for (let k = 0; k < 20; k++) w.line(row);
    expect(w.holds(1 << 16)).toBe(true);
    const text = w.take().toString('latin1');
    expect(text.split('\n')).toHaveLength(21);
    expect(w.holds(1)).toBe(false);
  });
});
