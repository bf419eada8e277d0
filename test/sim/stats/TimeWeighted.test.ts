import { describe, expect, it } from 'vitest';
import { TimeWeighted } from '../../../sim/stats/TimeWeighted.js';

describe('TimeWeighted', () => {
  it('mean of a step function is its area over the elapsed time', () => {
    const tw = new TimeWeighted();
    tw.set(2, 3);
    tw.add(5, -2);
    // 0 on [0, 2), 3 on [2, 5), 1 on [5, 10): area 9 + 5.
    expect(tw.integral(10)).toBe(14);
    expect(tw.mean(10)).toBe(1.4);
    expect([tw.current, tw.max]).toEqual([1, 3]);
  });

  it('starts at the given time and value, which is the mean of an empty period', () => {
    const tw = new TimeWeighted(10, 2);
    expect(tw.mean(10)).toBe(2);
    tw.set(14, 6);
    expect(tw.mean(16)).toBe((2 * 4 + 6 * 2) / 6);
  });

  it('reset forgets the history but keeps the current value', () => {
    const tw = new TimeWeighted();
    tw.set(1, 5);
    tw.set(3, 1);
    tw.reset(10);
    expect([tw.current, tw.max, tw.mean(10)]).toEqual([1, 1, 1]);
    tw.set(12, 4);
    expect(tw.mean(14)).toBe(2.5);
    expect(tw.max).toBe(4);
  });
});
