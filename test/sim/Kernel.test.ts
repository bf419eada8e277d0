import { describe, it, expect } from 'vitest';
import { Kernel, type EventHandler } from '../../sim/Kernel.js';

class Recorder implements EventHandler {
  readonly log: string[] = [];
  constructor(private readonly kernel: Kernel) {}
  handle(code: number, subject: number): void {
    this.log.push(`${this.kernel.nowS}:${code}:${subject}`);
  }
}

describe('Kernel', () => {
  it('run delivers events in time order and advances the clock', () => {
    const k = new Kernel(2);
    const r = new Recorder(k);
    const a = k.defineKind(r, 7);
    k.schedule(3, a, 1);
    k.schedule(1, a, 2);
    k.scheduleAt(2, a, 3);
    const stats = k.run();
    expect(r.log).toEqual(['1:7:2', '2:7:3', '3:7:1']);
    expect(stats.events).toBe(3);
    expect(k.nowS).toBe(3);
  });

  it('occasional kinds are delivered like any other, in the same order, under their names', () => {
    const k = new Kernel(2);
    const r = new Recorder(k);
    const hot = k.defineKind(r, 1, 'hot');
    const rare = k.defineOccasionalKind(r, 9, 'rare');
    k.scheduleAt(2, rare, 4);
    k.scheduleAt(1, hot, 5);
    k.scheduleAt(2, hot, 6);
    const cancelled = k.scheduleCancellable(3, rare, 7);
    expect(k.cancel(cancelled)).toBe(true);
    k.run();
    expect(r.log).toEqual(['1:1:5', '2:9:4', '2:1:6']);
    expect(k.kindName(rare)).toBe('rare');
  });

  it('handlers of more classes than run has call sites for are each delivered their own events, in order', () => {
    // Eight classes: the first four this process registers get a call site each in
    // `run` (other tests may have taken some), the rest share one.
    const k = new Kernel(4);
    const log: string[] = [];
    const classes = Array.from({ length: 8 }, (_, c) => {
      const Named = class implements EventHandler {
        handle(code: number, subject: number): void {
          log.push(`${c}:${code}:${subject}@${k.nowS}`);
        }
      };
      return new Named();
    });
    const kinds = classes.map((h, c) => k.defineKind(h, 10 + c));
    const want: string[] = [];
    for (let i = 0; i < 64; i++) {
      const c = (i * 5) % 8;
      k.scheduleAt(Math.floor(i / 3), kinds[c], i);
    }
    for (let i = 0; i < 64; i++) {
      const c = (i * 5) % 8;
      want.push(`${c}:${10 + c}:${i}@${Math.floor(i / 3)}`);
    }
    k.run();
    expect(log).toEqual(want);
  });

  it('same-time events leave in insertion order', () => {
    const k = new Kernel(2);
    const r = new Recorder(k);
    const a = k.defineKind(r, 0);
    const b = k.defineKind(r, 1);
    for (let i = 0; i < 50; i++) k.scheduleAt(5, i % 2 === 0 ? a : b, i);
    k.run();
    expect(r.log).toEqual(Array.from({ length: 50 }, (_, i) => `5:${i % 2}:${i}`));
  });

  it('events scheduled at now during delivery run after those already due at now', () => {
    const k = new Kernel();
    const log: number[] = [];
    const h: EventHandler = {
      handle(_c, s) {
        log.push(s);
        if (s === 1) k.schedule(0, kind, 3);
      },
    };
    const kind = k.defineKind(h, 0);
    k.scheduleAt(1, kind, 1);
    k.scheduleAt(1, kind, 2);
    k.run();
    expect(log).toEqual([1, 2, 3]);
  });

  it('cancel drops a pending event and is false once it fired or was cancelled', () => {
    const k = new Kernel(2);
    const r = new Recorder(k);
    const a = k.defineKind(r, 0);
    const h1 = k.scheduleCancellable(1, a, 1);
    const h2 = k.scheduleCancellable(2, a, 2);
    expect(k.cancel(h2)).toBe(true);
    expect(k.cancel(h2)).toBe(false);
    k.run();
    expect(r.log).toEqual(['1:0:1']);
    expect(k.cancel(h1)).toBe(false);
    expect(k.eventsProcessed).toBe(1);
  });

  it('an event its handler discards is not counted, per run or in total', () => {
    const k = new Kernel();
    const kept: number[] = [];
    const h: EventHandler = {
      handle(_c, s) {
        if (s % 3 === 0) k.discard();
        else kept.push(s);
      },
    };
    const kind = k.defineKind(h, 0);
    for (let s = 0; s < 9; s++) k.scheduleAt(s, kind, s);
    expect(k.run(4.5).events).toBe(3); // 1, 2, 4 of 0–4
    expect(k.run().events).toBe(3); // 5, 7, 8 of 5–8
    expect(kept).toEqual([1, 2, 4, 5, 7, 8]);
    expect(k.eventsProcessed).toBe(6);
    // A discarded event leaves the clock where it was: run to the end, it reads 8, not 9.
    k.scheduleAt(9, kind, 9);
    expect(k.run().events).toBe(0);
    expect(k.nowS).toBe(8);
  });

  it('a stale handle does not cancel the event that reused its slot', () => {
    const k = new Kernel(2);
    const r = new Recorder(k);
    const a = k.defineKind(r, 0);
    const old = k.scheduleCancellable(1, a, 1);
    k.run();
    const fresh = k.scheduleCancellable(1, a, 2);
    expect(k.cancel(old)).toBe(false);
    k.run();
    expect(r.log).toEqual(['1:0:1', '2:0:2']);
    expect(k.cancel(fresh)).toBe(false);
  });

  it('run stops at the horizon, sets the clock to it and resumes later', () => {
    const k = new Kernel();
    const r = new Recorder(k);
    const a = k.defineKind(r, 0);
    k.scheduleAt(1, a, 1);
    k.scheduleAt(10, a, 2);
    k.run(5);
    expect(r.log).toEqual(['1:0:1']);
    expect(k.nowS).toBe(5);
    expect(k.pending).toBe(1);
    k.run(20);
    expect(r.log).toEqual(['1:0:1', '10:0:2']);
    expect(k.nowS).toBe(20);
  });

  it('an event exactly at the horizon is delivered', () => {
    const k = new Kernel();
    const r = new Recorder(k);
    k.scheduleAt(5, k.defineKind(r, 0), 1);
    k.run(5);
    expect(r.log).toEqual(['5:0:1']);
  });

  it('stop ends the run after the current event', () => {
    const k = new Kernel();
    const log: number[] = [];
    const h: EventHandler = { handle: (_c, s) => { log.push(s); if (s === 2) k.stop(); } };
    const kind = k.defineKind(h, 0);
    for (let i = 1; i <= 4; i++) k.scheduleAt(i, kind, i);
    k.run();
    expect(log).toEqual([1, 2]);
    expect(k.nowS).toBe(2);
  });

  it('scheduling in the past is refused', () => {
    const k = new Kernel();
    const kind = k.defineKind({ handle() {} }, 0);
    k.run(10);
    expect(() => k.scheduleAt(5, kind, 0)).toThrow(RangeError);
    expect(() => k.schedule(-1, kind, 0)).toThrow(RangeError);
    expect(() => k.schedule(NaN, kind, 0)).toThrow(RangeError);
  });

  it('grows past its initial capacity without losing events', () => {
    const k = new Kernel(2);
    const seen: number[] = [];
    const kind = k.defineKind({ handle: (_c, s) => void seen.push(s) }, 0);
    const handles: number[] = [];
    for (let i = 0; i < 10000; i++) handles.push(k.scheduleCancellable(10000 - i, kind, i));
    for (let i = 0; i < 10000; i += 3) k.cancel(handles[i]);
    k.run();
    const expected = Array.from({ length: 10000 }, (_, i) => 9999 - i).filter((i) => i % 3 !== 0);
    expect(seen).toEqual(expected);
  });
});

describe('Kernel cancellable and plain events', () => {
  it('interleave in (time, sequence) order', () => {
    const k = new Kernel(2);
    const r = new Recorder(k);
    const a = k.defineKind(r, 0);
    k.scheduleAt(1, a, 1);
    k.scheduleCancellable(1, a, 2);
    k.scheduleAt(1, a, 3);
    const h = k.scheduleCancellable(1, a, 4);
    k.cancel(h);
    k.run();
    expect(r.log).toEqual(['1:0:1', '1:0:2', '1:0:3']);
  });

  it('a negative subject survives the trip through the event set', () => {
    const k = new Kernel();
    const r = new Recorder(k);
    const a = k.defineKind(r, 3);
    k.schedule(1, a, -7);
    k.schedule(2, a, 2 ** 31 - 1);
    k.run();
    expect(r.log).toEqual(['1:3:-7', `2:3:${2 ** 31 - 1}`]);
  });
});
