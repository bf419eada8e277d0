import { describe, it, expect } from 'vitest';
import { IncidentLatency, INCIDENT_CONTEXT_S } from '../../src/model/IncidentLatency.js';
import { LatencyHistogram } from '../../sim/stats/LatencyHistogram.js';
import type { LoggedEvent } from '../../src/model/EventLog.js';
import { RandomStreams } from '../../sim/RandomStreams.js';

/**
 * The streaming spans against a brute-force computation over every window's values,
 * kept whole: before = windows overlapping [start − 300 s, start); during = windows from
 * the start's while they begin before max(settled, start + one window) and before the
 * next incident; after = windows from the settled time's while they begin before
 * min(next, settled + 300 s); settled = the last state change logged in [start, next).
 */
function reference(windows: number[][], widthS: number, starts: number[], log: LoggedEvent[]): number[][] {
  const sorted = [...starts].sort((a, b) => a - b);
  const p99 = (idx: number[]): number => {
    const h = new LatencyHistogram();
    for (const i of idx) for (const v of windows[i]) h.record(v);
    return h.count > 0 ? h.percentile(0.99) * 1000 : NaN;
  };
  const range = (from: number, test: (i: number) => boolean): number[] => {
    const out: number[] = [];
    for (let i = Math.max(0, from); i < windows.length && test(i); i++) out.push(i);
    return out;
  };
  return sorted.map((s, k) => {
    const next = k + 1 < sorted.length ? sorted[k + 1] : Infinity;
    const inSpan = log.filter((e) => e.atS >= s && e.atS < next);
    const settled = inSpan.length > 0 ? Math.max(s, inSpan[inSpan.length - 1].atS) : s;
    const before = range(Math.floor((s - INCIDENT_CONTEXT_S) / widthS), (i) => i * widthS < s);
    const during = range(Math.floor(s / widthS), (i) => i * widthS < Math.max(settled, s + widthS) && i * widthS < next);
    const after = range(Math.floor(settled / widthS), (i) => i * widthS < Math.min(next, settled + INCIDENT_CONTEXT_S));
    return [s, p99(before), p99(during), p99(after)];
  });
}

describe('IncidentLatency', () => {
  it.each([1, 2, 3, 4, 5, 6])('gives the same page p99s before, during and after as whole windows would (seed %i)', (seed) => {
    const rng = new RandomStreams(seed).stream('incident-spans');
    const widthS = [10, 7, 1][seed % 3];
    const windowCount = Math.round(3600 / widthS);
    const windows = Array.from({ length: windowCount }, (_, i) => Array.from({ length: rng.int(i % 50 === 0 ? 1 : 20) }, () => rng.exponential(0.2) * (1 + (i % 97) / 10)));
    const timeline = Array.from({ length: 1 + rng.int(5) }, () => Math.round(rng.uniform() * 3600 * 2) / 2).sort((a, b) => a - b);
    const log: LoggedEvent[] = [];
    for (let i = 0; i < 40; i++) {
      const atS = rng.uniform() * 3600;
      const autoscale = rng.uniform() < 0.15;
      log.push({ atS, component: autoscale ? 'autoscale' : 'vm', node: 1, event: autoscale ? 'scale-out' : 'crashed', detail: '', role: autoscale ? 'action' : 'change' });
    }
    log.sort((a, b) => a.atS - b.atS);
    const tracker = new IncidentLatency(widthS, timeline);
    const h = new LatencyHistogram();
    for (let w = 0; w < windowCount; w++) {
      for (const v of windows[w]) h.record(v);
      tracker.windowClosed(w, h, log);
      h.reset();
    }
    const got = tracker.result().map((r) => [r.startS, r.p99BeforeMs, r.p99DuringMs, r.p99AfterMs]);
    const starts = [...timeline, ...log.filter((e) => e.component === 'autoscale').map((e) => e.atS)];
    const stateChanges = log.filter((e) => e.component !== 'autoscale');
    expect(got).toEqual(reference(windows, widthS, starts, stateChanges));
  });
});
