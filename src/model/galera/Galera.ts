import type { Kernel } from '../../../sim/Kernel.js';
import { FcfsStation } from '../../../sim/FcfsStation.js';
import { FifoQueue } from '../../../sim/FifoQueue.js';
import type { JobListener } from '../../../sim/JobListener.js';
import { TimeWeighted } from '../../../sim/stats/TimeWeighted.js';
import type { Health } from '../Health.js';
import type { Membership } from './Membership.js';
import type { Topology } from '../Topology.js';
import { RESOURCE, resourceName } from '../resourceNames.js';

/** Galera flow control: `gcs.fc_limit` 16 scaled by √N for 3 nodes, fc_factor 1.0 (galera `gcs_params.cpp`). */
export const FC_LIMIT = Math.round(16 * Math.sqrt(3));

/** What Galera needs from the cluster. */
export interface GaleraHost {
  readonly kernel: Kernel;
  readonly topology: Topology;
  readonly health: Health;
  /** Starts the commit of request `r` that flow control or a view change held. */
  startCommit(r: number): void;
}

/**
 * Galera replication: each node's applier (one thread applying the write-sets others
 * committed, and a split master's asynchronous copies), flow control pausing every
 * commit while an apply queue holds more than FC_LIMIT write-sets, the commits held by
 * it or by a view change, and the last hot-row commit per node for certification
 * conflicts (multi-writer). Membership, quorum and state transfer live in the health
 * model; the commit's own timing in the request path.
 */
export class Galera implements JobListener {
  /** The applier of each database node (undefined elsewhere). */
  readonly appliers: FcfsStation[] = [];
  /** Whether flow control pauses commits, as a 0/1 level over time (the share paused is reported). */
  readonly fcPaused = new TimeWeighted(0);
  /**
   * `fcPaused`'s integral at the end of warm-up, in a one-element array: a number
   * field turning from integer to double mid-run would change the hidden class and
   * deoptimise every hot method.
   */
  private readonly fcPausedAtWarmup = new Float64Array(1);
  private paused = false;
  private readonly pending: Int32Array;
  private readonly waiting = new FifoQueue(64);
  /** When each database node last committed a hot-row write (−∞: never). */
  private readonly hotCommitS: Float64Array;
  /** The database nodes, and Galera's membership (the host's, held here: read on every commit). */
  private readonly dbNodes: readonly number[];
  private readonly membership: Membership;

  constructor(
    private readonly host: GaleraHost,
    private readonly applyTag: number,
  ) {
    const t = host.topology;
    this.dbNodes = t.dbNodes;
    this.membership = host.health.galera;
    for (const n of t.dbNodes) this.appliers[n] = new FcfsStation(host.kernel, this, { name: resourceName(RESOURCE.galeraApply, n), servers: 1, tag: applyTag + n });
    this.pending = new Int32Array(t.nodeCount);
    this.hotCommitS = new Float64Array(t.nodeCount).fill(-Infinity);
  }

  /** Whether a commit starting now must wait: flow control, or a view change in progress. Queues `r` if so. */
  held(r: number, now: number): boolean {
    if (!this.paused && now >= this.membership.stallUntilS) return false;
    this.waiting.push(r, now, 0, -1);
    return true;
  }

  /** Commits stalled by a view change may go on, unless flow control still pauses them. */
  commitsResume(): void {
    if (!this.paused && this.host.kernel.nowS >= this.membership.stallUntilS) this.resume();
  }

  /** Whether a node other than `node` committed a hot-row write at or after `sinceS`. */
  hotConflict(node: number, sinceS: number): boolean {
    const last = this.hotCommitS;
    for (let n = 0; n < last.length; n++) if (n !== node && last[n] >= sinceS) return true;
    return false;
  }

  /** `node` committed a hot-row write now. */
  hotCommitted(node: number, now: number): void {
    this.hotCommitS[node] = now;
  }

  /** A commit of `writesets` on `node` goes to every other member's applier; a queue past the limit pauses commits. */
  replicate(node: number, writesets: number, applyS: number, now: number): void {
    for (const other of this.dbNodes) {
      if (other === node || !this.membership.member[other]) continue;
      this.appliers[other].arrive(writesets, applyS);
      this.pending[other] += writesets;
      if (!this.paused && this.pending[other] > FC_LIMIT) {
        this.paused = true;
        this.fcPaused.set(now, 1);
      }
    }
  }

  /** A split master's asynchronous copy to its read replicas (outside flow control: the negative job marks it). */
  copyToReplicas(readers: readonly number[], writesets: number, applyS: number): void {
    for (let i = 1; i < readers.length; i++) this.appliers[readers[i]].arrive(-writesets, applyS);
  }

  /** An applier finished a job: write-sets applied; flow control lifts when every member's queue is back within the limit. */
  jobDone(tag: number, writesets: number): void {
    if (writesets < 0) return;
    this.pending[tag - this.applyTag] -= writesets;
    if (!this.paused) return;
    for (const n of this.dbNodes) if (this.membership.member[n] && this.pending[n] > FC_LIMIT) return;
    this.paused = false;
    const now = this.host.kernel.nowS;
    this.fcPaused.set(now, 0);
    if (now >= this.membership.stallUntilS) this.resume();
  }

  /** Marks the end of warm-up for the paused share. */
  warmup(nowS: number): void {
    this.fcPausedAtWarmup[0] = this.fcPaused.integral(nowS);
  }

  /** Seconds commits were paused since warm-up. */
  pausedSince(nowS: number): number {
    return this.fcPaused.integral(nowS) - this.fcPausedAtWarmup[0];
  }

  private resume(): void {
    while (this.waiting.size > 0) {
      const r = this.waiting.headJob();
      this.waiting.shift();
      this.host.startCommit(r);
    }
  }
}
