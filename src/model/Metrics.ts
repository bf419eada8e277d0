import { LatencyHistogram } from '../../sim/stats/LatencyHistogram.js';
import { WindowSeries } from '../../sim/stats/WindowSeries.js';
import type { TimeWeighted } from '../../sim/stats/TimeWeighted.js';
import type { ResourceStats } from '../../sim/ResourceStats.js';
import type { ModelInput } from './ModelInput.js';
import type { Topology } from './Topology.js';
import type { RequestTable } from './request/RequestTable.js';
import type { LoggedEvent } from './EventLog.js';
import { IncidentLatency } from './IncidentLatency.js';
import type { ClassResult, RunResult } from './RunResult.js';
import { CAUSE_504, ERROR_CAUSES } from './errorCauses.js';
import { COUNT_COLUMNS, WINDOW, WINDOW_LATENCY_COLUMNS } from './windowColumns.js';
import { ResourceProbes, type ThreadPool } from './metrics/ResourceProbes.js';


const WINDOW_PERCENTILES = [0.5, 0.95, 0.99];

const COL_ARRIVALS = 0;
const COL_CDN_HITS = 1;
const COL_COMPLETIONS = 2;
const COL_ERRORS = 3;

/** Per-class counters after warm-up, one row per class: arrivals, CDN hits, completions, then errors by cause. */
const CNT_ARRIVALS = 0;
const CNT_CDN_HITS = 1;
const CNT_COMPLETED = 2;
const CNT_STALE = 3;
const CNT_ERRORS = 4;
const CNT_ROW = CNT_ERRORS + ERROR_CAUSES.length;

/** What the windows record of the cluster's health. */
interface HealthView {
  vmUp: Uint8Array;
  galera: { member: Uint8Array; primary: boolean };
  sentinel: { master: number };
}

interface Resources {
  cpus: { stats: ResourceStats; name: string }[];
  php: { stats: ResourceStats; name: string }[];
  redis: { stats: ResourceStats; name: string };
  appliers: ({ stats: ResourceStats; name: string } | undefined)[];
}

/**
 * Collects a run's results: per-class counts and latency histograms for requests that
 * arrived after warm-up, fixed-width windows over the whole run, and each resource's
 * use after warm-up (differences of snapshots, so nothing is reset mid-run).
 */
export class Metrics {
  private readonly input: ModelInput;
  private readonly warmupS: number;
  private readonly classCount: number;
  /**
   * Rows of CNT_ROW counters: one per class for requests that arrived after warm-up,
   * then one per class for those that arrived during it, which no result reads. Warm-up
   * arrivals are counted too, in rows of their own, so that the same code runs before
   * and after the end of warm-up: code first run then would deoptimise the hot loop
   * mid-run. (A typed array rather than objects for the same reason: no hidden class
   * changes when a counter first turns non-zero.)
   */
  private readonly counts: Float64Array;
  /** Latency per row of `counts`. */
  private readonly latency: LatencyHistogram[];
  private readonly windows: WindowSeries;
  /**
   * The open window's page latencies: every page, and the origin's pages (CDN misses).
   * Each window's percentiles become columns when it closes, and the histograms are
   * emptied for the next: no histogram per window is kept, so memory does not grow
   * with simulated time.
   */
  private readonly pagesWindow = new LatencyHistogram();
  private readonly originWindow = new LatencyHistogram();
  private openWindow = 0;
  private readonly latencyColumn: number;
  /**
   * Every CDN hit answers at the edge latency, so page hits are counted per window here
   * (and per class in `counts`) and enter the latency histograms once, when the window
   * closes (and in `result` for the classes): a histogram update per hit cost
   * black-friday-pro48 about a tenth of its events/s.
   */
  private readonly edgeHits: Float64Array;
  private readonly staticClass: number;
  private readonly incidents: IncidentLatency;
  private readonly log: readonly LoggedEvent[];
  private readonly columns: string[];
  private readonly probes: ResourceProbes;
  private readonly fcPaused: TimeWeighted;
  private readonly fcColumn: number;
  private fcLast = 0;
  private lastSampleS = 0;
  private readonly req: RequestTable;

  private readonly health: HealthView;
  private readonly stateColumn: number;
  /** Column of stale answers (serve-stale on), else -1. */
  private readonly staleColumn: number;
  /** The first of RabbitMQ's three columns (published, consumed, backlog); −1 when not modelled. */
  private readonly queueColumn: number;
  private queueBacklog = 0;

  constructor(input: ModelInput, t: Topology, r: Resources['cpus'], php: Resources['php'], redis: Resources['redis'], appliers: Resources['appliers'], fcPaused: TimeWeighted, req: RequestTable, health: HealthView, log: readonly LoggedEvent[], threadPools: ThreadPool[]) {
    this.input = input;
    this.log = log;
    this.probes = new ResourceProbes(health.vmUp);
    this.staticClass = input.staticClass;
    this.incidents = new IncidentLatency(input.windowS, input.timeline.map((e) => e.atS));
    this.warmupS = input.warmupS;
    this.req = req;
    this.health = health;
    this.fcPaused = fcPaused;
    this.classCount = input.classes.length;
    this.counts = new Float64Array(2 * this.classCount * CNT_ROW);
    this.latency = Array.from({ length: 2 * this.classCount }, () => new LatencyHistogram());
    this.columns = [...COUNT_COLUMNS];
    const cols = this.columns;
    r.forEach((c, n) => this.probes.add(cols, c.name, 'cpu', n, c.stats, true, false));
    php.forEach((p, i) => this.probes.add(cols, p.name, 'php-pool', t.webNodes[i], p.stats, true, true));
    this.probes.add(cols, redis.name, 'redis', t.redisNode, redis.stats, false, true);
    appliers.forEach((a, n) => a && this.probes.add(cols, a.name, 'galera-apply', n, a.stats, false, true));
    // Database and search threads: in resources.csv only (a column each per window would add little).
    for (const p of threadPools) this.probes.add(cols, p.name, p.kind, p.node, p.stats, false, false);
    this.fcColumn = this.columns.length;
    this.columns.push(WINDOW.flowControlPaused);
    this.stateColumn = this.columns.length;
    this.columns.push(WINDOW.activeNodes, WINDOW.galeraPrimaryMembers, WINDOW.redisMasterNode);
    this.staleColumn = input.cdn.serveStale ? this.columns.push(WINDOW.staleServed) - 1 : -1;
    this.queueColumn = input.queue !== null ? this.columns.push(WINDOW.queuePublished, WINDOW.queueConsumed, WINDOW.queueBacklog) - 3 : -1;
    this.latencyColumn = this.columns.length;
    this.columns.push(...WINDOW_LATENCY_COLUMNS);
    this.windows = new WindowSeries(input.windowS, input.durationS, this.columns.length);
    this.edgeHits = new Float64Array(this.windows.windowCount);
  }

  /** RabbitMQ published or consumed messages now; `backlog` waiting after it. */
  queueCounted(nowS: number, published: number, consumed: number, backlog: number): void {
    const w = this.windows.indexAt(nowS);
    if (published > 0) this.windows.addAt(w, this.queueColumn, published);
    if (consumed > 0) this.windows.addAt(w, this.queueColumn + 1, consumed);
    this.queueBacklog = backlog;
  }

  /** `n` requests of class `cls` answered by Fastly at `nowS`, each at the edge latency. */
  cdnHits(cls: number, n: number, nowS: number): void {
    const windows = this.windows;
    const w = windows.indexAt(nowS);
    windows.addAt(w, COL_ARRIVALS, n);
    windows.addAt(w, COL_CDN_HITS, n);
    windows.addAt(w, COL_COMPLETIONS, n);
    if (cls !== this.staticClass) this.edgeHits[w] += n;
    const at = this.row(cls, nowS) * CNT_ROW;
    this.counts[at + CNT_ARRIVALS] += n;
    this.counts[at + CNT_CDN_HITS] += n;
    this.counts[at + CNT_COMPLETED] += n;
  }

  originArrival(cls: number, nowS: number): void {
    this.windows.add(nowS, COL_ARRIVALS, 1);
    this.counts[this.row(cls, nowS) * CNT_ROW + CNT_ARRIVALS]++;
  }

  completed(cls: number, arrivedS: number, nowS: number, responseS: number): void {
    const w = this.windows.indexAt(nowS);
    this.windows.addAt(w, COL_COMPLETIONS, 1);
    if (cls !== this.staticClass) {
      if (w !== this.openWindow) this.closeWindowsBefore(w);
      this.pagesWindow.record(responseS);
      this.originWindow.record(responseS);
    }
    const row = this.row(cls, arrivedS);
    this.counts[row * CNT_ROW + CNT_COMPLETED]++;
    this.latency[row].record(responseS);
  }

  /**
   * Fastly answered a request whose origin fetch failed at `atS` with its stale copy,
   * `responseS` after the shopper asked. Past the horizon it is still in flight at the
   * end, in every file.
   */
  stale(cls: number, arrivedS: number, atS: number, responseS: number): void {
    if (atS > this.input.durationS) return;
    this.windows.add(atS, this.staleColumn, 1);
    this.completed(cls, arrivedS, atS, responseS);
    this.counts[this.row(cls, arrivedS) * CNT_ROW + CNT_STALE]++;
  }

  /**
   * A request that arrived at `arrivedS` failed, as the shopper saw it, at `atS`: it
   * counts then, in every file. One whose shopper would learn after the horizon is
   * still in flight at the end.
   */
  error(cls: number, arrivedS: number, atS: number, cause: number): void {
    if (atS > this.input.durationS) return;
    this.windows.add(atS, COL_ERRORS + cause, 1);
    this.counts[this.row(cls, arrivedS) * CNT_ROW + CNT_ERRORS + cause]++;
  }

  /** The counters' row of class `cls` for a request that arrived at `arrivedS`: see `counts`. */
  private row(cls: number, arrivedS: number): number {
    return arrivedS < this.warmupS ? this.classCount + cls : cls;
  }

  warmup(nowS: number): void {
    this.probes.warmup(nowS);
  }

  /** Closes the window ending at `nowS`: time-weighted means of every probe, and its page latencies. */
  sample(nowS: number): void {
    this.closeWindowsBefore(this.windows.indexAt(nowS));
    if (nowS > this.warmupS) this.probes.noteRunning();
    const spanS = nowS - this.lastSampleS;
    if (spanS <= 0) return;
    const at = this.lastSampleS;
    this.probes.sample(this.windows, at, nowS);
    const fc = this.fcPaused.integral(nowS);
    this.windows.add(at, this.fcColumn, (fc - this.fcLast) / spanS);
    this.fcLast = fc;
    // The cluster's state at the window's end.
    const h = this.health;
    let up = 0;
    let members = 0;
    for (let n = 0; n < h.vmUp.length; n++) {
      up += h.vmUp[n];
      members += h.galera.member[n];
    }
    this.windows.add(at, this.stateColumn, up);
    this.windows.add(at, this.stateColumn + 1, h.galera.primary ? members : 0);
    this.windows.add(at, this.stateColumn + 2, h.sentinel.master + 1);
    if (this.queueColumn >= 0) this.windows.add(at, this.queueColumn + 2, this.queueBacklog);
    this.lastSampleS = nowS;
  }

  result(endS: number, events: number, fcPausedS: number, log: LoggedEvent[]): Omit<RunResult, 'restores' | 'queue'> {
    this.unanswered(endS);
    this.closeWindowsBefore(this.windows.windowCount);
    // Before the CDN hits join them, the class histograms hold exactly the origin's answers.
    const originLatency = this.input.classes.map((_, i) => this.latency[i].toJSON());
    this.recordEdgeHits();
    const measuredS = endS - this.warmupS;
    const classes: ClassResult[] = this.input.classes.map((k, i) => {
      const c = this.counts.subarray(i * CNT_ROW, (i + 1) * CNT_ROW);
      const errorCounts = Array.from(c.subarray(CNT_ERRORS));
      const errors = Object.fromEntries(ERROR_CAUSES.map((name, j) => [name, errorCounts[j]])) as ClassResult['errors'];
      const failed = errorCounts.reduce((a, b) => a + b, 0);
      const arrivals = c[CNT_ARRIVALS];
      const completed = c[CNT_COMPLETED];
      return { name: k.name, arrivals, cdnHits: c[CNT_CDN_HITS], completed, staleServed: c[CNT_STALE], errors, inFlight: arrivals - completed - failed, latency: this.latency[i].toJSON(), originLatency: originLatency[i] };
    });
    const resources = this.probes.results(endS, measuredS);
    const rows: Float64Array[] = [];
    for (let w = 0; w < this.windows.windowCount; w++) rows.push(this.windows.row(w));
    return {
      seed: this.input.seed,
      durationS: this.input.durationS,
      warmupS: this.warmupS,
      measuredS,
      events,
      classes,
      resources,
      windows: { widthS: this.input.windowS, columns: this.columns, rows },
      incidentLatency: this.incidents.result(),
      flowControlPausedFraction: measuredS > 0 ? fcPausedS / measuredS : 0,
      log,
    };
  }

  /** Requests still in flight at the end whose shopper already got a 504 count as such. */
  private unanswered(endS: number): void {
    const req = this.req;
    const timeoutS = this.input.cluster.fastcgiReadTimeoutS;
    for (let r = 0; r < req.highWater; r++) {
      if (req.live[r] === 1 && req.doomed[r] === 0 && req.arrivedS[r] + timeoutS <= endS) this.error(req.cls[r], req.arrivedS[r], req.arrivedS[r] + timeoutS, CAUSE_504);
    }
  }

  /** The CDN hits' latencies, counted by class during the run, join the class histograms (`result` calls this once). */
  private recordEdgeHits(): void {
    const edgeS = this.input.cdn.edgeLatencyS;
    for (let row = 0; row < this.latency.length; row++) this.latency[row].recordN(edgeS, this.counts[row * CNT_ROW + CNT_CDN_HITS]);
  }

  /**
   * Closes every open window before window `w`: its page hits join its histogram, its
   * percentiles become its latency columns, the incidents see it, and the histograms
   * are emptied for the next window.
   */
  private closeWindowsBefore(w: number): void {
    const edgeS = this.input.cdn.edgeLatencyS;
    for (; this.openWindow < w; this.openWindow++) {
      const open = this.openWindow;
      const pages = this.pagesWindow;
      const origin = this.originWindow;
      if (this.edgeHits[open] > 0) pages.recordN(edgeS, this.edgeHits[open]);
      for (let i = 0; i < WINDOW_PERCENTILES.length; i++) {
        this.windows.addAt(open, this.latencyColumn + i, pages.count > 0 ? pages.percentile(WINDOW_PERCENTILES[i]) * 1000 : NaN);
        this.windows.addAt(open, this.latencyColumn + 3 + i, origin.count > 0 ? origin.percentile(WINDOW_PERCENTILES[i]) * 1000 : NaN);
      }
      this.incidents.windowClosed(open, pages, this.log);
      pages.reset();
      origin.reset();
    }
  }
}
