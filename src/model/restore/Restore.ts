import type { EventHandler, Kernel } from '../../../sim/Kernel.js';
import type { EventLog } from '../EventLog.js';
import type { TimelineInput } from '../ModelInput.js';
import { type Retention, snapshotAt } from './backupSchedule.js';
import { restoreTimeS } from './restoreTime.js';

/** What one restore from backup cost: the report's RPO, RTO and the writes it lost. */
export interface RestoreResult {
  /** When the restore started (the timeline event), s. */
  atS: number;
  /** When the restored snapshot was taken, s (negative: before the run). */
  snapshotAtS: number;
  /** Data lost: `atS − snapshotAtS`. */
  rpoS: number;
  /** How long the site was down: the restore time of the database's size. */
  rtoS: number;
  /** placeOrder transactions committed between the snapshot and the restore, gone with it. */
  ordersLost: number;
  /** Write transactions (orders included) committed in the same span. */
  writesLost: number;
  /**
   * Seconds of that span before the run started, which the run did not simulate: their
   * orders and writes are counted at the run's mean rate up to the restore (0 when the
   * snapshot is from within the run).
   */
  extrapolatedS: number;
}

/** What the restore needs from the cluster. */
export interface RestoreHost {
  readonly kernel: Kernel;
  readonly log: EventLog;
  /** Fastly drops every object (the caches are cleaned after a restore). */
  purgeCdn(): void;
}

export type RestoreEvent = Extract<TimelineInput, { type: 'restore' }>;

/** The class whose committed transactions are orders (a decision: the built-in checkout's last step). */
export const ORDER_CLASS = 'placeOrder';

const SNAPSHOT = 0;
const DONE = 1;

/**
 * Restores from backup: the database goes back to a snapshot of the backup schedule,
 * the site is down (every request reaching the origin fails, `down`) for the restore
 * time of the database's size, and the orders and writes committed since the snapshot
 * are lost. It counts commits all along and, when the timeline has a restore, notes
 * the counts at each snapshot (its own events, so runs without one are unchanged).
 */
export class Restore implements EventHandler {
  /** True while a restore runs: the origin answers nothing. */
  down = false;
  readonly results: RestoreResult[] = [];
  private writes = 0;
  private orders = 0;
  /** Snapshot times of the run (hourly and timeline backups), and the counts at each. */
  private readonly snapshotTimes: number[];
  private readonly writesAt: number[] = [];
  private readonly ordersAt: number[] = [];
  private readonly kinds: Int32Array;
  private readonly timelineBackups: number[];
  /** When the last restore started ends (a restore during a restore extends the outage). */
  private upAtS = 0;

  constructor(
    private readonly host: RestoreHost,
    timeline: readonly TimelineInput[],
    private readonly databaseBytes: number,
    private readonly retention: Retention,
    durationS: number,
  ) {
    this.kinds = Int32Array.from([SNAPSHOT, DONE], (code) => host.kernel.defineOccasionalKind(this, code, `restore.${code}`));
    this.timelineBackups = timeline.filter((e) => e.type === 'backup').map((e) => e.atS);
    const restores = timeline.some((e) => e.type === 'restore');
    const everyS = retention[0].spacingS;
    const hourly = Array.from({ length: Math.floor(durationS / everyS) + 1 }, (_, i) => i * everyS);
    this.snapshotTimes = restores ? [...new Set([...hourly, ...this.timelineBackups])].sort((a, b) => a - b) : [];
  }

  /** Schedules the snapshots' counts (only when the timeline restores). */
  begin(): void {
    this.snapshotTimes.forEach((atS, i) => this.host.kernel.scheduleAt(atS, this.kinds[SNAPSHOT], i));
  }

  /** A transaction of `writes` write-sets committed; `order` when it placed an order. */
  committed(writes: number, order: boolean): void {
    this.writes += writes;
    if (order) this.orders++;
  }

  handle(code: number, subject: number): void {
    if (code === SNAPSHOT) {
      this.writesAt[subject] = this.writes;
      this.ordersAt[subject] = this.orders;
      return;
    }
    if (this.host.kernel.nowS < this.upAtS) return;
    this.down = false;
    this.host.purgeCdn();
    this.host.log.add(this.host.kernel.nowS, 'restore', -1, 'end', 'site back; caches cleaned (Fastly purged)');
  }

  /** The restore event `e` starts now. */
  start(e: RestoreEvent): void {
    const nowS = this.host.kernel.nowS;
    const snapshotS = snapshotAt(nowS, e.minAgeS, this.retention, this.timelineBackups.filter((b) => b <= nowS));
    const rtoS = restoreTimeS(this.databaseBytes);
    const i = this.snapshotTimes.indexOf(Math.max(0, snapshotS));
    const extrapolatedS = Math.max(0, -snapshotS);
    const perS = nowS > 0 ? 1 / nowS : 0;
    const result: RestoreResult = {
      atS: nowS,
      snapshotAtS: snapshotS,
      rpoS: nowS - snapshotS,
      rtoS,
      ordersLost: this.orders - this.ordersAt[i] + this.orders * perS * extrapolatedS,
      writesLost: this.writes - this.writesAt[i] + this.writes * perS * extrapolatedS,
      extrapolatedS,
    };
    this.results.push(result);
    this.down = true;
    this.upAtS = Math.max(this.upAtS, nowS + rtoS);
    const lost = `${Math.round(result.ordersLost)} orders and ${Math.round(result.writesLost)} writes lost`;
    const before = extrapolatedS > 0 ? ` (${extrapolatedS} s of them before the run, at its mean rate)` : '';
    this.host.log.add(nowS, 'restore', -1, 'start', `snapshot of t=${snapshotS} s (RPO ${result.rpoS} s): ${lost}${before}; site down for ${rtoS.toFixed(0)} s`);
    this.host.kernel.schedule(rtoS, this.kinds[DONE], 0);
  }
}
