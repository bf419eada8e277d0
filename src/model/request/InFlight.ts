import type { Kernel } from '../../../sim/Kernel.js';
import { CAUSE_DB_DOWN, CAUSE_NODE_DOWN, CAUSE_PHP_DOWN, CAUSE_REDIS_DOWN } from '../errorCauses.js';
import type { Health } from '../Health.js';
import type { MechanicsInput } from '../ModelInput.js';
import { S_GALERA, S_PHP, S_REDIS, S_SEARCH } from '../services.js';
import type { Topology } from '../Topology.js';
import type { Endings } from './Endings.js';
import { PH_DB_READ, PH_DB_WRITE, PH_REDIS, PH_SEARCH } from './phases.js';
import type { RequestTable } from './RequestTable.js';

/**
 * What a failure does to the requests in flight: each one with work on a service that
 * stopped, or waiting across a network cut, fails as its shopper will see it — after the
 * caller's timeout for a silent peer, at once for a refused connection.
 */
export class InFlight {
  constructor(
    private readonly kernel: Kernel,
    private readonly req: RequestTable,
    private readonly topology: Topology,
    private readonly health: Health,
    private readonly mechanics: MechanicsInput,
    private readonly endings: Endings,
  ) {}

  /**
   * Services `mask` of `node` stopped: every request with work on them fails, as its
   * shopper will see it — behind a silent VM only when the ELB's idle timeout expires,
   * behind a dead PHP-FPM at once (NGINX's 502).
   */
  servicesLost(node: number, mask: number, silent: boolean): void {
    const req = this.req;
    const t = this.topology;
    const h = this.health;
    const m = this.mechanics;
    const now = this.kernel.nowS;
    for (let r = 0; r < req.highWater; r++) {
      if (!req.live[r] || req.doomed[r]) continue;
      const phase = req.phase[r];
      const onNode = req.dbNode[r] === node;
      if (mask & S_PHP && t.webNodes[req.web[r]] === node) {
        if (silent) this.endings.doom(r, CAUSE_NODE_DOWN, Math.max(now, req.arrivedS[r] + m.elb.idleTimeoutS));
        else this.endings.doom(r, CAUSE_PHP_DOWN, now);
      } else if (mask & S_REDIS && phase === PH_REDIS && h.sentinel.master === node) {
        // A silent master leaves the client waiting for its timeout; a process that
        // died or stopped closes the connection, which fails the call at once.
        this.endings.doom(r, CAUSE_REDIS_DOWN, silent ? now + m.redisClientTimeoutS : now);
      }
      else if (mask & S_GALERA && onNode && (phase === PH_DB_READ || phase === PH_DB_WRITE)) this.endings.doom(r, CAUSE_DB_DOWN, Math.max(now, h.haproxy.downAtS[node]));
      else if (mask & S_SEARCH && onNode && phase === PH_SEARCH) this.endings.doom(r, CAUSE_DB_DOWN, now);
    }
  }

  /** The network split: requests waiting on a node across the cut fail when their callers give up. */
  networkSplit(): void {
    const req = this.req;
    const h = this.health;
    const now = this.kernel.nowS;
    for (let r = 0; r < req.highWater; r++) {
      if (!req.live[r] || req.doomed[r]) continue;
      const webNode = this.topology.webNodes[req.web[r]];
      const phase = req.phase[r];
      if (phase === PH_REDIS && !h.network.reachable(webNode, h.sentinel.master)) this.endings.doom(r, CAUSE_REDIS_DOWN, now + this.mechanics.redisClientTimeoutS);
      else if ((phase === PH_DB_READ || phase === PH_DB_WRITE || phase === PH_SEARCH) && !h.network.reachable(webNode, req.dbNode[r])) {
        this.endings.doom(r, CAUSE_DB_DOWN, Math.max(now, h.network.detectAtS));
      }
    }
  }
}
