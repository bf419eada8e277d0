import { Admission } from '../../../sim/JobListener.js';
import type { Kernel } from '../../../sim/Kernel.js';
import type { ProcessorSharingCpu } from '../../../sim/ProcessorSharingCpu.js';
import { WorkerPool, type PoolListener } from '../../../sim/WorkerPool.js';
import { CAUSE_DB_DOWN } from '../errorCauses.js';
import type { ClassInput, ClusterInput } from '../ModelInput.js';
import { PH_DB_WRITE } from '../request/phases.js';
import type { RequestHost } from '../request/Backend.js';
import type { RequestTable } from '../request/RequestTable.js';
import { RESOURCE, resourceName } from '../resourceNames.js';
import { S_GALERA } from '../services.js';
import type { Haproxy } from '../balancing/Haproxy.js';
import type { Membership } from '../galera/Membership.js';
import type { Network } from '../network/Network.js';
import type { Topology } from '../Topology.js';

/**
 * The databases a request queries: the main database on Galera and any split parts
 * (checkout, sales) on their own masters with read replicas. Which node a query goes to,
 * each node's connection threads (`dbThreadsPerNode`), and the CPU a visit's reads or
 * writes cost there. The commit of a visit's writes is `Commits`.
 */
export class Databases {
  /** The requests and their classes (the host's, held here: read on every event). */
  private readonly req: RequestTable;
  private readonly classes: readonly ClassInput[];
  /** What a visit reads (the host's and its health's, held here: fewer hops on every request). */
  private readonly kernel: Kernel;
  private readonly topology: Topology;
  private readonly cpus: readonly ProcessorSharingCpu[];
  /** Per node, the services running (Health.up). */
  private readonly up: Uint8Array;
  private readonly membership: Membership;
  private readonly haproxy: Haproxy;
  private readonly network: Network;
  /** The connection threads of each database node (undefined elsewhere). */
  readonly threads: WorkerPool[] = [];
  /** Multiplier of database CPU demands per node (a backup running there). */
  readonly cpuFactor: Float64Array;
  private readRotation = 0;

  constructor(
    private readonly host: RequestHost,
    listener: PoolListener,
    private readonly cluster: ClusterInput,
    tag: number,
    /** The event kind of a visit's arrival at its node (delivered to `arrive` by the host). */
    private readonly arriveKind: number,
  ) {
    this.req = host.req;
    this.classes = host.classes;
    this.kernel = host.kernel;
    this.topology = host.topology;
    this.cpus = host.cpus;
    this.up = host.health.up;
    this.membership = host.health.galera;
    this.haproxy = host.health.haproxy;
    this.network = host.health.network;
    const t = host.topology;
    for (const n of t.dbNodes) {
      this.threads[n] = new WorkerPool(host.kernel, listener, { name: resourceName(RESOURCE.dbThreads, n), workers: cluster.dbThreadsPerNode, tag: tag + n });
    }
    this.cpuFactor = new Float64Array(t.nodeCount).fill(1);
  }

  /** The read phase's backend: request `r` (web node position `web`, VM `webNode`) sends its reads. */
  visitReads(r: number, web: number, webNode: number): void {
    this.visit(r, false, web, webNode);
  }

  /** The write phase's backend: request `r` sends its writes. */
  visitWrites(r: number, web: number, webNode: number): void {
    this.visit(r, true, web, webNode);
  }

  /**
   * Sends request `r` to database node `node` after its round trips; with no primary
   * component every query is refused (1047); a dead node's queries fail when HAProxy
   * marks it down.
   */
  private visit(r: number, write: boolean, web: number, webNode: number): void {
    const k = this.classes[this.req.cls[r]];
    const node = write ? this.nodeFor(k.dbPart, web) : this.readNodeFor(k.dbPart, web);
    const now = this.kernel.nowS;
    this.req.dbNode[r] = node;
    if (!this.membership.primary) return this.host.endings.failLater(r, CAUSE_DB_DOWN, now);
    if (!(this.up[node] & S_GALERA)) return this.host.endings.failLater(r, CAUSE_DB_DOWN, Math.max(now, this.haproxy.downAtS[node]));
    if (!this.network.reachable(webNode, node)) return this.host.endings.failLater(r, CAUSE_DB_DOWN, Math.max(now, this.network.detectAtS));
    this.kernel.schedule((write ? k.dbWrites : k.dbReads) * this.topology.rttS(webNode, node), this.arriveKind, r);
  }

  /** Request `r`'s visit reached its node: it waits for a connection thread. */
  arrive(r: number): void {
    const req = this.req;
    if (req.doomed[r]) return this.host.endings.drop(r);
    if (this.threads[req.dbNode[r]].acquire(r) === Admission.Started) {
      req.dbHeld[r] = 1;
      this.work(r);
    }
  }

  /** Request `r` got a connection thread it waited for. */
  granted(r: number): void {
    this.req.dbHeld[r] = 1;
    if (this.req.doomed[r]) return this.host.endings.drop(r);
    this.work(r);
  }

  /** Gives back the database thread request `r` holds, if any. */
  release(r: number): void {
    const req = this.req;
    if (req.dbHeld[r] === 0) return;
    req.dbHeld[r] = 0;
    this.threads[req.dbNode[r]].release();
  }

  private work(r: number): void {
    const k = this.classes[this.req.cls[r]];
    const c = this.cluster;
    const node = this.req.dbNode[r];
    const demand = this.req.phase[r] === PH_DB_WRITE ? k.dbWrites * c.dbWriteCpuS : k.dbReads * c.dbReadCpuS;
    this.cpus[node].arrive(r, demand * this.cpuFactor[node]);
  }

  /**
   * The database node a request's queries go to: a split part's own master; otherwise
   * in multi-writer mode the node local to its web node, in single-writer mode the
   * main node (Cloud proxies port 3306 to one elected node; reads included, since
   * Magento reads through the same connection unless a read-only one is configured).
   */
  private nodeFor(part: number, web: number): number {
    const t = this.topology;
    if (t.isSplit[part]) return t.partMaster[part];
    const local = t.localDbOfWeb[web];
    return this.cluster.multiWriter && this.membership.member[local] ? local : this.haproxy.main;
  }

  /**
   * Reads of a split part rotate over its master and read replicas; main-database reads
   * go to the local node when the read-only connection is configured; others go as
   * writes do.
   */
  private readNodeFor(part: number, web: number): number {
    const t = this.topology;
    const readers = t.partReaders[part];
    if (part === 0 && this.cluster.localReads && this.membership.member[t.localDbOfWeb[web]]) return t.localDbOfWeb[web];
    if (readers.length === 1) return this.nodeFor(part, web);
    this.readRotation = (this.readRotation + 1) % readers.length;
    return readers[this.readRotation];
  }
}
