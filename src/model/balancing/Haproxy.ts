import type { EventHandler, Kernel } from '../../../sim/Kernel.js';
import type { RandomStream } from '../../../sim/RandomStream.js';
import type { EventLog } from '../EventLog.js';
import type { MechanicsInput } from '../ModelInput.js';
import type { Network } from '../network/Network.js';
import type { Topology } from '../Topology.js';
import { S_GALERA } from '../services.js';

const FAILOVER = 0;

/** What HAProxy's checks of port 3306 see: which nodes run MariaDB, which are in Galera's view, and the network. */
export interface HaproxyHost {
  readonly up: Uint8Array;
  readonly galera: { readonly member: Uint8Array };
  readonly network: Network;
}

/**
 * HAProxy in front of MariaDB (single-writer): the node port 3306 is sent to, and when
 * its checks (`inter`, `fall`) will have marked each node down. A failed main node is
 * replaced by the next node in Galera's view (on the majority side); a planned stop
 * switches at once (maintenance). Draws each check's phase from the `health-checks`
 * stream, in the order Health calls it.
 */
export class Haproxy implements EventHandler {
  /** The node HAProxy sends port 3306 to (single-writer's main node). */
  main: number;
  /** When HAProxy will have marked each node down (Infinity while up). */
  readonly downAtS: Float64Array;
  private readonly kind: number;

  constructor(
    private readonly kernel: Kernel,
    private readonly t: Topology,
    private readonly host: HaproxyHost,
    private readonly log: EventLog,
    private readonly rng: RandomStream,
    private readonly m: MechanicsInput,
  ) {
    this.main = t.partMaster[0];
    this.downAtS = new Float64Array(t.nodeCount).fill(Infinity);
    this.kind = kernel.defineOccasionalKind(this, FAILOVER, `haproxy.${FAILOVER}`);
  }

  /**
   * MariaDB on `node` stopped answering. Each check of a silent host times out after 2 s
   * and the next starts 2 s later (10–12 s to the third failure); a refused connection
   * fails at once (4–6 s).
   */
  lost(node: number, silent: boolean): void {
    const inter = this.m.haproxy.interS;
    const perCheck = silent ? 2 * inter : inter;
    this.downAtS[node] = this.kernel.nowS + this.rng.uniform() * inter + (this.m.haproxy.fall - 1) * perCheck + (silent ? inter : 0);
    if (node === this.main) this.kernel.scheduleAt(this.downAtS[node], this.kind, node);
  }

  /** MariaDB on `node` answers again. */
  back(node: number): void {
    this.downAtS[node] = Infinity;
  }

  /** A planned stop of `node`: marked down at once (maintenance), the main node switching now. */
  stopped(node: number): void {
    this.downAtS[node] = this.kernel.nowS;
    if (node === this.main) this.failover(node, true);
  }

  /**
   * The network split now: when HAProxy on the cut-off side will have given up on
   * backends across the cut (its checks time out, `2 fall − 1` intervals after a random phase).
   */
  splitDetectedAtS(): number {
    const inter = this.m.haproxy.interS;
    return this.kernel.nowS + this.rng.uniform() * inter + (2 * this.m.haproxy.fall - 1) * inter;
  }

  /** After a split detected at `detectAtS`: a main node off the majority side is failed over then. */
  split(majority: number, detectAtS: number): void {
    if (this.host.network.side[this.main] === majority) return;
    this.downAtS[this.main] = detectAtS;
    this.kernel.scheduleAt(detectAtS, this.kind, this.main);
  }

  handle(_code: number, node: number): void {
    this.failover(node);
  }

  private failover(node: number, planned = false): void {
    const now = this.kernel.nowS;
    const h = this.host;
    this.log.add(now, 'haproxy', node, 'marked down', planned ? 'maintenance (planned stop)' : `port 3306 backend failed ${this.m.haproxy.fall} checks`, 'detection');
    const majority = h.network.majoritySide();
    const next = this.t.dbNodes.find((n) => h.up[n] & S_GALERA && h.galera.member[n] && n !== node && (!h.network.partitioned || h.network.side[n] === majority));
    if (next !== undefined && node === this.main) {
      this.main = next;
      this.log.add(now, 'haproxy', next, 'main node', 'port 3306 now served here');
    }
  }
}
