import type { Kernel } from '../../sim/Kernel.js';
import type { RandomStream } from '../../sim/RandomStream.js';
import type { Topology } from './Topology.js';
import type { EventLog } from './EventLog.js';
import type { MechanicsInput } from './ModelInput.js';
import { Membership, type MembershipHost } from './galera/Membership.js';
import { Sentinel, type SentinelHost } from './redis/Sentinel.js';
import { ElbChecks, type ElbHost } from './balancing/ElbChecks.js';
import { Haproxy, type HaproxyHost } from './balancing/Haproxy.js';
import { Network } from './network/Network.js';
import { S_GALERA, S_PHP, S_REDIS, S_SEARCH, serviceName } from './services.js';


/** What the model does when the cluster's health changes. */
export interface HealthListener {
  /**
   * Services `mask` of `node` stopped now: work on them is lost. `silent` when the whole
   * VM went silent (callers time out) rather than a process dying (callers are refused).
   */
  servicesLost(node: number, mask: number, silent: boolean): void;
  /** Commits stalled by a Galera view change may go on (or fail, if no longer primary). */
  commitsResume(): void;
  /** The Redis master `node` died unannounced: what it had not yet replicated is gone. */
  redisMasterLost(node: number): void;
  /** The network split now: work crossing the cut is lost. */
  networkSplit(): void;
}

/**
 * The cluster's health as its parts see it: which VMs are up, which web nodes the ELB
 * sends traffic to, the Galera primary component and its commit stall, where HAProxy
 * sends port 3306, and which node is the Redis master. Failures take effect at once;
 * each observer learns of them with its own documented delay (random phases from the
 * `health-checks` stream), and every state change is logged for events.csv.
 */
export class Health implements SentinelHost, ElbHost, MembershipHost, HaproxyHost {
  readonly vmUp: Uint8Array;
  /** Per node, the services running (S_* bits). */
  readonly up: Uint8Array;
  /** Per node, the services it hosts. */
  readonly hosts: Uint8Array;
  /** The ELB's checks of the web nodes. */
  readonly elb: ElbChecks;
  /** By position in the topology's webNodes: the ELB sends traffic there (ElbChecks.inService). */
  readonly elbInService: Uint8Array;
  /** Galera's view, quorum and rejoins. */
  readonly galera: Membership;
  /** Where HAProxy sends port 3306, and when its checks mark a node down. */
  readonly haproxy: Haproxy;
  /** Which node is the Redis master, and its failover. */
  readonly sentinel: Sentinel;
  /** Whether the network is split, and each node's side. */
  readonly network: Network;

  constructor(
    readonly kernel: Kernel,
    private readonly t: Topology,
    private readonly listener: HealthListener,
    readonly log: EventLog,
    rng: RandomStream,
    dbApplyCpuS: number,
    m: MechanicsInput,
  ) {
    this.vmUp = new Uint8Array(t.nodeCount).fill(1);
    this.hosts = new Uint8Array(t.nodeCount);
    for (const n of t.webNodes) this.hosts[n] |= S_PHP;
    for (const n of t.dbNodes) this.hosts[n] |= S_GALERA | S_REDIS | S_SEARCH;
    for (const n of t.searchNodeOfWeb) this.hosts[n] |= S_SEARCH;
    this.up = Uint8Array.from(this.hosts);
    // Spare web nodes exist only once a scale-out provisions them.
    for (let i = t.webNodes.length - t.spareWeb; i < t.webNodes.length; i++) {
      const n = t.webNodes[i];
      this.vmUp[n] = 0;
      this.up[n] = 0;
    }
    this.elb = new ElbChecks(kernel, t, this, log, rng, m);
    this.elbInService = this.elb.inService;
    this.network = new Network(t, this.up);
    this.galera = new Membership(kernel, t, this, log, rng, m, dbApplyCpuS);
    this.haproxy = new Haproxy(kernel, t, this, log, rng, m);
    this.sentinel = new Sentinel(this, t, m, rng);
  }

  redisUp(node: number): boolean {
    return (this.up[node] & S_REDIS) !== 0;
  }

  redisMasterLost(node: number): void {
    this.listener.redisMasterLost(node);
  }

  commitsResume(): void {
    this.listener.commitsResume();
  }


  /**
   * Magento's `health_check.php` needs PHP, the database and the cache: the ELB's check
   * of web node `node` passes only if PHP runs there and it reaches both.
   */
  healthCheckPasses(node: number): boolean {
    const net = this.network;
    return (this.up[node] & S_PHP) !== 0 && net.reachable(node, this.haproxy.main) && net.reachable(node, this.sentinel.master);
  }

  /**
   * Nodes `cut` lose contact with the others (the ELB still reaches every web node).
   * After the suspect timeout each side's Galera view follows the quorum rule — at
   * most one side stays primary; HAProxy and Sentinel on the majority side fail over
   * as after a crash; web nodes whose checks cannot reach the database or cache leave
   * the ELB.
   */
  partition(cut: readonly number[]): void {
    const now = this.kernel.nowS;
    const net = this.network;
    net.split(cut);
    this.log.add(now, 'network', -1, 'partition', `nodes ${cut.map((n) => n + 1).join(' ')} cut off`);
    net.detectAtS = this.haproxy.splitDetectedAtS();
    const majority = net.majoritySide();
    this.galera.split(majority);
    this.haproxy.split(majority, net.detectAtS);
    this.sentinel.split(now, majority);
    this.t.webNodes.forEach((node, w) => {
      if (!this.healthCheckPasses(node)) this.elb.failing(w, true);
    });
    this.listener.networkSplit();
  }

  /** The partition heals: the cut-off Galera nodes resync by IST, web nodes return to the ELB. */
  heal(): void {
    const now = this.kernel.nowS;
    const majority = this.network.majoritySide();
    const rejoining = this.t.dbNodes.filter((n) => this.network.side[n] !== majority && this.up[n] & S_GALERA);
    const outOfElb = this.t.webNodes.map((_, w) => !this.elbInService[w]);
    this.network.heal();
    this.log.add(now, 'network', -1, 'healed');
    for (const n of rejoining) this.haproxy.back(n);
    this.galera.healed(rejoining);
    this.t.webNodes.forEach((node, w) => {
      if (outOfElb[w] && this.up[node] & S_PHP) this.elb.passing(w);
    });
  }

  /** `node` also runs the service of bit `service` (RabbitMQ, when the scenario models it). */
  addService(node: number, service: number): void {
    this.hosts[node] |= service;
    this.up[node] |= service;
  }

  /** The whole VM of `node` goes silent. */
  crash(node: number): void {
    if (!this.vmUp[node]) return;
    this.vmUp[node] = 0;
    this.log.add(this.kernel.nowS, 'vm', node, 'crashed');
    this.servicesDown(node, this.up[node], true);
  }

  /** The VM of `node` is back with all its services. */
  recover(node: number): void {
    if (this.vmUp[node]) return;
    this.vmUp[node] = 1;
    this.log.add(this.kernel.nowS, 'vm', node, 'recovered');
    this.servicesUp(node, this.hosts[node]);
  }

  /**
   * A planned stop of `node` (a rolling upscale; the ELB has drained it): Galera sees a
   * graceful leave (no stall), HAProxy switches port 3306 at once (maintenance), a
   * Redis master hands over by a planned Sentinel failover.
   */
  stop(node: number): void {
    if (!this.vmUp[node]) return;
    const now = this.kernel.nowS;
    const mask = this.up[node];
    this.vmUp[node] = 0;
    this.up[node] = 0;
    this.log.add(now, 'vm', node, 'stopped', 'planned');
    if (mask & S_GALERA) {
      this.galera.leave(node);
      this.haproxy.stopped(node);
    }
    if (mask & S_REDIS) this.sentinel.switchover(node, now);
    this.listener.servicesLost(node, mask, false);
  }

  /** A stopped VM starts again with all its services (rejoining as after a crash). */
  start(node: number): void {
    if (this.vmUp[node]) return;
    this.vmUp[node] = 1;
    this.log.add(this.kernel.nowS, 'vm', node, 'started');
    this.servicesUp(node, this.hosts[node]);
  }

  /** A new web node launched by scale-out has booted: its checks start, and the ELB admits it after they pass. */
  provision(node: number): void {
    if (this.vmUp[node]) return;
    this.vmUp[node] = 1;
    this.log.add(this.kernel.nowS, 'vm', node, 'provisioned', 'web node added by scale-out');
    this.servicesUp(node, this.hosts[node]);
  }

  /** One service of `node` dies (its process), the VM staying up. */
  serviceCrash(node: number, service: number): void {
    if (!this.vmUp[node] || !(this.up[node] & service)) return;
    this.log.add(this.kernel.nowS, serviceName(service), node, 'crashed', 'the process died; the VM is up');
    this.servicesDown(node, service, false);
  }

  /** A crashed service of `node` restarts. */
  serviceRestart(node: number, service: number): void {
    if (!this.vmUp[node] || this.up[node] & service) return;
    this.log.add(this.kernel.nowS, serviceName(service), node, 'restarted');
    this.servicesUp(node, service);
  }

  private servicesDown(node: number, mask: number, silent: boolean): void {
    const now = this.kernel.nowS;
    this.up[node] &= ~mask;
    const web = this.t.webNodes.indexOf(node);
    // A silent VM fails each check after the timeout, a dead PHP-FPM at once (NGINX answers 502).
    if (mask & S_PHP && web >= 0) this.elb.failing(web, silent);
    if (mask & S_GALERA) {
      this.haproxy.lost(node, silent);
      this.galera.lost(node);
    }
    if (mask & S_REDIS) this.sentinel.lost(node, now);
    this.listener.servicesLost(node, mask, silent);
  }

  private servicesUp(node: number, mask: number): void {
    const now = this.kernel.nowS;
    this.up[node] |= mask;
    const web = this.t.webNodes.indexOf(node);
    if (mask & S_PHP && web >= 0) this.elb.passing(web);
    if (mask & S_GALERA) {
      this.haproxy.back(node);
      this.galera.rejoin(node);
    }
    if (mask & S_REDIS) this.log.add(now, 'redis', node, 'replica', 'rejoins as a replica of the current master');
  }
}
