import type { EventHandler, Kernel } from '../../../sim/Kernel.js';
import type { RandomStream } from '../../../sim/RandomStream.js';
import type { EventLog } from '../EventLog.js';
import type { MechanicsInput } from '../ModelInput.js';
import { S_GALERA } from '../services.js';
import type { Network } from '../network/Network.js';
import type { Topology } from '../Topology.js';
import { staysPrimary } from './quorum.js';

/** Inactivity is checked every 0.5 s (galera `defaults_check.cpp`): the view change lands in the half second after the suspect timeout. */
const GALERA_CHECK_S = 0.5;

const VIEW = 0;
const SYNCED = 1;
const PARTITION_VIEW = 2;

/** What membership reads of the cluster's health, and whom it tells that commits may go on. */
export interface MembershipHost {
  /** Services running per node (S_* bits). */
  readonly up: Uint8Array;
  /** Whether the network is split, each node's side, and the majority side. */
  readonly network: Network;
  /** Commits stalled by a view change may go on (or fail, if no longer primary). */
  commitsResume(): void;
}

/**
 * Galera's membership: which nodes are in the view, whether the view is primary (the
 * quorum rule, quorum.ts), the commit stall while a lost member is suspected
 * (`evs.suspect_timeout`), and how a node rejoins — IST when the write-sets it missed
 * fit `gcache.size`, else SST of the whole database. Draws the suspicion's phase from the
 * `health-checks` stream, in the order Health calls it.
 */
export class Membership implements EventHandler {
  /** Members of the current view (a rejoining node is not, until synced). */
  readonly member: Uint8Array;
  primary = true;
  /** Commits wait until then (a view change in progress). */
  stallUntilS = 0;
  private lastPrimarySize: number;
  private committedWritesets = 0;
  private readonly writesetsAtLoss: Float64Array;
  private readonly kinds: number[];

  constructor(
    private readonly kernel: Kernel,
    private readonly t: Topology,
    private readonly host: MembershipHost,
    private readonly log: EventLog,
    private readonly rng: RandomStream,
    private readonly m: MechanicsInput,
    private readonly dbApplyCpuS: number,
  ) {
    this.member = new Uint8Array(t.nodeCount);
    for (const n of t.dbNodes) this.member[n] = 1;
    this.lastPrimarySize = t.dbNodes.length;
    this.writesetsAtLoss = new Float64Array(t.nodeCount);
    this.kinds = [VIEW, SYNCED, PARTITION_VIEW].map((code) => kernel.defineOccasionalKind(this, code, `galera.${code}`));
  }

  /** Counts committed write-sets, for a rejoining node's IST/SST decision. */
  committed(writesets: number): void {
    this.committedWritesets += writesets;
  }

  /** Member `node` stopped answering: commits stall until the others suspect it and change the view. */
  lost(node: number): void {
    if (!this.member[node]) return;
    const now = this.kernel.nowS;
    this.writesetsAtLoss[node] = this.committedWritesets;
    this.stallUntilS = Math.max(this.stallUntilS, now + this.m.galera.suspectTimeoutS + this.rng.uniform() * GALERA_CHECK_S);
    this.kernel.scheduleAt(this.stallUntilS, this.kinds[VIEW], node);
  }

  /** Member `node` leaves gracefully (a planned stop): a view change at once, no stall. */
  leave(node: number): void {
    if (!this.member[node]) return;
    this.writesetsAtLoss[node] = this.committedWritesets;
    this.member[node] = 0;
    let survivors = 0;
    for (const n of this.t.dbNodes) survivors += this.member[n];
    this.primary = this.primary && staysPrimary(this.lastPrimarySize, survivors, 1);
    if (this.primary) this.lastPrimarySize = survivors;
    this.log.add(this.kernel.nowS, 'galera', node, this.primary ? 'view-change primary' : 'view-change non-primary', `graceful leave; members ${this.memberList()}`);
  }

  /** Node `node`'s MariaDB is back: it rejoins by IST or SST and is a member once synced. */
  rejoin(node: number): void {
    const now = this.kernel.nowS;
    const missed = this.committedWritesets - this.writesetsAtLoss[node];
    const ist = missed * this.m.galera.writesetBytes <= this.m.galera.gcacheBytes;
    const durationS = ist ? missed * this.dbApplyCpuS : this.m.databaseBytes / this.m.galera.sstBytesPerS;
    this.log.add(now, 'galera', node, ist ? 'IST start' : 'SST start', `${missed} write-sets missed`);
    this.kernel.scheduleAt(now + durationS, this.kinds[SYNCED], node);
  }

  /** The network split: the nodes off the `majority` side are suspected after the timeout. */
  split(majority: number): void {
    const now = this.kernel.nowS;
    for (const n of this.t.dbNodes) if (this.host.network.side[n] !== majority) this.writesetsAtLoss[n] = this.committedWritesets;
    this.stallUntilS = Math.max(this.stallUntilS, now + this.m.galera.suspectTimeoutS + this.rng.uniform() * GALERA_CHECK_S);
    this.kernel.scheduleAt(this.stallUntilS, this.kinds[PARTITION_VIEW], 0);
  }

  /** The partition healed: the cut-off nodes `rejoining` resync by IST. */
  healed(rejoining: readonly number[]): void {
    const now = this.kernel.nowS;
    for (const n of rejoining) {
      const missed = this.committedWritesets - this.writesetsAtLoss[n];
      this.log.add(now, 'galera', n, 'IST start', `${missed} write-sets missed`);
      this.kernel.scheduleAt(now + missed * this.dbApplyCpuS, this.kinds[SYNCED], n);
    }
  }

  handle(code: number, node: number): void {
    if (code === VIEW) return this.viewChange(node);
    if (code === SYNCED) return this.synced(node);
    return this.partitionView();
  }

  private viewChange(lost: number): void {
    const now = this.kernel.nowS;
    if (now < this.stallUntilS) return;
    let survivors = 0;
    for (const n of this.t.dbNodes) {
      if (this.member[n] && !(this.host.up[n] & S_GALERA)) this.member[n] = 0;
      survivors += this.member[n];
    }
    this.log.add(now, 'galera', lost, 'suspected', `evs.suspect_timeout ${this.m.galera.suspectTimeoutS} s`, 'detection');
    this.primary = this.primary && staysPrimary(this.lastPrimarySize, survivors, 0);
    if (this.primary) this.lastPrimarySize = survivors;
    this.log.add(now, 'galera', -1, this.primary ? 'view-change primary' : 'view-change non-primary', `members ${this.memberList()}`);
    this.host.commitsResume();
  }

  private partitionView(): void {
    const now = this.kernel.nowS;
    if (now < this.stallUntilS || !this.host.network.partitioned) return;
    const majority = this.host.network.majoritySide();
    let survivors = 0;
    for (const n of this.t.dbNodes) {
      if (this.member[n] && this.host.network.side[n] !== majority) this.member[n] = 0;
      survivors += this.member[n];
    }
    this.log.add(now, 'galera', -1, 'suspected', `nodes across the cut, after evs.suspect_timeout ${this.m.galera.suspectTimeoutS} s`, 'detection');
    this.primary = this.primary && staysPrimary(this.lastPrimarySize, survivors, 0);
    if (this.primary) this.lastPrimarySize = survivors;
    this.log.add(now, 'galera', -1, this.primary ? 'view-change primary' : 'view-change non-primary', `members ${this.memberList()}; the cut-off side is non-primary`);
    this.host.commitsResume();
  }

  private synced(node: number): void {
    if (!(this.host.up[node] & S_GALERA)) return;
    this.member[node] = 1;
    let members = 0;
    for (const n of this.t.dbNodes) members += this.member[n];
    if (!this.primary && staysPrimary(this.lastPrimarySize, members, 0)) this.primary = true;
    if (this.primary) this.lastPrimarySize = members;
    this.log.add(this.kernel.nowS, 'galera', node, 'synced', `members ${this.memberList()}${this.primary ? ', primary' : ', non-primary'}`);
    this.host.commitsResume();
  }

  private memberList(): string {
    return this.t.dbNodes.filter((n) => this.member[n]).map((n) => n + 1).join(' ');
  }
}
