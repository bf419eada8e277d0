import { describe, it, expect } from 'vitest';
import { EventSet, NOTHING_DUE } from '../../sim/EventSet.js';
import { RandomStreams } from '../../sim/RandomStreams.js';
import type { RandomStream } from '../../sim/RandomStream.js';

/** Reference: entries kept sorted by (key, insertion order). */
class Reference {
  private entries: { key: number; seq: number; id: number }[] = [];
  private seq = 0;
  push(key: number, id: number): void {
    const e = { key, seq: this.seq++, id };
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid].key <= key) lo = mid + 1;
      else hi = mid;
    }
    this.entries.splice(lo, 0, e);
  }
  pop(): { key: number; id: number } {
    return this.entries.shift()!;
  }
  get size(): number {
    return this.entries.length;
  }
}

/** Drives both with the same operations; `nextKey` gives a new event's time from now. */
function differential(rng: RandomStream, ops: number, prefill: number, nextKey: (now: number, i: number) => number): void {
  const set = new EventSet(4);
  const ref = new Reference();
  const free: number[] = [];
  let nextId = 0;
  let now = 0;
  const add = (key: number): void => {
    const id = free.length > 0 ? free.pop()! : nextId++;
    set.push(key, id);
    ref.push(key, id);
  };
  for (let i = 0; i < prefill; i++) add(nextKey(now, i));
  for (let i = 0; i < ops; i++) {
    if (ref.size > 0 && rng.uniform() < 0.5) {
      const want = ref.pop();
      let got: number;
      // The three ways out: peek then pop, and the kernel's popUntil with a horizon just
      // before the earliest key (nothing due, nothing removed), at it, or at infinity.
      if (i % 3 === 0) {
        expect(set.peekKey()).toBe(want.key);
        got = set.pop();
      } else {
        if (i % 3 === 1) expect(set.popUntil(want.key - Math.abs(want.key) * 1e-12 - 1e-300)).toBe(NOTHING_DUE);
        got = set.popUntil(i % 3 === 1 ? want.key : Infinity);
        expect(set.poppedKey).toBe(want.key);
      }
      if (got !== want.id) expect({ i, got, want: want.id }).toEqual({ i, got: want.id, want: want.id });
      now = want.key;
      free.push(got);
    } else {
      add(nextKey(now, i));
    }
    expect(set.size).toBe(ref.size);
  }
  while (ref.size > 0) {
    const want = ref.pop();
    expect(set.pop()).toBe(want.id);
  }
}

describe('EventSet', () => {
  const streams = new RandomStreams(11);

  it('popUntil on an empty set, or before the earliest key, returns NOTHING_DUE and keeps the set', () => {
    const set = new EventSet(4);
    expect(set.popUntil(Infinity)).toBe(NOTHING_DUE);
    set.push(2, 7);
    set.push(1, 5);
    expect(set.popUntil(0.5)).toBe(NOTHING_DUE);
    expect(set.size).toBe(2);
    expect(set.popUntil(1)).toBe(5);
    expect(set.poppedKey).toBe(1);
    expect(set.popUntil(Infinity)).toBe(7);
    expect(set.poppedKey).toBe(2);
    expect(set.size).toBe(0);
  });

  it('matches a sorted reference under the hold pattern with thousands pending', () => {
    const rng = streams.stream('hold');
    differential(rng, 40000, 5000, (now) => now + rng.exponential(1));
  });

  it('keeps same-time events in insertion order across buckets and re-plans', () => {
    const rng = streams.stream('ties');
    differential(rng, 40000, 3000, (now) => now + Math.floor(rng.uniform() * 4));
  });

  it('survives a burst of thousands of events at one instant', () => {
    const rng = streams.stream('burst');
    differential(rng, 30000, 0, (now, i) => (i % 7000 < 4000 ? now : now + rng.exponential(10)));
  });

  it('follows a density that grows and shrinks a hundredfold', () => {
    const rng = streams.stream('density');
    differential(rng, 60000, 2000, (now, i) => now + rng.exponential(i < 30000 ? 100 : 0.01));
  });

  it('keeps order when a few events lie far beyond the rest, past the planned buckets', () => {
    const rng = streams.stream('outliers');
    differential(rng, 40000, 3000, (now, i) => now + (i % 50 === 0 ? 1000 + rng.uniform() * 1000 : rng.uniform() * 3));
  });

  it('sorts a bucket of thousands of entries at two interleaved instants on its way to the front', () => {
    const rng = streams.stream('two-instants');
    differential(rng, 20000, 3000, (now, i) => (i < 3000 ? 1 + (i % 2) * 1e-4 + (i === 0 ? 100 : 0) : now + rng.uniform() * 5));
  });

  it('keeps order with more than 65 536 pending, planned in larger buckets', () => {
    // Too many for the sorted reference: pops of a hold must come out non-decreasing,
    // equal keys in push order, each pushed entry exactly once.
    const rng = streams.stream('large');
    const set = new EventSet(4);
    const pushedAt: number[] = [];
    const popped = new Uint8Array(300_000);
    let now = 0;
    const add = (): void => {
      set.push(now + Math.floor(rng.exponential(1) * 1000) / 1000, pushedAt.length);
      pushedAt.push(now);
    };
    for (let i = 0; i < 70_000; i++) add();
    let lastKey = -1;
    let lastId = -1;
    const check = (id: number): void => {
      const key = set.poppedKey;
      if (key < lastKey || (key === lastKey && id < lastId) || popped[id] === 1) expect({ key, id }).toEqual({ lastKey, lastId });
      popped[id] = 1;
      lastKey = key;
      lastId = id;
    };
    for (let i = 0; i < 200_000; i++) {
      check(set.popUntil(Infinity));
      now = set.poppedKey;
      add();
    }
    while (set.size > 0) check(set.popUntil(Infinity));
    expect(popped.reduce((a, b) => a + b, 0)).toBe(pushedAt.length);
  });

  it('handles keys spread over many orders of magnitude', () => {
    const rng = streams.stream('spread');
    differential(rng, 30000, 2000, (now) => now + Math.exp(rng.uniform() * 30 - 15));
  });
});
