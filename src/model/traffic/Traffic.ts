import type { Kernel } from '../../../sim/Kernel.js';
import type { RandomStream } from '../../../sim/RandomStream.js';
import type { RandomStreams } from '../../../sim/RandomStreams.js';
import type { Cdn } from '../cdn/Cdn.js';
import type { Metrics } from '../Metrics.js';
import type { ModelInput } from '../ModelInput.js';
import { cumulative, pick } from '../weightedPick.js';
import { RateProfile } from './RateProfile.js';
import { SessionTable } from './SessionTable.js';

/**
 * The way past Fastly (the web nodes), held here rather than reached through a
 * forwarding method on the host: it is called for every request that misses.
 */
export interface Origin {
  /** A request of class `cls` that Fastly did not answer (`session` −1 for none) goes to the load balancer. */
  toOrigin(cls: number, session: number): void;
}

/** The two event kinds traffic schedules; the host delivers them to `arrival` and `page` (hot events stay on the host's dispatch, see Kernel.defineOccasionalKind). */
export interface TrafficKinds {
  arrival: number;
  page: number;
}

/**
 * Who asks for what: arrivals at the profile's rate, each a request of the mix (open
 * loop) or a session that walks its behaviour's journey, thinking between pages, each
 * answered page pulling its static assets (closed loop). Every request meets Fastly
 * here first. Draws from `arrivals`, `pick` and `think`.
 */
export class Traffic {
  private readonly sessions = new SessionTable();
  private readonly profile: RateProfile;
  private readonly mixCumulative: Float64Array;
  private readonly behaviourCumulative: Float64Array;
  /**
   * The journeys' pages end to end, each journey followed by −1: a session holds its
   * place in this table, so a page is one load (not journey, then step, then class).
   */
  private readonly pages: Int32Array;
  /** Where each behaviour's journey starts in `pages`. */
  private readonly journeyStart: Int32Array;
  /** Whether the page at each place pulls static assets once answered (its class's `pageAssets`). */
  private readonly pullsAssets: Uint8Array;
  /** Arrival times, the class or journey picked, think times. */
  private readonly rng: { arrivals: RandomStream; pick: RandomStream; think: RandomStream };

  constructor(
    /** The clock (read for every page). */
    private readonly kernel: Kernel,
    private readonly origin: Origin,
    private readonly input: ModelInput,
    streams: RandomStreams,
    private readonly cdn: Cdn,
    private readonly metrics: Metrics,
    private readonly kinds: TrafficKinds,
  ) {
    this.rng = { arrivals: streams.stream('arrivals'), pick: streams.stream('journeys'), think: streams.stream('think-time') };
    const tr = input.traffic;
    this.profile = new RateProfile(tr.ratePerS, tr.profile);
    this.mixCumulative = cumulative(tr.kind === 'requests' ? tr.mix : [1]);
    this.behaviourCumulative = cumulative(tr.kind === 'sessions' ? tr.behaviourWeights : [1]);
    const journeys = tr.kind === 'sessions' ? tr.journeys : [];
    this.pages = Int32Array.from(journeys.flatMap((j) => [...j, -1]));
    this.journeyStart = Int32Array.from(journeys.map((_, b) => journeys.slice(0, b).reduce((n, j) => n + j.length + 1, 0)));
    this.pullsAssets = Uint8Array.from(this.pages, (cls) => (cls >= 0 && input.classes[cls].pageAssets ? 1 : 0));
  }

  /** Schedules the first arrival. */
  begin(): void {
    this.scheduleNextArrival(0);
  }

  private scheduleNextArrival(nowS: number): void {
    const at = this.profile.next(nowS, this.rng.arrivals, this.input.durationS);
    if (at < Infinity) this.kernel.scheduleAt(at, this.kinds.arrival, 0);
  }

  /** An arrival: a request of the mix, or a new session's first page. */
  arrival(): void {
    const now = this.kernel.nowS;
    this.scheduleNextArrival(now);
    if (this.input.traffic.kind === 'requests') {
      this.issue(pick(this.mixCumulative, this.rng.pick.uniform()), -1);
      return;
    }
    const s = this.sessions.alloc();
    this.sessions.at[s] = this.journeyStart[pick(this.behaviourCumulative, this.rng.pick.uniform())];
    this.page(s);
  }

  /** Session `s` asks for its next page. */
  page(s: number): void {
    this.issue(this.pages[this.sessions.at[s]], s);
  }

  /** A page answered (`ok`) or failed, `responseS` after it was asked: think, then the next page. */
  pageDone(s: number, ok: boolean, responseS: number): void {
    const tr = this.input.traffic;
    if (tr.kind !== 'sessions') return;
    if (!ok) {
      // A failed page pulls no assets: the browser got an error page, not the HTML.
      this.sessions.release(s);
      return;
    }
    const at = this.sessions.at[s];
    if (this.pullsAssets[at] === 1) this.assets();
    this.sessions.at[s] = at + 1;
    if (this.pages[at + 1] < 0) {
      this.sessions.release(s);
      return;
    }
    const think = tr.thinkBaseS + this.rng.think.uniform() * tr.thinkJitterS;
    this.kernel.schedule(responseS + think, this.kinds.page, s);
  }

  /**
   * The static assets a page pulls: most are CDN hits; misses go to NGINX on a web node.
   * Each asset meets Fastly once, here: a miss goes straight to the origin.
   */
  private assets(): void {
    const cls = this.input.staticClass;
    const count = this.cdn.assetsPerPage;
    const misses = this.cdn.assetMissCount(cls);
    for (let i = 0; i < misses; i++) this.origin.toOrigin(cls, -1);
    if (count > misses) this.metrics.cdnHits(cls, count - misses, this.kernel.nowS);
  }

  /** A request of class `cls` reaches Fastly. */
  private issue(cls: number, session: number): void {
    const now = this.kernel.nowS;
    if (this.cdn.hit(cls)) {
      this.metrics.cdnHits(cls, 1, now);
      if (session >= 0) this.pageDone(session, true, this.cdn.edgeLatencyS);
      return;
    }
    this.origin.toOrigin(cls, session);
  }
}
