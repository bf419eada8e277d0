import type { EventHandler, Kernel } from '../../../sim/Kernel.js';
import type { Health } from '../Health.js';
import type { MechanicsInput } from '../ModelInput.js';
import type { Topology } from '../Topology.js';

/** What launching a web node needs from the cluster. */
export interface LaunchHost {
  readonly kernel: Kernel;
  readonly topology: Topology;
  readonly health: Health;
  readonly mechanics: MechanicsInput;
}

/**
 * Spare web nodes of the scaled architecture coming up (a timeline scale-out or the
 * autoscaler): a launched node boots for `scaleOut.boot`, then joins the cluster
 * (health.provision: the ELB starts checking it).
 */
export class Launcher implements EventHandler {
  /** Spare web nodes already booting. */
  private readonly booting = new Set<number>();
  private readonly booted: number;

  constructor(private readonly host: LaunchHost) {
    this.booted = host.kernel.defineOccasionalKind(this, 0, 'scaling.booted');
  }

  /** Launches the first spare web node that is neither running nor booting; its position, or −1. */
  launchWebNode(): number {
    const h = this.host;
    const t = h.topology;
    for (let w = t.webNodes.length - t.spareWeb; w < t.webNodes.length; w++) {
      const node = t.webNodes[w];
      if (h.health.vmUp[node] || this.booting.has(node)) continue;
      this.booting.add(node);
      h.kernel.schedule(h.mechanics.scaleOut.bootS, this.booted, node);
      return w;
    }
    return -1;
  }

  /** Whether web node position `w` is booting. */
  launching(w: number): boolean {
    return this.booting.has(this.host.topology.webNodes[w]);
  }

  handle(_code: number, node: number): void {
    this.booting.delete(node);
    this.host.health.provision(node);
  }
}
