import { describe, expect, it } from 'vitest';
import { sweepProgress } from '../../src/cli/sweepProgress.js';
import type { SweepCell } from '../../src/scenario/sweep/Sweep.js';
import type { CellResult } from '../../src/run/sweep/CellResult.js';

/** A stream that records what is written, a terminal or not. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = {
    isTTY,
    columns: 100,
    text: '',
    write(chunk: string) {
      s.text += chunk;
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => s,
    removeListener: () => s,
  };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

const cell = {} as SweepCell;
const result = {} as CellResult;

function drive(display: ReturnType<typeof sweepProgress>, cells: number, runsPerCell: number): void {
  for (let c = 0; c < cells; c++) {
    for (let r = 0; r < runsPerCell; r++) display.progress.onReplication?.(cell);
    display.progress.onCell?.(cell, result);
  }
  display.stop();
}

describe('the sweep progress display', () => {
  it('on a terminal: a bar of cells done, runs and an ETA', () => {
    const s = stream(true);
    drive(sweepProgress(4, false, s), 4, 3);
    expect(s.text).toMatch(/\d\/4 cells \| \d+ runs \| ETA/);
    expect(s.text).toContain('12 runs');
  });

  it('in a log: plain lines, no carriage return, the last one when every cell is done', () => {
    const s = stream(false);
    drive(sweepProgress(4, false, s, 3600), 4, 3);
    expect(s.text).not.toContain('\r');
    expect(s.text.trim().split('\n')).toEqual([expect.stringMatching(/^magesim: sweep: 4\/4 cells, 12 runs, \d+ s$/)]);
  });

  it('nothing with --quiet', () => {
    const s = stream(true);
    drive(sweepProgress(4, true, s), 4, 3);
    expect(s.text).toBe('');
  });
});
