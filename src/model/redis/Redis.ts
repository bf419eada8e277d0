import { FcfsStation } from '../../../sim/FcfsStation.js';
import type { JobListener } from '../../../sim/JobListener.js';
import type { Kernel } from '../../../sim/Kernel.js';
import { CAUSE_REDIS_DOWN } from '../errorCauses.js';
import type { EventLog } from '../EventLog.js';
import type { ClassInput, MechanicsInput } from '../ModelInput.js';
import type { Backend, RequestHost } from '../request/Backend.js';
import type { RequestTable } from '../request/RequestTable.js';
import { RESOURCE, resourceName } from '../resourceNames.js';
import type { Network } from '../network/Network.js';
import type { Topology } from '../Topology.js';
import type { Sentinel } from './Sentinel.js';

/** How many of the master's latest visits are remembered for the writes a failover loses (a power of two). */
const RING = 4096;

/** What Redis needs from the cluster. */
export interface RedisHost extends RequestHost {
  readonly log: EventLog;
  readonly mechanics: MechanicsInput;
}

/**
 * The Redis master (cache and sessions): one single-threaded server, a request's batch of
 * operations one visit; the writes it acknowledged that replicas had not yet copied, for
 * a failover to lose; and how a call fails while the master is gone. Sentinel's
 * membership and failover live in the health model.
 */
export class Redis implements Backend {
  /** The requests and their classes (the host's, held here: read on every event). */
  private readonly req: RequestTable;
  private readonly classes: readonly ClassInput[];
  /** What a visit reads (the host's, held here: one hop less on every request). */
  private readonly kernel: Kernel;
  private readonly topology: Topology;
  private readonly sentinel: Sentinel;
  private readonly network: Network;
  readonly station: FcfsStation;
  /** When the master finished its latest visits, and their operations (a ring). */
  private readonly doneAtS = new Float64Array(RING);
  private readonly doneOps = new Float64Array(RING);
  private done = 0;

  constructor(
    private readonly host: RedisHost,
    listener: JobListener,
    tag: number,
    private readonly opS: number,
    /** The event kind of a batch's arrival at the master (delivered to `arrive` by the host). */
    private readonly arriveKind: number,
  ) {
    this.req = host.req;
    this.classes = host.classes;
    this.kernel = host.kernel;
    this.topology = host.topology;
    this.sentinel = host.health.sentinel;
    this.network = host.health.network;
    this.station = new FcfsStation(host.kernel, listener, { name: resourceName(RESOURCE.redis, host.topology.redisNode), servers: 1, tag });
  }

  /** Request `r` sends its batch of operations to the master, or fails while there is none it can reach. */
  visit(r: number, _web: number, webNode: number): void {
    const sentinel = this.sentinel;
    if (sentinel.down || !this.network.reachable(webNode, sentinel.master)) return this.host.endings.failLater(r, CAUSE_REDIS_DOWN, this.kernel.nowS + this.failsAfterS(webNode));
    this.kernel.schedule(this.classes[this.req.cls[r]].redisOps * this.topology.rttS(webNode, sentinel.master), this.arriveKind, r);
  }

  /** Request `r`'s batch reached the master: it queues for the single thread. */
  arrive(r: number): void {
    const req = this.req;
    if (req.doomed[r]) return this.host.endings.drop(r);
    this.station.arrive(r, this.classes[req.cls[r]].redisOps * this.opS);
  }

  /** A visit of `ops` operations finished now. */
  served(ops: number): void {
    const i = this.done++ & (RING - 1);
    this.doneAtS[i] = this.kernel.nowS;
    this.doneOps[i] = ops;
  }

  /**
   * Replicas trail the master by `redisReplication.lag`: the writes among the operations
   * it finished that recently never reached them, and are gone when a replica is
   * promoted (Redis replication is asynchronous: docs/assumptions.md). Logged with their count.
   */
  masterLost(node: number): void {
    const h = this.host;
    const now = h.kernel.nowS;
    const { lagS, writeShare } = h.mechanics.redisReplication;
    const oldest = Math.max(0, this.done - RING);
    let ops = 0;
    let i = this.done - 1;
    for (; i >= oldest && this.doneAtS[i & (RING - 1)] > now - lagS; i--) ops += this.doneOps[i & (RING - 1)];
    const all = i >= oldest || oldest === 0;
    const lost = Math.round(ops * writeShare);
    h.log.add(now, 'redis', node, 'writes lost', `${all ? '' : 'at least '}${lost} writes acknowledged in the last ${(lagS * 1000).toFixed(1)} ms were not on a replica`);
  }

  /**
   * How long a Redis call takes to fail while the master is unavailable: a master whose
   * VM is up refuses the connection (one round trip); a dead, stopped or unreachable VM
   * answers nothing, so the client waits its timeout (`redisClientTimeout`). The first
   * call fails the request, so the batch's other round trips are never made, and the
   * client does not retry.
   */
  failsAfterS(webNode: number): number {
    const h = this.host.health;
    const master = h.sentinel.master;
    return h.vmUp[master] && h.network.reachable(webNode, master) ? this.host.topology.rttS(webNode, master) : this.host.mechanics.redisClientTimeoutS;
  }
}
