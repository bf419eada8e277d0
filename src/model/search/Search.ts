import { Admission } from '../../../sim/JobListener.js';
import type { Kernel } from '../../../sim/Kernel.js';
import type { ProcessorSharingCpu } from '../../../sim/ProcessorSharingCpu.js';
import { WorkerPool, type PoolListener } from '../../../sim/WorkerPool.js';
import type { Backend, RequestHost } from '../request/Backend.js';
import type { RequestTable } from '../request/RequestTable.js';
import type { ClassInput } from '../ModelInput.js';
import { RESOURCE, resourceName } from '../resourceNames.js';
import { S_SEARCH } from '../services.js';
import type { Network } from '../network/Network.js';
import type { Topology } from '../Topology.js';

/**
 * OpenSearch: the search node each web node queries (a core node in the standard
 * architecture, its own tier in the scaled one), each node's search threads
 * (`searchThreadsPerNode`), and the CPU a visit's queries cost there. When its node is
 * gone or cut off, a request asks a surviving node's replica.
 */
export class Search implements Backend {
  /** The requests and their classes (the host's, held here: read on every event). */
  private readonly req: RequestTable;
  private readonly classes: readonly ClassInput[];
  /** What a visit reads (the host's and its health's, held here: fewer hops on every request). */
  private readonly kernel: Kernel;
  private readonly topology: Topology;
  private readonly cpus: readonly ProcessorSharingCpu[];
  /** Per node, the services running (Health.up). */
  private readonly up: Uint8Array;
  private readonly network: Network;
  /** The search threads of each node running search (undefined elsewhere). */
  readonly threads: WorkerPool[] = [];

  constructor(
    private readonly host: RequestHost,
    listener: PoolListener,
    threadsPerNode: number,
    private readonly cpuS: number,
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
    this.network = host.health.network;
    const t = host.topology;
    for (const n of [...t.dbNodes, ...t.searchNodeOfWeb]) {
      this.threads[n] ??= new WorkerPool(host.kernel, listener, { name: resourceName(RESOURCE.searchThreads, n), workers: threadsPerNode, tag: tag + n });
    }
  }

  visit(r: number, web: number, webNode: number): void {
    const t = this.topology;
    let node = t.searchNodeOfWeb[web];
    // OpenSearch answers from a surviving node's replica when a core node is gone.
    if (!(this.up[node] & S_SEARCH) || !this.network.reachable(webNode, node)) node = this.survivor(webNode) ?? node;
    this.req.dbNode[r] = node;
    this.kernel.schedule(this.classes[this.req.cls[r]].searches * t.rttS(webNode, node), this.arriveKind, r);
  }

  /** A database node whose search is up and reachable from `webNode`, if any. */
  private survivor(webNode: number): number | undefined {
    return this.topology.dbNodes.find((n) => this.up[n] & S_SEARCH && this.network.reachable(webNode, n));
  }

  /** Request `r`'s visit reached its node: it waits for a search thread. */
  arrive(r: number): void {
    const req = this.req;
    if (req.doomed[r]) return this.host.endings.drop(r);
    if (this.threads[req.dbNode[r]].acquire(r) === Admission.Started) this.work(r);
  }

  /** Request `r` got a search thread it waited for. */
  granted(r: number): void {
    const req = this.req;
    if (req.doomed[r]) {
      this.threads[req.dbNode[r]].release();
      return this.host.endings.drop(r);
    }
    this.work(r);
  }

  /** Node `node` finished a visit's queries: its thread is free. */
  release(node: number): void {
    this.threads[node].release();
  }

  private work(r: number): void {
    this.cpus[this.req.dbNode[r]].arrive(r, this.classes[this.req.cls[r]].searches * this.cpuS);
  }
}
