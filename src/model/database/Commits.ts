import type { Kernel } from '../../../sim/Kernel.js';
import { CAUSE_1213, CAUSE_DB_DOWN } from '../errorCauses.js';
import type { Galera } from '../galera/Galera.js';
import type { Membership } from '../galera/Membership.js';
import type { Endings } from '../request/Endings.js';
import type { Topology } from '../Topology.js';
import type { ClassInput, ClusterInput } from '../ModelInput.js';
import type { RequestHost } from '../request/Backend.js';
import type { RequestTable } from '../request/RequestTable.js';
import { PH_SEARCH } from '../request/phases.js';
import type { Databases } from './Databases.js';

/** What a commit tells beyond the database: the writes and orders a restore would lose. */
export interface CommitLedger {
  committed(writes: number, order: boolean): void;
}

/** What commits need from the cluster besides the requests: their retry after a certification failure. */
export interface CommitHost extends RequestHost {
  /** Moves request `r` on to the next phase of its path. */
  advance(r: number): void;
}

/**
 * The commit of a visit's writes. On Galera: held while flow control or a view change
 * pauses commits, then certification plus the worst inter-node round trip per
 * transaction, a hot-row conflict check in multi-writer mode (first committer wins,
 * Magento retries once, then 1213), and replication to the other nodes. A split part's
 * master commits locally and copies to its read replicas asynchronously.
 */
export class Commits {
  /** The requests and their classes (the host's, held here: read on every event). */
  private readonly req: RequestTable;
  private readonly classes: readonly ClassInput[];
  /** What a commit reads (the host's, held here: one hop less on every request). */
  private readonly kernel: Kernel;
  private readonly topology: Topology;
  private readonly membership: Membership;
  private readonly endings: Endings;
  constructor(
    private readonly host: CommitHost,
    private readonly db: Databases,
    private readonly galera: Galera,
    private readonly ledger: CommitLedger,
    private readonly cluster: ClusterInput,
    /** The placeOrder class's index (its commits are orders); −1 without one. */
    private readonly orderClass: number,
    /** The event kind that delivers `committed` (on the host's dispatch). */
    private readonly committedKind: number,
  ) {
    this.req = host.req;
    this.classes = host.classes;
    this.kernel = host.kernel;
    this.topology = host.topology;
    this.membership = host.health.galera;
    this.endings = host.endings;
  }

  /** Request `r` finished its writes' CPU: it commits, or waits for Galera to let it. */
  commit(r: number): void {
    const galera = !this.splitWrites(this.classes[this.req.cls[r]]);
    const now = this.kernel.nowS;
    if (galera && !this.membership.primary) return this.endings.failLater(r, CAUSE_DB_DOWN, now);
    // Flow control, or a view change in progress, holds every Galera commit.
    if (galera && this.galera.held(r, now)) return;
    this.start(r);
  }

  /** A Galera commit costs certification plus the worst round trip per transaction; a split master commits locally. */
  start(r: number): void {
    this.req.commitStartS[r] = this.kernel.nowS;
    const k = this.classes[this.req.cls[r]];
    const perWriteS = this.splitWrites(k) ? 0 : this.cluster.certificationS + this.topology.worstDbRttS;
    this.kernel.schedule(k.dbWrites * perWriteS, this.committedKind, r);
  }

  /** Request `r`'s commit came back: certified (or, for a hot row, conflicting), then replicated. */
  committed(r: number): void {
    const now = this.kernel.nowS;
    const req = this.req;
    if (req.doomed[r]) return this.endings.drop(r);
    this.db.release(r);
    const k = this.classes[req.cls[r]];
    const node = req.dbNode[r];
    if (k.hotRowWrites > 0) {
      // First committer wins: a hot-row commit from any other node certified while ours
      // was in flight makes ours abort (1213); Magento retries once.
      if (this.galera.hotConflict(node, req.commitStartS[r])) {
        if (req.retries[r] === 0) {
          req.retries[r] = 1;
          req.phase[r] = PH_SEARCH;
          this.host.advance(r);
        } else this.endings.fail(r, CAUSE_1213, true);
        return;
      }
      this.galera.hotCommitted(node, now);
    }
    const applyS = k.dbWrites * this.cluster.dbApplyCpuS;
    this.ledger.committed(k.dbWrites, req.cls[r] === this.orderClass);
    if (this.splitWrites(k)) {
      // A split master replicates asynchronously to its read replicas, outside Galera's
      // flow control (the negative job marks a replica's apply).
      this.galera.copyToReplicas(this.topology.partReaders[k.dbPart], k.dbWrites, applyS);
      this.endings.finish(r);
      return;
    }
    this.membership.committed(k.dbWrites);
    this.galera.replicate(node, k.dbWrites, applyS, now);
    this.endings.finish(r);
  }

  /** Whether class `k`'s writes go to a split master (a plain master, not Galera). */
  private splitWrites(k: ClassInput): boolean {
    return this.topology.isSplit[k.dbPart] === 1;
  }
}
