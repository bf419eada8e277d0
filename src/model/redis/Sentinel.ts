import type { EventHandler, Kernel } from '../../../sim/Kernel.js';
import type { RandomStream } from '../../../sim/RandomStream.js';
import type { EventLog } from '../EventLog.js';
import type { MechanicsInput } from '../ModelInput.js';
import type { Network } from '../network/Network.js';
import type { Topology } from '../Topology.js';

// Sentinel's event codes.
const SDOWN = 0;
const PROMOTE = 1;

/** What Sentinel needs from the health model: which nodes run Redis, and the network's sides. */
export interface SentinelHost {
  readonly kernel: Kernel;
  readonly log: EventLog;
  /** Whether Redis runs on `node` now. */
  redisUp(node: number): boolean;
  /** Whether the network is split, each node's side, and the majority side. */
  readonly network: Network;
  /** The master died unannounced: what it had not replicated is gone. */
  redisMasterLost(node: number): void;
}

/**
 * Redis Sentinel: which node is the master, and the failover when it goes — a master
 * silent for `down-after` is subjectively down, then the sentinels agree and promote a
 * replica (failoverMin to failoverMax later); a planned stop is a switchover without the
 * wait. Draws from the health checks' stream, in the order the checks' events come.
 */
export class Sentinel implements EventHandler {
  /** The node Redis clients talk to. */
  master: number;
  /** True from the master's loss until a replica is promoted. */
  down = false;
  private readonly kinds: Int32Array;

  constructor(
    private readonly host: SentinelHost,
    private readonly t: Topology,
    private readonly m: MechanicsInput,
    private readonly rng: RandomStream,
  ) {
    this.master = t.redisNode;
    this.kinds = Int32Array.from([SDOWN, PROMOTE], (code) => host.kernel.defineOccasionalKind(this, code, `sentinel.${code}`));
  }

  /** The master's process or VM died unannounced at `now`: replies stop; sentinels notice after down-after. */
  lost(node: number, now: number): void {
    if (node !== this.master || this.down) return;
    this.down = true;
    this.host.redisMasterLost(node);
    this.host.kernel.scheduleAt(now + this.m.sentinel.downAfterS, this.kinds[SDOWN], node);
  }

  /** The master is stopped on purpose: a switchover, promoted without waiting for down-after. */
  switchover(node: number, now: number): void {
    if (node !== this.master || this.down) return;
    this.down = true;
    this.host.log.add(now, 'sentinel', node, 'failover', 'planned switchover');
    this.host.kernel.schedule(this.failoverS(), this.kinds[PROMOTE], node);
  }

  /** The network split at `now`: a master on the minority side goes quiet for the majority's sentinels. */
  split(now: number, majority: number): void {
    if (this.host.network.side[this.master] !== majority && !this.down) this.host.kernel.scheduleAt(now + this.m.sentinel.downAfterS, this.kinds[SDOWN], this.master);
  }

  handle(code: number, subject: number): void {
    const h = this.host;
    const now = h.kernel.nowS;
    if (code === SDOWN) {
      h.log.add(now, 'sentinel', subject, 'sdown', `master down after ${this.m.sentinel.downAfterS} s without replies`, 'detection');
      h.kernel.schedule(this.failoverS(), this.kinds[PROMOTE], subject);
      return;
    }
    const majority = h.network.majoritySide();
    const next = this.t.dbNodes.find((n) => n !== subject && h.redisUp(n) && (!h.network.partitioned || h.network.side[n] === majority));
    h.log.add(now, 'sentinel', subject, 'odown', 'quorum of sentinels agrees');
    if (next === undefined) return;
    this.master = next;
    this.down = false;
    h.log.add(now, 'sentinel', next, 'promoted', 'replica promoted to master; replicas re-pointed');
  }

  /** Time from subjectively down to a promoted replica. */
  private failoverS(): number {
    return this.m.sentinel.failoverMinS + this.rng.uniform() * (this.m.sentinel.failoverMaxS - this.m.sentinel.failoverMinS);
  }
}
