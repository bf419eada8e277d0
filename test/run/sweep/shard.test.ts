import { describe, expect, it } from 'vitest';
import { parseShard, shardsOf } from '../../../src/run/sweep/shard.js';

const keys = Array.from({ length: 23 }, (_, i) => `cluster.tier=Pro${12 * (i + 1)}|failure=${i % 2 ? 'none' : 'node-down'}`);

describe('shardsOf', () => {
  it('gives every key one shard, and shards differ by at most one cell', () => {
    for (const n of [1, 2, 3, 6, 7, 23, 40]) {
      const of = shardsOf(keys, n);
      expect([...of.keys()].sort()).toEqual([...keys].sort());
      const counts = Array.from({ length: n }, (_, i) => [...of.values()].filter((s) => s === i + 1).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('depends on the set of keys, not on the order they are listed in', () => {
    const reversed = shardsOf([...keys].reverse(), 5);
    const shuffled = shardsOf([...keys].sort(), 5);
    const original = shardsOf(keys, 5);
    for (const k of keys) {
      expect(reversed.get(k)).toBe(original.get(k));
      expect(shuffled.get(k)).toBe(original.get(k));
    }
  });
});

describe('parseShard', () => {
  it('reads i/N, or N with JOB_COMPLETION_INDEX (0-based) + 1', () => {
    expect(parseShard('2/5', undefined, {})).toEqual({ index: 2, count: 5 });
    expect(parseShard(undefined, 5, { JOB_COMPLETION_INDEX: '4' })).toEqual({ index: 5, count: 5 });
    expect(parseShard(undefined, undefined, {})).toBeNull();
    expect(parseShard(undefined, 5, { JOB_COMPLETION_INDEX: '5' })).toMatch(/expected JOB_COMPLETION_INDEX to hold the job's index, 0 to 4/);
    expect(parseShard('6/5', undefined, {})).toMatch(/--shard: expected i\/N/);
  });
});
