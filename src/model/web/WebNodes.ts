import { Admission } from '../../../sim/JobListener.js';
import type { Kernel } from '../../../sim/Kernel.js';
import type { ProcessorSharingCpu } from '../../../sim/ProcessorSharingCpu.js';
import type { RandomStream } from '../../../sim/RandomStream.js';
import { WorkerPool, type PoolListener } from '../../../sim/WorkerPool.js';
import type { LoadBalancer } from '../balancing/LoadBalancer.js';
import { CAUSE_502, CAUSE_DB_DOWN, CAUSE_NODE_DOWN, CAUSE_PHP_DOWN } from '../errorCauses.js';
import type { Metrics } from '../Metrics.js';
import type { ClassInput, ClusterInput, MechanicsInput } from '../ModelInput.js';
import type { RequestHost } from '../request/Backend.js';
import type { RequestTable } from '../request/RequestTable.js';
import { PH_PHP, PH_STATIC } from '../request/phases.js';
import { RESOURCE, resourceName } from '../resourceNames.js';
import { S_PHP } from '../services.js';
import { autoPhpWorkers, type Topology } from '../Topology.js';
import type { Health } from '../Health.js';

/** What the web nodes read from the cluster besides the requests. */
export interface WebHost extends RequestHost {
  readonly metrics: Metrics;
}

/** Whether the site answers at all (the restore component: `down` while the database is restored). */
export interface SiteState {
  readonly down: boolean;
}

/**
 * The web nodes: NGINX and each node's PHP-FPM pool (`pm.max_children` workers and the
 * listen backlog, a full backlog answering 502) on the node's cores. A request that
 * missed Fastly arrives here through the load balancer; a static asset is served by
 * NGINX on the CPU without a worker, a page waits for a worker and then runs its PHP CPU.
 */
export class WebNodes {
  /** The requests and their classes (the host's, held here: read on every event). */
  private readonly req: RequestTable;
  private readonly classes: readonly ClassInput[];
  /** What a request reads on its way in (the host's, held here: one hop less on every request). */
  private readonly kernel: Kernel;
  private readonly topology: Topology;
  private readonly cpus: readonly ProcessorSharingCpu[];
  private readonly health: Health;
  /** Each web node's PHP-FPM pool, by position in the topology's webNodes. */
  readonly php: WorkerPool[];
  /** Requests that missed Fastly and reached the load balancer. */
  originArrivals = 0;

  constructor(
    private readonly host: WebHost,
    listener: PoolListener,
    private readonly cluster: ClusterInput,
    private readonly mechanics: MechanicsInput,
    private readonly balancer: LoadBalancer,
    private readonly phpRng: RandomStream,
    /** Read on every request that reaches the origin: held here, not asked of the host. */
    private readonly site: SiteState,
    tag: number,
  ) {
    this.req = host.req;
    this.classes = host.classes;
    this.kernel = host.kernel;
    this.topology = host.topology;
    this.cpus = host.cpus;
    this.health = host.health;
    const t = host.topology;
    this.php = t.webNodes.map(
      (n, i) => new WorkerPool(host.kernel, listener, { name: resourceName(RESOURCE.php, n), workers: t.phpWorkers[i], queueLimit: cluster.listenBacklog, tag: tag + i }),
    );
  }

  /** A request of class `cls` that Fastly did not answer goes through the load balancer to a web node. */
  toOrigin(cls: number, session: number): void {
    const host = this.host;
    const now = this.kernel.nowS;
    const k = this.classes[cls];
    const req = this.req;
    const r = req.alloc();
    req.cls[r] = cls;
    req.session[r] = session;
    req.retries[r] = 0;
    req.arrivedS[r] = now;
    if (this.site.down) {
      // The database is being restored: the site answers nothing (in-flight requests finish).
      host.metrics.originArrival(cls, now);
      this.originArrivals++;
      req.release(r);
      host.endings.refused(cls, session, now, CAUSE_DB_DOWN);
      return;
    }
    const w = this.balancer.choose();
    host.metrics.originArrival(cls, now);
    this.originArrivals++;
    const webNode = w < 0 ? -1 : this.topology.webNodes[w];
    if (w < 0 || !(this.health.up[webNode] & S_PHP)) {
      // No target in service (503); the ELB still sends to a silent VM (504 after its
      // connect timeout) or to a node whose PHP-FPM is down (NGINX answers 502).
      req.release(r);
      const vmUp = w >= 0 && this.health.vmUp[webNode] === 1;
      const atS = w < 0 || vmUp ? now : now + this.mechanics.elb.connectTimeoutS;
      host.endings.refused(cls, session, atS, vmUp ? CAUSE_PHP_DOWN : CAUSE_NODE_DOWN);
      return;
    }
    req.web[r] = w;
    this.balancer.outstanding[w]++;
    if (k.isStatic) {
      req.phase[r] = PH_STATIC;
      this.cpus[webNode].arrive(r, k.phpCpu.sample(this.phpRng));
      return;
    }
    const admitted = this.php[w].acquire(r);
    if (admitted === Admission.Started) this.startPhp(r);
    else if (admitted === Admission.Rejected) host.endings.fail(r, CAUSE_502, false);
  }

  /** Request `r` holds a PHP-FPM worker: its PHP CPU runs on the node's cores. */
  startPhp(r: number): void {
    const req = this.req;
    if (req.doomed[r]) return this.host.endings.drop(r);
    req.phase[r] = PH_PHP;
    this.cpus[this.topology.webNodes[req.web[r]]].arrive(r, this.classes[req.cls[r]].phpCpu.sample(this.phpRng));
  }

  /** Node `node` has a new size: when the pool is sized automatically, it follows the node's memory and cores. */
  resized(node: number, vcpu: number, ramGb: number): void {
    const w = this.host.topology.webNodes.indexOf(node);
    if (w >= 0 && this.cluster.phpWorkersPerNode === null) this.php[w].setWorkers(autoPhpWorkers({ vcpu, ramGb }, false));
  }
}
