import { describe, it, expect } from 'vitest';
import { RandomStreams } from '../../../sim/RandomStreams.js';
import { RandomStream } from '../../../sim/RandomStream.js';
import seedrandom from 'seedrandom';

function take(stream: RandomStream, n: number): number[] {
  return Array.from({ length: n }, () => stream.uniform());
}

describe('RandomStreams', () => {
  it('gives the same sequence for the same seed and name', () => {
    expect(take(new RandomStreams(42).stream('arrivals'), 100)).toEqual(take(new RandomStreams(42).stream('arrivals'), 100));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(new RandomStreams(42).stream('arrivals'), 100)).not.toEqual(take(new RandomStreams(43).stream('arrivals'), 100));
  });

  it('gives different sequences for different names under one seed', () => {
    const streams = new RandomStreams(42);
    expect(take(streams.stream('arrivals'), 100)).not.toEqual(take(streams.stream('service'), 100));
  });

  it('does not shift an existing stream when another is created or drawn from', () => {
    const reference = take(new RandomStreams(42).stream('arrivals'), 20);
    const streams = new RandomStreams(42);
    const arrivals = streams.stream('arrivals');
    const head = take(arrivals, 10);
    take(streams.stream('cache-hits'), 1000);
    streams.stream('failures');
    expect([...head, ...take(arrivals, 10)]).toEqual(reference);
  });

  it('returns the same stream object for the same name', () => {
    const streams = new RandomStreams(1);
    expect(streams.stream('x')).toBe(streams.stream('x'));
  });

  it('keeps draws in [0, 1) and uniformOpenZero in (0, 1]', () => {
    const s = new RandomStreams(5).stream('range');
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = s.uniform();
      const v = s.uniformOpenZero();
      if (!(u >= 0 && u < 1 && v > 0 && v <= 1)) outside++;
    }
    expect(outside).toBe(0);
  });
});


describe('RandomStream', () => {
  it('draws exactly the sequence of seedrandom.alea for the same seed string', () => {
    const ours = new RandomStream(42, 'arrivals');
    const theirs = seedrandom.alea('42/arrivals');
    for (let i = 0; i < 100_000; i++) expect(ours.uniform()).toBe(theirs());
  });
});
