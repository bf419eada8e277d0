import type { EventHandler, Kernel } from '../../../sim/Kernel.js';
import type { RandomStream } from '../../../sim/RandomStream.js';
import type { EventLog } from '../EventLog.js';
import type { MechanicsInput } from '../ModelInput.js';
import type { Topology } from '../Topology.js';

const OUT = 0;
const IN = 1;

/** What the ELB's health check asks of a web node: whether it answers (PHP up, the database and cache reachable). */
export interface ElbHost {
  healthCheckPasses(node: number): boolean;
}

/**
 * The ELB's health checks of the web nodes: every `interval` s (random phase from the
 * `health-checks` stream), a node is taken out of service after `unhealthy` failed
 * checks (each failing after `timeout` on a silent VM, at once on a dead PHP-FPM) and
 * put back after `healthy` passed ones. `inService` (by web position) is what the load
 * balancer chooses among.
 */
export class ElbChecks implements EventHandler {
  readonly inService: Uint8Array;
  private readonly kinds: number[];

  constructor(
    private readonly kernel: Kernel,
    private readonly t: Topology,
    private readonly host: ElbHost,
    private readonly log: EventLog,
    private readonly rng: RandomStream,
    private readonly m: MechanicsInput,
  ) {
    this.inService = new Uint8Array(t.webNodes.length).fill(1);
    // Spare web nodes exist only once a scale-out provisions them.
    for (let i = t.webNodes.length - t.spareWeb; i < t.webNodes.length; i++) this.inService[i] = 0;
    this.kinds = [OUT, IN].map((code) => kernel.defineOccasionalKind(this, code, `elb.${code}`));
  }

  /** Web node `w` (position) stopped answering: `silent` when its VM is gone (each check waits for the timeout). */
  failing(w: number, silent: boolean): void {
    const e = this.m.elb;
    const at = this.kernel.nowS + this.rng.uniform() * e.intervalS + (e.unhealthy - 1) * e.intervalS + (silent ? e.timeoutS : 0);
    this.kernel.scheduleAt(at, this.kinds[OUT], w);
  }

  /** Web node `w` answers again: back in service after the passing checks. */
  passing(w: number): void {
    const e = this.m.elb;
    const at = this.kernel.nowS + this.rng.uniform() * e.intervalS + (e.healthy - 1) * e.intervalS;
    this.kernel.scheduleAt(at, this.kinds[IN], w);
  }

  handle(code: number, w: number): void {
    const node = this.t.webNodes[w];
    const passes = this.host.healthCheckPasses(node);
    if (code === OUT) {
      if (passes) return;
      this.inService[w] = 0;
      this.log.add(this.kernel.nowS, 'elb', node, 'removed', `${inWords(this.m.elb.unhealthy)} failed health checks`, 'detection');
      return;
    }
    if (!passes) return;
    this.inService[w] = 1;
    this.log.add(this.kernel.nowS, 'elb', node, 'back in service', `${inWords(this.m.elb.healthy)} passed health checks`);
  }
}

/** A small count in words, as the log writes it (`two failed health checks`); digits from 11 up. */
function inWords(n: number): string {
  return ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n);
}
