import type { Kernel } from '../../../sim/Kernel.js';
import type { EventLog } from '../EventLog.js';
import type { Health } from '../Health.js';
import type { MechanicsInput, TimelineInput } from '../ModelInput.js';
import type { Topology } from '../Topology.js';
import type { RestoreEvent } from '../restore/Restore.js';

/** What the timeline's events change in the cluster, beyond the health model. */
export interface TimelineHost {
  readonly kernel: Kernel;
  readonly topology: Topology;
  readonly health: Health;
  readonly log: EventLog;
  readonly mechanics: MechanicsInput;
  /** Requests in flight on web node `web` (by position among the web nodes). */
  inFlightOn(web: number): number;
  /** Gives `node` a new size (a rolling upscale's step). */
  resize(node: number, vcpu: number, ramGb: number): void;
  /** Fastly drops every object now (a purge). */
  purgeCdn(): void;
  /** Database CPU demands on `node` are multiplied by `factor` (a backup runs there; 1 when it ends). */
  setDbCpuFactor(node: number, factor: number): void;
  /** Launches the first spare web node; its position, or −1. */
  launchWebNode(): number;
  /** Restores the database from a backup snapshot (the restore component). */
  startRestore(e: RestoreEvent): void;
}

/** What an event's effect reaches: the cluster, and a timer for what ends it later. */
export interface TimelineContext {
  readonly host: TimelineHost;
  /** Calls `then` after `delayS` simulated seconds (ties in the order they were asked for). */
  after(delayS: number, then: () => void): void;
}

/** The effect of one type of timeline event, when it happens. */
export type TimelineAction<E extends TimelineInput> = (e: E, c: TimelineContext) => void;

/** One effect per type of timeline event: the type checker asks for a new type's effect here. */
export type TimelineActions = { readonly [T in TimelineInput['type']]: TimelineAction<Extract<TimelineInput, { type: T }>> };
