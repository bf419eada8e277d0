import type { TimelineContext, TimelineHost } from './TimelineAction.js';

/** How often the rotation looks whether a drain or a rejoin is done, s. */
const POLL_S = 1;

/** A step of a node's rotation. */
type RotationStep = 'drain' | 'resized' | 'ready';

/**
 * A rolling upscale of the standard architecture, one VM at a time: deregister it from
 * the ELB and let its requests drain (at most the deregistration delay), stop it
 * (Galera leaves gracefully; HAProxy and Sentinel switch over), resize, start it, and
 * wait until Galera has resynced it (IST) and the ELB's checks have re-admitted it;
 * then the next VM. The cluster runs on two VMs meanwhile.
 */
/** How events.csv names a rotation step of a rolling upscale: a node's phase from leaving the ELB to serving again. */
export const ROTATION_LOG = { component: 'rotation', started: 'phase started', ended: 'phase ended' } as const;

export class RollingUpscale {
  private index = 0;
  private drainDeadlineS = 0;
  private readonly startedS: number;
  private readonly host: TimelineHost;

  constructor(
    private readonly timer: TimelineContext,
    private readonly vcpu: number,
    private readonly ramGb: number,
  ) {
    this.host = timer.host;
    this.startedS = this.host.kernel.nowS;
  }

  /** The rotation's next step after `delayS`. */
  private after(delayS: number, step: RotationStep): void {
    this.timer.after(delayS, () => this.step(step));
  }

  begin(): void {
    this.host.log.add(this.host.kernel.nowS, 'upscale', -1, 'started', `to ${this.vcpu} vCPU / ${this.ramGb} GB per node, one node at a time`);
    this.next();
  }

  private step(what: RotationStep): void {
    const h = this.host;
    const now = h.kernel.nowS;
    const node = h.topology.webNodes[this.index];
    switch (what) {
      case 'drain':
        if (h.inFlightOn(this.index) > 0 && now < this.drainDeadlineS) return this.after(POLL_S, 'drain');
        h.log.add(now, 'rotation', node, 'drained', `${h.inFlightOn(this.index)} requests still in flight`);
        h.health.stop(node);
        return this.after(h.mechanics.upscale.resizePerNodeS, 'resized');
      case 'resized':
        h.resize(node, this.vcpu, this.ramGb);
        h.log.add(now, 'rotation', node, 'resized', `${this.vcpu} vCPU / ${this.ramGb} GB`);
        h.health.start(node);
        return this.after(POLL_S, 'ready');
      case 'ready':
        if (!h.health.elbInService[this.index] || !h.health.galera.member[node]) return this.after(POLL_S, 'ready');
        h.log.add(now, ROTATION_LOG.component, node, ROTATION_LOG.ended, 'back in service');
        this.index++;
        return this.next();
    }
  }

  private next(): void {
    const h = this.host;
    const now = h.kernel.nowS;
    if (this.index >= h.topology.webNodes.length) {
      h.log.add(now, 'upscale', -1, 'complete', `${(now - this.startedS).toFixed(0)} s for ${h.topology.webNodes.length} nodes`);
      return;
    }
    const node = h.topology.webNodes[this.index];
    h.health.elbInService[this.index] = 0;
    this.drainDeadlineS = now + h.mechanics.elb.deregistrationDelayS;
    h.log.add(now, ROTATION_LOG.component, node, ROTATION_LOG.started, 'deregistered from the ELB; draining');
    this.after(POLL_S, 'drain');
  }
}
