import { describe, it, expect } from 'vitest';
import { SortedRun } from '../../sim/SortedRun.js';
import { RandomStreams } from '../../sim/RandomStreams.js';
import type { RandomStream } from '../../sim/RandomStream.js';

interface Entry {
  key: number;
  seq: number;
  value: number;
}

const byKeyThenSeq = (a: Entry, b: Entry): number => a.key - b.key || a.seq - b.seq;

function contents(run: SortedRun): { key: number; value: number }[] {
  return Array.from({ length: run.size }, (_, i) => ({ key: run.keyAt(i), value: run.valueAt(i) }));
}

/** Random inserts and pops against a sorted array; `key` draws a key near `now`. */
function differential(rng: RandomStream, ops: number, popShare: number, key: (now: number) => number): void {
  const run = new SortedRun(4);
  const ref: Entry[] = [];
  let seq = 0;
  let now = 0;
  for (let i = 0; i < ops; i++) {
    if (ref.length > 0 && rng.uniform() < popShare) {
      const want = ref.shift()!;
      expect(run.peekKey()).toBe(want.key);
      const got = run.pop();
      if (got !== want.value) expect({ i, got }).toEqual({ i, got: want.value });
      now = want.key;
    } else {
      const e = { key: key(now), seq: seq++, value: i };
      run.insert(e.key, e.value);
      ref.push(e);
      ref.sort(byKeyThenSeq);
    }
    expect(run.size).toBe(ref.length);
  }
  expect(contents(run)).toEqual(ref.map(({ key, value }) => ({ key, value })));
}

describe('SortedRun', () => {
  const streams = new RandomStreams(5);

  it('pops in key order with ties first in, while a few dozen entries come and go', () => {
    const rng = streams.stream('near');
    differential(rng, 20000, 0.5, (now) => now + Math.floor(rng.uniform() * 8));
  });

  it('stays in order when it grows to thousands and inserts are walked in from both ends', () => {
    const rng = streams.stream('long');
    differential(rng, 12000, 0.2, (now) => now + rng.uniform() * 100);
  });

  it('re-centres when either end of its buffer is reached', () => {
    const run = new SortedRun(4);
    // Each insert goes before all the others: the head meets the buffer's start.
    for (let i = 0; i < 50; i++) run.insert(-i, i);
    // Each goes after all the others: the tail meets the buffer's end.
    for (let i = 50; i < 100; i++) run.insert(i, i);
    const keys = contents(run).map((e) => e.key);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(run.size).toBe(100);
    // Pop and push one at a time: a run that never exceeds a few entries never grows.
    const small = new SortedRun(4);
    for (let i = 0; i < 10000; i++) {
      small.insert(i, i);
      small.insert(i + 0.5, i);
      small.pop();
      small.pop();
    }
    expect(small.size).toBe(0);
    small.insert(3, 7);
    expect(small.pop()).toBe(7);
  });

  it('clear empties it', () => {
    const run = new SortedRun(4);
    for (let i = 0; i < 10; i++) run.insert(i, i);
    run.clear();
    expect(run.size).toBe(0);
    run.insert(2, 5);
    run.insert(1, 6);
    expect(run.pop()).toBe(6);
    expect(run.pop()).toBe(5);
  });
});
