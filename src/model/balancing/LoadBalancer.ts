import type { RandomStream } from '../../../sim/RandomStream.js';
import type { ClusterInput } from '../ModelInput.js';

/**
 * The ELB's choice of a web node for each request that missed Fastly, among those its
 * health checks keep in service (`inService`, kept by Health): round robin, the least
 * outstanding requests, or at random (drawing from the `balancing` stream). It counts
 * the requests in flight on each web node (`outstanding`), which the least-outstanding
 * rule and the autoscaler's drain read.
 */
export class LoadBalancer {
  /** Requests sent to each web node (by position) and not yet ended. */
  readonly outstanding: Int32Array;
  private roundRobin = 0;

  constructor(
    private readonly balancing: ClusterInput['balancing'],
    private readonly inService: Uint8Array,
    private readonly route: RandomStream,
  ) {
    this.outstanding = new Int32Array(inService.length);
  }

  /** The web node (position) the ELB sends a request to, among those in service; −1 if none. */
  choose(): number {
    const n = this.outstanding.length;
    const inService = this.inService;
    switch (this.balancing) {
      case 'round-robin':
        for (let tries = 0; tries < n; tries++) {
          if (++this.roundRobin >= n) this.roundRobin = 0;
          if (inService[this.roundRobin]) return this.roundRobin;
        }
        return -1;
      case 'random': {
        const w = this.route.int(n);
        if (inService[w]) return w;
        for (let i = 1; i < n; i++) if (inService[(w + i) % n]) return (w + i) % n;
        return -1;
      }
      default: {
        let best = -1;
        for (let i = 0; i < n; i++) if (inService[i] && (best < 0 || this.outstanding[i] < this.outstanding[best])) best = i;
        return best;
      }
    }
  }
}
