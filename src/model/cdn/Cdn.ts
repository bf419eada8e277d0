import type { Kernel } from '../../../sim/Kernel.js';
import type { RandomStream } from '../../../sim/RandomStream.js';
import type { RandomStreams } from '../../../sim/RandomStreams.js';
import { binomialPmf } from '../../../sim/distributions/binomialPmf.js';
import type { EventLog } from '../EventLog.js';
import type { ClassInput, ModelInput } from '../ModelInput.js';
import { cumulative, pick } from '../weightedPick.js';

/**
 * Fastly in front of the cluster: whether a request is a hit, how many of a page's static
 * assets miss, the hit ratio climbing back after a purge, and the stale copies it answers
 * a failed fetch with (serve-stale). Draws from its own streams: `cdn` for hits, `stale`
 * for stale copies.
 */
export class Cdn {
  /** Requests of each class since the last purge; −1 when the class is warm again. */
  private readonly sincePurge: Float64Array;
  /**
   * Cumulative distribution of how many of a page's `assetsPerPage` assets miss at the
   * static class's usual hit ratio (its length is `assetsPerPage` + 1).
   */
  private readonly assetMisses: Float64Array;
  /**
   * What a response from the origin adds on its way to the shopper: the Fastly ↔ origin
   * round trip and the edge leg a hit costs too (so a miss never beats a hit); 0 without
   * Fastly, where latency is measured at the load balancer.
   */
  readonly deliveryS: number;
  /** How many static assets a page pulls. */
  readonly assetsPerPage: number;
  /** A hit's response time at the edge. */
  readonly edgeLatencyS: number;
  private readonly serveStale: boolean;
  private readonly classes: ClassInput[];
  /** Each class's usual hit ratio (read for every request: a typed array, not the class's object). */
  private readonly hitRatio: Float64Array;
  /** Hits and asset misses; whether a stale copy is still held. */
  private readonly rng: { cdn: RandomStream; stale: RandomStream };

  constructor(
    input: ModelInput,
    streams: RandomStreams,
    private readonly kernel: Kernel,
    private readonly log: EventLog,
  ) {
    this.rng = { cdn: streams.stream('cdn'), stale: streams.stream('serve-stale') };
    const tr = input.traffic;
    this.classes = input.classes;
    this.hitRatio = Float64Array.from(input.classes, (k) => k.hitRatio);
    this.assetMisses = cumulative(binomialPmf(tr.kind === 'sessions' ? tr.assetsPerPage : 0, 1 - input.classes[input.staticClass].hitRatio));
    this.sincePurge = new Float64Array(input.classes.length).fill(-1);
    this.assetsPerPage = this.assetMisses.length - 1;
    this.deliveryS = input.cdn.edgeLatencyS + input.cdn.originRttS;
    this.edgeLatencyS = input.cdn.edgeLatencyS;
    this.serveStale = input.cdn.serveStale;
  }

  /** Every object is dropped now (a purge): each class warms up again from its next request. */
  purge(): void {
    this.sincePurge.fill(0);
  }

  /** Whether a request of class `cls` that reaches Fastly now is a hit. */
  hit(cls: number): boolean {
    if (!(this.hitRatio[cls] > 0)) return false;
    const u = this.rng.cdn.uniform();
    // The usual case reads the ratio here: a call returning it would box the double.
    return u < (this.sincePurge[cls] < 0 ? this.hitRatio[cls] : this.hitRatioNow(cls));
  }

  /**
   * How many of a page's static assets (class `cls`) miss. Each is a hit independently,
   * so while the hit ratio h holds the misses are one Binomial(assetsPerPage, 1 − h)
   * draw (`assetMisses`); after a purge, while h climbs back request by request, each
   * asset is drawn in turn.
   */
  assetMissCount(cls: number): number {
    const count = this.assetsPerPage;
    if (this.sincePurge[cls] < 0) return pick(this.assetMisses, this.rng.cdn.uniform());
    let misses = 0;
    for (let i = 0; i < count; i++) if (this.rng.cdn.uniform() >= this.hitRatioNow(cls)) misses++;
    return misses;
  }

  /**
   * Whether Fastly still holds a stale copy to answer a failed fetch of class `cls`
   * with (serve-stale on). A cacheable miss is an expired object, kept stale, except the
   * extra misses after a purge: those objects are gone. So the chance is the ordinary
   * miss share of all misses now, (1 − h) / (1 − h·warm).
   */
  staleCopy(cls: number): boolean {
    const k = this.classes[cls];
    if (!this.serveStale || k.hitRatio <= 0) return false;
    const since = this.sincePurge[cls];
    if (since < 0) return true;
    const warm = 1 - Math.exp(-since / k.cdnObjects);
    return this.rng.stale.uniform() < (1 - k.hitRatio) / (1 - k.hitRatio * warm);
  }

  /**
   * The hit probability for class `cls` now. After a purge, a request finds its object
   * cached only if one of the k requests of its class since the purge fetched it: with N
   * equally likely objects that is 1 − (1 − 1/N)^k ≈ 1 − e^(−k/N), times the class's
   * usual hit ratio. (Equal popularity is an assumption: real catalogues are skewed, so
   * popular pages warm faster and the tail slower.)
   */
  private hitRatioNow(cls: number): number {
    const since = this.sincePurge[cls];
    if (since < 0) return this.hitRatio[cls];
    const k = this.classes[cls];
    this.sincePurge[cls] = since + 1;
    const warm = 1 - Math.exp(-since / k.cdnObjects);
    if (warm >= 0.9) {
      this.sincePurge[cls] = -1;
      this.log.add(this.kernel.nowS, 'cdn', -1, 'warm', `${k.name}: hit ratio back to 90 % of normal after ${since} requests`);
    }
    return k.hitRatio * warm;
  }
}
