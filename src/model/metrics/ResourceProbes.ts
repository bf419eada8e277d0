import type { ResourceStats } from '../../../sim/ResourceStats.js';
import type { WindowSeries } from '../../../sim/stats/WindowSeries.js';
import type { ResourceResult } from '../RunResult.js';
import { queueColumn, useColumn } from '../windowColumns.js';

/** A database or search thread pool of a node, for resources.csv. */
export interface ThreadPool {
  name: string;
  kind: 'db-threads' | 'search-threads';
  node: number;
  stats: ResourceStats;
}

/** The pools of `byNode` (indexed by node, undefined where there is none) as resources of `kind`. */
export function threadPools(kind: ThreadPool['kind'], byNode: readonly ({ name: string; stats: ResourceStats } | undefined)[]): ThreadPool[] {
  return byNode.flatMap((p, node) => (p ? [{ name: p.name, kind, node, stats: p.stats }] : []));
}

interface Probe {
  name: string;
  kind: ResourceResult['kind'];
  node: number;
  stats: ResourceStats;
  /** Column of its time-weighted use in the windows, or -1; likewise its queue's. */
  useColumn: number;
  queueColumn: number;
  atWarmup: { busy: number; queue: number; capacity: number; arrivals: number; completed: number; rejected: number; started: number; serviceSumS: number };
  lastSample: { busy: number; queue: number; capacity: number };
}

/**
 * Every resource's use: per window (CPU utilisation, busy servers, queue) and after
 * warm-up for resources.csv, as differences of snapshots of its statistics (nothing is
 * reset mid-run). A resource whose VM never ran after warm-up (a spare web node never
 * launched) is left out of the results.
 */
export class ResourceProbes {
  private readonly probes: Probe[] = [];
  /** 1 for each VM seen running after warm-up (at a window's end, or at the end of warm-up or of the run). */
  private readonly ranAfterWarmup: Uint8Array;

  constructor(private readonly vmUp: Uint8Array) {
    this.ranAfterWarmup = new Uint8Array(vmUp.length);
  }

  /** Watches resource `name`; `use` and `queue` add its window columns to `columns`. */
  add(columns: string[], name: string, kind: Probe['kind'], node: number, stats: ResourceStats, use: boolean, queue: boolean): void {
    const useCol = use ? columns.push(useColumn(name, kind === 'cpu')) - 1 : -1;
    const queueCol = queue ? columns.push(queueColumn(name)) - 1 : -1;
    const zero = { busy: 0, queue: 0, capacity: 0, arrivals: 0, completed: 0, rejected: 0, started: 0, serviceSumS: 0 };
    this.probes.push({ name, kind, node, stats, useColumn: useCol, queueColumn: queueCol, atWarmup: zero, lastSample: { busy: 0, queue: 0, capacity: 0 } });
  }

  /** Marks the VMs running now (after warm-up): their resources are reported. */
  noteRunning(): void {
    const up = this.vmUp;
    for (let n = 0; n < up.length; n++) if (up[n]) this.ranAfterWarmup[n] = 1;
  }

  /** Warm-up ends now: the results count from these snapshots. */
  warmup(nowS: number): void {
    this.noteRunning();
    for (const p of this.probes) {
      const s = p.stats;
      p.atWarmup = { busy: s.busy.integral(nowS), queue: s.queue.integral(nowS), capacity: s.capacityOverTime.integral(nowS), arrivals: s.arrivals, completed: s.completed, rejected: s.rejected, started: s.started, serviceSumS: s.serviceSumS };
    }
  }

  /** The window that started at `atS` closes at `nowS`: each probe's time-weighted means go in its columns. */
  sample(windows: WindowSeries, atS: number, nowS: number): void {
    const spanS = nowS - atS;
    for (const p of this.probes) {
      const busy = p.stats.busy.integral(nowS);
      const queue = p.stats.queue.integral(nowS);
      const capacity = p.stats.capacityOverTime.integral(nowS);
      // CPU columns are utilisation (busy-time over core-time); the others mean busy servers.
      const use = p.kind === 'cpu' ? (busy - p.lastSample.busy) / (capacity - p.lastSample.capacity) : (busy - p.lastSample.busy) / spanS;
      if (p.useColumn >= 0) windows.add(atS, p.useColumn, use);
      if (p.queueColumn >= 0) windows.add(atS, p.queueColumn, (queue - p.lastSample.queue) / spanS);
      p.lastSample = { busy, queue, capacity };
    }
  }

  /** resources.csv's rows: each resource's use over the `measuredS` after warm-up, to `endS`. */
  results(endS: number, measuredS: number): ResourceResult[] {
    this.noteRunning();
    return this.probes.filter((p) => this.ranAfterWarmup[p.node] === 1).map((p) => {
      const s = p.stats;
      const busyTime = s.busy.integral(endS) - p.atWarmup.busy;
      const meanBusy = busyTime / measuredS;
      const meanCapacity = (s.capacityOverTime.integral(endS) - p.atWarmup.capacity) / measuredS;
      return {
        name: p.name,
        kind: p.kind,
        node: p.node,
        capacity: meanCapacity,
        utilisation: meanBusy / meanCapacity,
        meanBusy,
        meanQueue: (s.queue.integral(endS) - p.atWarmup.queue) / measuredS,
        // A pool serves nothing itself: its figure is how long a job holds a worker (busy time ÷ releases).
        meanServiceS: isPool(p.kind) ? busyTime / (s.completed - p.atWarmup.completed) : (s.serviceSumS - p.atWarmup.serviceSumS) / (s.started - p.atWarmup.started),
        arrivals: s.arrivals - p.atWarmup.arrivals,
        completed: s.completed - p.atWarmup.completed,
        rejected: s.rejected - p.atWarmup.rejected,
      };
    });
  }
}

function isPool(kind: ResourceResult['kind']): boolean {
  return kind === 'php-pool' || kind === 'db-threads' || kind === 'search-threads';
}
