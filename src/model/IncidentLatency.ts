import { LatencyHistogram, type LatencyHistogramJSON } from '../../sim/stats/LatencyHistogram.js';
import type { LoggedEvent } from './EventLog.js';

/** How long before and after an incident its "before" and "after" latencies are measured, s. */
export const INCIDENT_CONTEXT_S = 300;

/** Actions the model took on its own (autoscaling): each is an incident of its own, like a timeline event. */
export function isAutoscaleAction(e: LoggedEvent): boolean {
  return e.role === 'action';
}

/** The page p99s of one incident's spans (ms; NaN when no page completed in the span). */
export interface IncidentLatencyResult {
  startS: number;
  p99BeforeMs: number;
  p99DuringMs: number;
  p99AfterMs: number;
}

interface Tracked {
  startS: number;
  /** The next incident's start: the span ends there (∞ until it is known). */
  nextS: number;
  /** The last state change logged in [start, next): the consequences have settled. */
  settledS: number;
  beforeMs: number | null;
  during: LatencyHistogram | null;
  /** Windows after the current "during" that a later state change may still pull into it. */
  pending: LatencyHistogram | null;
  after: LatencyHistogram | null;
}

/**
 * p99 latency of pages before, during and after each incident, computed as windows
 * close, so that no window's histogram outlives the incidents that need it (memory does
 * not grow with simulated time). The spans are those of incidents.csv, over whole
 * windows: before = windows overlapping [start − 300 s, start); during = windows from
 * the start's up to max(settled, start + one window); after = windows overlapping
 * [settled, min(next incident, settled + 300 s)), where `settled` is the last state
 * change logged before the next incident. The last 300 s of windows are kept as
 * compact snapshots for the "before" of incidents that announce themselves only when
 * they happen (autoscaling).
 */
export class IncidentLatency {
  private readonly widthS: number;
  private readonly tracked: Tracked[] = [];
  private readonly results: IncidentLatencyResult[] = [];
  private readonly recent: { window: number; json: LatencyHistogramJSON }[] = [];
  private readonly keep: number;
  private logCursor = 0;

  constructor(widthS: number, timelineStartsS: readonly number[]) {
    this.widthS = widthS;
    this.keep = Math.ceil(INCIDENT_CONTEXT_S / widthS) + 1;
    for (const s of [...timelineStartsS].sort((a, b) => a - b)) this.start(s);
  }

  /** Window `window` closed with its pages' histogram; `log` holds every state change so far. */
  windowClosed(window: number, pages: LatencyHistogram, log: readonly LoggedEvent[]): void {
    const w = this.widthS;
    const startS = window * w;
    const endS = startS + w;
    for (; this.logCursor < log.length && log[this.logCursor].atS < endS; this.logCursor++) this.logged(log[this.logCursor]);
    if (pages.count > 0) {
      this.recent.push({ window, json: pages.toJSON() });
      if (this.recent.length > this.keep) this.recent.shift();
    }
    for (const t of this.tracked) {
      if (t.beforeMs === null && window >= Math.ceil(t.startS / w) - 1) t.beforeMs = this.before(t.startS);
      if (window < Math.floor(t.startS / w) || startS >= t.nextS) continue;
      const duringEndS = Math.max(t.settledS, t.startS + w);
      if (startS < duringEndS) {
        t.during = merge(t.during, t.pending);
        t.pending = null;
        t.during = merge(t.during, pages);
      } else t.pending = merge(t.pending, pages);
      if (window >= Math.floor(t.settledS / w) && startS < t.settledS + INCIDENT_CONTEXT_S) t.after = merge(t.after, pages);
    }
    this.finish((nextS) => nextS <= endS);
  }

  /** The incidents' page p99s, in start order (closes every incident: call once, at the end). */
  result(): IncidentLatencyResult[] {
    this.finish(() => true);
    return this.results.sort((a, b) => a.startS - b.startS);
  }

  private logged(e: LoggedEvent): void {
    if (isAutoscaleAction(e)) return this.start(e.atS);
    for (let i = this.tracked.length - 1; i >= 0; i--) {
      const t = this.tracked[i];
      if (t.startS <= e.atS && e.atS < t.nextS) {
        if (e.atS > t.settledS) {
          t.settledS = e.atS;
          t.after = null;
        }
        return;
      }
    }
  }

  /** An incident starting at `atS`, in start order (after those starting at the same time): it ends the span of the one before. */
  private start(atS: number): void {
    let at = this.tracked.findIndex((t) => t.startS > atS);
    if (at < 0) at = this.tracked.length;
    const before = this.tracked[at - 1];
    const nextS = at < this.tracked.length ? this.tracked[at].startS : Infinity;
    if (before !== undefined) before.nextS = atS;
    this.tracked.splice(at, 0, { startS: atS, nextS, settledS: atS, beforeMs: null, during: null, pending: null, after: null });
  }

  /** p99 of the windows overlapping [startS − 300 s, startS), from the recent snapshots. */
  private before(startS: number): number {
    const w = this.widthS;
    const first = Math.max(0, Math.floor((startS - INCIDENT_CONTEXT_S) / w));
    const h = new LatencyHistogram();
    for (const r of this.recent) if (r.window >= first && r.window * w < startS) h.merge(LatencyHistogram.fromJSON(r.json));
    return p99Ms(h);
  }

  /** Moves the incidents whose next one started at or before `done(nextS)` to the results. */
  private finish(done: (nextS: number) => boolean): void {
    for (let i = 0; i < this.tracked.length; ) {
      const t = this.tracked[i];
      if (!done(t.nextS)) {
        i++;
        continue;
      }
      this.results.push({ startS: t.startS, p99BeforeMs: t.beforeMs ?? this.before(t.startS), p99DuringMs: p99Ms(t.during), p99AfterMs: p99Ms(t.after) });
      this.tracked.splice(i, 1);
    }
  }
}

function merge(into: LatencyHistogram | null, from: LatencyHistogram | null): LatencyHistogram | null {
  if (from === null || from.count === 0) return into;
  return (into ?? new LatencyHistogram()).merge(from);
}

function p99Ms(h: LatencyHistogram | null): number {
  return h !== null && h.count > 0 ? h.percentile(0.99) * 1000 : NaN;
}
