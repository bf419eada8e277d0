import { describe, expect, it } from 'vitest';
import { WindowSeries } from '../../../sim/stats/WindowSeries.js';

describe('WindowSeries', () => {
  it('add sums amounts into the window holding the time, per column; the horizon is in the last window, times beyond it in none', () => {
    const w = new WindowSeries(10, 60, 2);
    w.add(0, 0, 1);
    w.add(9.999, 0, 2);
    w.add(10, 0, 4);
    w.add(59.9, 1, 8);
    w.add(60, 1, 16);
    w.add(60.001, 1, 100);
    w.add(-0.1, 0, 100);
    w.add(NaN, 0, 100);
    expect(w.windowCount).toBe(6);
    expect([w.get(0, 0), w.get(1, 0), w.get(5, 1), w.get(0, 1)]).toEqual([3, 4, 24, 0]);
  });

  it('window bounds tile [0, horizon) and a partial last window ends at the horizon', () => {
    const w = new WindowSeries(10, 25, 1);
    expect(w.windowCount).toBe(3);
    expect([0, 1, 2].map((i) => [w.windowStartS(i), w.windowEndS(i)])).toEqual([[0, 10], [10, 20], [20, 25]]);
    w.add(24.9, 0, 1);
    expect(w.get(2, 0)).toBe(1);
  });

  it('a horizon that is a multiple of the width up to float rounding gives no extra window', () => {
    expect(new WindowSeries(0.1, 1.1, 1).windowCount).toBe(11);
    expect(new WindowSeries(0.1, 0.3, 1).windowCount).toBe(3);
  });

  it('addInterval spreads value × overlap across the windows the interval crosses', () => {
    const w = new WindowSeries(10, 60, 1);
    w.addInterval(5, 32, 0, 2);
    expect([0, 1, 2, 3, 4].map((i) => w.get(i, 0))).toEqual([10, 20, 20, 4, 0]);
  });

  it('addInterval clips to [0, horizon) and ignores empty intervals', () => {
    const w = new WindowSeries(10, 30, 1);
    w.addInterval(-5, 5, 0, 1);
    w.addInterval(25, 99, 0, 1);
    w.addInterval(12, 12, 0, 1);
    w.addInterval(40, 50, 0, 1);
    expect([w.get(0, 0), w.get(1, 0), w.get(2, 0)]).toEqual([5, 0, 5]);
  });

  it('window sum over width is the time-weighted mean of a step function', () => {
    const w = new WindowSeries(1, 3, 1);
    // Busy servers: 2 on [0, 0.25), 4 on [0.25, 1.5), 1 on [1.5, 3).
    w.addInterval(0, 0.25, 0, 2);
    w.addInterval(0.25, 1.5, 0, 4);
    w.addInterval(1.5, 3, 0, 1);
    expect(w.get(0, 0) / 1).toBeCloseTo(0.25 * 2 + 0.75 * 4, 12);
    expect(w.get(1, 0) / 1).toBeCloseTo(0.5 * 4 + 0.5 * 1, 12);
    expect(w.get(2, 0) / 1).toBeCloseTo(1, 12);
  });

  it('overlaps of an interval over many fine windows add up to its length', () => {
    const w = new WindowSeries(0.1, 100, 1);
    w.addInterval(0.05, 99.95, 0, 1);
    let total = 0;
    for (let i = 0; i < w.windowCount; i++) total += w.get(i, 0);
    expect(total).toBeCloseTo(99.9, 9);
    expect(w.get(0, 0)).toBeCloseTo(0.05, 12);
    expect(w.get(500, 0)).toBeCloseTo(0.1, 12);
  });

  it('reset zeroes every window', () => {
    const w = new WindowSeries(1, 2, 1);
    w.add(0.5, 0, 1);
    w.reset();
    expect(w.get(0, 0)).toBe(0);
  });
});
