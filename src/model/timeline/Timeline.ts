import type { EventHandler } from '../../../sim/Kernel.js';
import type { TimelineInput } from '../ModelInput.js';
import type { RestoreEvent } from '../restore/Restore.js';
import { RollingUpscale, type RotationClock, type RotationHost, type RotationStep } from './RollingUpscale.js';

/** A service-restart event's subject: node × SERVICE_SLOTS + the service's bit. */
const SERVICE_SLOTS = 32;

/** Availability zones by index, as the log names them. */
const AZ_NAMES = ['a', 'b', 'c'];

// The timeline's event codes.
const EVENT = 0;
const AZ_BACK = 1;
const SERVICE_BACK = 2;
const BACKUP_DONE = 3;
const HEAL = 4;
const ROT_DRAIN = 5;
const ROT_RESIZED = 6;
const ROT_READY = 7;
const CODES = [EVENT, AZ_BACK, SERVICE_BACK, BACKUP_DONE, HEAL, ROT_DRAIN, ROT_RESIZED, ROT_READY];

/** What the timeline needs from the cluster beyond what a rotation needs. */
export interface TimelineHost extends RotationHost {
  /** Fastly drops every object now (a purge). */
  purgeCdn(): void;
  /** Database CPU demands on `node` are multiplied by `factor` (a backup runs there; 1 when it ends). */
  setDbCpuFactor(node: number, factor: number): void;
  /** Launches the first spare web node; its position, or −1. */
  launchWebNode(): number;
  /** Restores the database from a backup snapshot (the restore component). */
  startRestore(e: RestoreEvent): void;
}

/**
 * The scenario's timeline of failures and operations: each event at its time, and what
 * ends it later (a zone, a service or the network coming back, a backup finishing, the
 * steps of a rolling upscale). It reaches the cluster only through `TimelineHost` and
 * the health model.
 */
export class Timeline implements EventHandler, RotationClock {
  private readonly kinds: Int32Array;
  /** Nodes an availability-zone outage took down, to bring back with the zone. */
  private readonly downWithZone: Uint8Array;
  private upscale: RollingUpscale | null = null;

  constructor(
    private readonly host: TimelineHost,
    private readonly events: readonly TimelineInput[],
  ) {
    this.kinds = Int32Array.from(CODES, (code) => host.kernel.defineOccasionalKind(this, code, `timeline.${code}`));
    this.downWithZone = new Uint8Array(host.topology.nodeCount);
  }

  /** Schedules every event of the timeline. */
  begin(): void {
    this.events.forEach((e, i) => this.host.kernel.scheduleAt(e.atS, this.kinds[EVENT], i));
  }

  /** Schedules a rotation step of the rolling upscale after `delayS`. */
  rotationAfter(delayS: number, step: RotationStep): void {
    this.host.kernel.schedule(delayS, this.kinds[step === 'drain' ? ROT_DRAIN : step === 'resized' ? ROT_RESIZED : ROT_READY], 0);
  }

  handle(code: number, subject: number): void {
    const h = this.host;
    switch (code) {
      case EVENT:
        return this.start(this.events[subject]);
      case ROT_DRAIN:
      case ROT_RESIZED:
      case ROT_READY:
        return this.upscale!.step(code === ROT_DRAIN ? 'drain' : code === ROT_RESIZED ? 'resized' : 'ready');
      case HEAL:
        return h.health.heal();
      case BACKUP_DONE:
        h.setDbCpuFactor(subject, 1);
        h.log.add(h.kernel.nowS, 'backup', subject, 'end');
        return;
      case SERVICE_BACK:
        return h.health.serviceRestart(Math.floor(subject / SERVICE_SLOTS), subject % SERVICE_SLOTS);
      case AZ_BACK:
        h.log.add(h.kernel.nowS, 'az', -1, 'back', `zone ${AZ_NAMES[subject]}`);
        for (let n = 0; n < h.topology.nodeCount; n++) {
          if (h.topology.az[n] !== subject || !this.downWithZone[n]) continue;
          this.downWithZone[n] = 0;
          h.health.recover(n);
        }
        return;
    }
  }

  private start(e: TimelineInput): void {
    const h = this.host;
    const k = h.kernel;
    switch (e.type) {
      case 'cache-purge':
        h.purgeCdn();
        h.log.add(k.nowS, 'cdn', -1, 'purge', 'all objects');
        return;
      case 'node-crash':
        return h.health.crash(e.node);
      case 'node-recover':
        return h.health.recover(e.node);
      case 'upscale':
        this.upscale = new RollingUpscale(h, this, e.vcpu, e.ramGb);
        return this.upscale.begin();
      case 'backup': {
        const node = h.health.haproxy.main;
        const m = h.mechanics;
        const durationS = m.databaseBytes / m.backup.bytesPerS;
        h.setDbCpuFactor(node, m.backup.cpuFactor);
        h.log.add(k.nowS, 'backup', node, 'start', `dump of ${(m.databaseBytes / 2 ** 30).toFixed(1)} GB for ${durationS.toFixed(0)} s; queries ×${m.backup.cpuFactor}`);
        k.schedule(durationS, this.kinds[BACKUP_DONE], node);
        return;
      }
      case 'restore':
        return h.startRestore(e);
      case 'web-scale-out':
        h.log.add(k.nowS, 'scale-out', -1, 'started', `${e.count} web node(s) launching`);
        for (let i = 0; i < e.count; i++) h.launchWebNode();
        return;
      case 'partition':
        h.health.partition(e.nodes);
        k.schedule(e.forS, this.kinds[HEAL], 0);
        return;
      case 'service-crash':
        h.health.serviceCrash(e.node, e.service);
        if (e.forS !== null) k.schedule(e.forS, this.kinds[SERVICE_BACK], e.node * SERVICE_SLOTS + e.service);
        return;
      case 'az-outage': {
        h.log.add(k.nowS, 'az', -1, 'outage', `zone ${AZ_NAMES[e.az]} for ${e.forS} s`);
        // Only the VMs running there go down, and only they come back with the zone
        // (not a spare web node never launched, nor one crashed before).
        for (let n = 0; n < h.topology.nodeCount; n++) {
          if (h.topology.az[n] !== e.az || !h.health.vmUp[n]) continue;
          this.downWithZone[n] = 1;
          h.health.crash(n);
        }
        k.schedule(e.forS, this.kinds[AZ_BACK], e.az);
        return;
      }
    }
  }
}
