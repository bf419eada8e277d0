import { describe, it, expect } from 'vitest';
import { KeyedHeap } from '../../sim/KeyedHeap.js';
import { RandomStreams } from '../../sim/RandomStreams.js';

describe('KeyedHeap', () => {
  it('pop returns values in ascending key order', () => {
    const rng = new RandomStreams(1).stream('keys');
    const heap = new KeyedHeap(2);
    const keys: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const k = Math.floor(rng.uniform() * 100);
      keys.push(k);
      heap.push(k, i);
    }
    const popped: number[] = [];
    while (heap.size > 0) popped.push(keys[heap.pop()]);
    expect(popped).toEqual([...keys].sort((a, b) => a - b));
  });

  it('pop returns equal keys in insertion order', () => {
    const heap = new KeyedHeap(2);
    const rng = new RandomStreams(2).stream('keys');
    const keys: number[] = [];
    for (let i = 0; i < 3000; i++) {
      keys.push(Math.floor(rng.uniform() * 10));
      heap.push(keys[i], i);
    }
    let last = -1;
    let lastKey = -1;
    while (heap.size > 0) {
      const v = heap.pop();
      if (keys[v] === lastKey) expect(v).toBeGreaterThan(last);
      last = v;
      lastKey = keys[v];
    }
  });

  it('interleaved pushes and pops keep order and ties FIFO', () => {
    const heap = new KeyedHeap(4);
    const rng = new RandomStreams(3).stream('hold');
    const key: number[] = [];
    const order: number[] = [];
    let id = 0;
    for (let i = 0; i < 100; i++) {
      key.push(Math.floor(rng.uniform() * 5));
      heap.push(key[id], id++);
    }
    let now = 0;
    for (let i = 0; i < 20000; i++) {
      const v = heap.pop();
      expect(key[v]).toBeGreaterThanOrEqual(now);
      if (key[v] === now && order.length > 0 && key[order[order.length - 1]] === now) {
        expect(v).toBeGreaterThan(order[order.length - 1]);
      }
      now = key[v];
      order.push(v);
      key.push(now + Math.floor(rng.uniform() * 3));
      heap.push(key[id], id++);
    }
  });

  it('grows by doubling and never shrinks', () => {
    const heap = new KeyedHeap(2);
    for (let i = 0; i < 100; i++) heap.push(i, i);
    expect(heap.capacity).toBe(128);
    while (heap.size > 0) heap.pop();
    expect(heap.capacity).toBe(128);
  });
});
