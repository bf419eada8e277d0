import { Kernel, type EventHandler } from '../../sim/Kernel.js';
import { ProcessorSharingCpu } from '../../sim/ProcessorSharingCpu.js';
import { WorkerPool, type PoolListener } from '../../sim/WorkerPool.js';
import { Admission, type JobListener } from '../../sim/JobListener.js';
import { RandomStreams } from '../../sim/RandomStreams.js';
import type { RandomStream } from '../../sim/RandomStream.js';
import type { ModelInput, ClassInput, MechanicsInput } from './ModelInput.js';
import { Topology, autoPhpWorkers } from './Topology.js';
import { Timeline, type TimelineHost } from './timeline/Timeline.js';
import { Autoscaler, type AutoscaleHost } from './scaling/Autoscaler.js';
import { Launcher } from './scaling/Launcher.js';
import { RequestTable } from './request/RequestTable.js';
import { Endings, NO_PUBLISHER } from './request/Endings.js';
import { InFlight } from './request/InFlight.js';
import { PH_DB_READ, PH_DB_WRITE, PH_PHP, PH_REDIS, PH_SEARCH, PH_STATIC } from './request/phases.js';
import { PATH_WIDTH, requestPaths } from './request/requestPath.js';
import { Metrics } from './Metrics.js';
import { CAUSE_502, CAUSE_1213, CAUSE_NODE_DOWN, CAUSE_DB_DOWN, CAUSE_REDIS_DOWN, CAUSE_PHP_DOWN } from './errorCauses.js';
import { Health, type HealthListener } from './Health.js';
import { S_PHP, S_GALERA, S_SEARCH, S_RABBITMQ } from './services.js';
import { Traffic } from './traffic/Traffic.js';
import { LoadBalancer } from './balancing/LoadBalancer.js';
import type { RunResult } from './RunResult.js';
import { EventLog } from './EventLog.js';
import { Cdn } from './cdn/Cdn.js';
import { Redis } from './redis/Redis.js';
import { MessageQueue } from './queue/MessageQueue.js';
import { ORDER_CLASS, Restore, type RestoreEvent, type RestoreHost } from './restore/Restore.js';
import { Galera } from './galera/Galera.js';
import { RESOURCE, resourceName } from './resourceNames.js';

// Event codes.
const NEXT_ARRIVAL = 0;
const PAGE = 1;
const AT_REDIS = 2;
const AT_DB = 3;
const AT_SEARCH = 4;
const COMMITTED = 5;
const WARMUP = 6;
const SAMPLE = 7;
const DROP = 8;


// Listener tags: CPU tags are node ids; the others are offsets plus a node id.
const TAG_PHP = 1000;
const TAG_DB = 2000;
const TAG_SEARCH = 3000;
const TAG_REDIS = 4000;
const TAG_APPLY = 5000;


/** Slices of simulated time a run reports its progress after. */
const PROGRESS_STEPS = 200;

/**
 * The Adobe Commerce Cloud Pro cluster on the kernel. A shopper's request meets Fastly
 * (a hit answers at the edge); a miss goes through the load balancer to a web node,
 * waits for a PHP-FPM worker (in the listen backlog; a full backlog answers 502), and
 * holding the worker runs its PHP CPU on the node's cores — shared with MariaDB and
 * search on the same VM in the standard architecture — then its Redis operations on
 * the single-threaded master, database reads, search queries and database writes,
 * each after the network round trips to the node serving it. A write commits through
 * Galera (certification plus the worst inter-node round trip), is applied on the other
 * nodes, and flow control pauses every commit while an apply queue exceeds 28
 * write-sets. In multi-writer mode, hot-row writes from different nodes whose commits
 * overlap fail certification, are retried once, then fail (1213). A response slower
 * than `fastcgi_read_timeout` is a 504. Calls of one kind within a request are
 * batched into one visit (their demands and round trips summed): see docs/model.md.
 */
export class ClusterModel implements EventHandler, JobListener, PoolListener, HealthListener, AutoscaleHost, TimelineHost, RestoreHost {
  readonly kernel = new Kernel(4096);
  readonly topology: Topology;
  private readonly input: ModelInput;
  private readonly classes: ClassInput[];
  private readonly cpus: ProcessorSharingCpu[];
  private readonly php: WorkerPool[];
  private readonly dbThreads: WorkerPool[] = [];
  private readonly searchThreads: WorkerPool[] = [];
  private readonly galera: Galera;
  private readonly redis: Redis;
  private readonly restore: Restore;
  /** RabbitMQ and its consumers; null when the scenario does not model them. */
  private readonly queue: MessageQueue | null;
  /** Index of the placeOrder class (its commits are the orders a restore loses); −1 without one. */
  private readonly orderClass: number;
  private readonly req = new RequestTable();
  private readonly traffic: Traffic;
  private readonly metrics: Metrics;
  private readonly rng: { arrivals: RandomStream; cdn: RandomStream; php: RandomStream; think: RandomStream; pick: RandomStream; stale: RandomStream };
  private readonly balancer: LoadBalancer;
  private readRotation = 0;
  private readonly kinds: Int32Array;
  readonly log = new EventLog();
  readonly health: Health;
  readonly mechanics: MechanicsInput;
  private readonly timeline: Timeline;
  private readonly launcher: Launcher;
  /** Requests that missed Fastly and reached the load balancer. */
  originArrivals = 0;
  private readonly cdn: Cdn;
  /** Multiplier of database CPU demands per node (a backup running there). */
  private readonly dbCpuFactor: Float64Array;
  private readonly endings: Endings;
  /** Each class's next phase after each phase (request/requestPath.ts). */
  private readonly paths: Int8Array;
  private readonly inFlight: InFlight;

  constructor(input: ModelInput) {
    this.input = input;
    this.classes = input.classes;
    this.paths = requestPaths(input.classes);
    const c = input.cluster;
    // Spare web nodes: those the timeline's scale-outs and the autoscaling limit may add.
    const autoscaled = c.autoscaling !== null && c.scaled !== null ? Math.max(0, c.autoscaling.maxWebNodes - c.scaled.webNodes) : 0;
    const spare = input.timeline.reduce((n, e) => n + (e.type === 'web-scale-out' ? e.count : 0), 0) + autoscaled;
    const t = (this.topology = new Topology(c, spare));
    const k = this.kernel;
    const streams = new RandomStreams(input.seed);
    this.rng = {
      arrivals: streams.stream('arrivals'),
      cdn: streams.stream('cdn'),
      php: streams.stream('php-cpu'),
      think: streams.stream('think-time'),
      pick: streams.stream('journeys'),
      stale: streams.stream('serve-stale'),
    };
    this.cpus = t.vcpu.map((cores, n) => new ProcessorSharingCpu(k, this, { name: resourceName(RESOURCE.cpu, n), cores, tag: n }));
    this.php = t.webNodes.map(
      (n, i) => new WorkerPool(k, this, { name: resourceName(RESOURCE.php, n), workers: t.phpWorkers[i], queueLimit: c.listenBacklog, tag: TAG_PHP + i }),
    );
    for (const n of t.dbNodes) {
      this.dbThreads[n] = new WorkerPool(k, this, { name: resourceName(RESOURCE.dbThreads, n), workers: c.dbThreadsPerNode, tag: TAG_DB + n });
      this.searchThreads[n] = new WorkerPool(k, this, { name: resourceName(RESOURCE.searchThreads, n), workers: c.searchThreadsPerNode, tag: TAG_SEARCH + n });
    }
    this.galera = new Galera(this, TAG_APPLY);
    for (const n of t.searchNodeOfWeb) {
      this.searchThreads[n] ??= new WorkerPool(k, this, { name: resourceName(RESOURCE.searchThreads, n), workers: c.searchThreadsPerNode, tag: TAG_SEARCH + n });
    }
    this.redis = new Redis(this, this, TAG_REDIS, c.redisOpS);
    this.mechanics = input.mechanics;
    this.health = new Health(k, t, this, this.log, streams.stream('health-checks'), c.dbApplyCpuS, input.mechanics);
    this.balancer = new LoadBalancer(c.balancing, this.health.elbInService, streams.stream('balancing'));
    const threadPools = [
      ...this.dbThreads.flatMap((p, n) => (p ? [{ name: p.name, kind: 'db-threads' as const, node: n, stats: p.stats }] : [])),
      ...this.searchThreads.flatMap((p, n) => (p ? [{ name: p.name, kind: 'search-threads' as const, node: n, stats: p.stats }] : [])),
    ];
    this.metrics = new Metrics(input, t, this.cpus, this.php, this.redis.station, this.galera.appliers, this.galera.fcPaused, this.req, this.health, this.log.events, threadPools);
    this.cdn = new Cdn(input, this.rng, k, this.log);
    this.dbCpuFactor = new Float64Array(t.nodeCount).fill(1);
    this.kinds = Int32Array.from([NEXT_ARRIVAL, PAGE, AT_REDIS, AT_DB, AT_SEARCH, COMMITTED, WARMUP, SAMPLE, DROP], (code) => k.defineKind(this, code, `model.${code}`));
    this.traffic = new Traffic(this, input, this.rng, this.cdn, this.metrics, { arrival: this.kinds[NEXT_ARRIVAL], page: this.kinds[PAGE] });
    this.launcher = new Launcher(this);
    this.timeline = new Timeline(this, input.timeline);
    if (input.queue !== null) this.health.addService(input.queue.brokerNode, S_RABBITMQ);
    this.queue = input.queue === null ? null : new MessageQueue(k, this.cpus, this.health, this.metrics, input.queue);
    this.endings = new Endings(k, this, this.req, this.php, this.balancer.outstanding, this.metrics, this.cdn, this.traffic, this.queue ?? NO_PUBLISHER, c.fastcgiReadTimeoutS);
    this.inFlight = new InFlight(k, this.req, t, this.health, input.mechanics, this.endings);
    this.restore = new Restore(this, input.timeline, input.mechanics.databaseBytes, input.mechanics.backupRetention, input.durationS);
    this.orderClass = input.classes.findIndex((x) => x.name === ORDER_CLASS);
    this.traffic.begin();
    if (input.warmupS > 0) k.scheduleAt(input.warmupS, this.kinds[WARMUP], 0);
    k.scheduleAt(Math.min(input.windowS, input.durationS), this.kinds[SAMPLE], 0);
    this.timeline.begin();
    this.restore.begin();
    this.queue?.begin();
    if (c.autoscaling !== null && c.scaled !== null) {
      // The autoscaler lives on through the events it schedules for itself.
      new Autoscaler(this, c.autoscaling, input.durationS).begin();
    }
  }

  /**
   * Runs to the horizon and returns the results. With `onProgress`, the run goes in
   * `PROGRESS_STEPS` slices of simulated time and reports after each (the kernel resumes
   * exactly where it stopped, so the results are the same bytes).
   */
  run(onProgress?: (nowS: number, events: number) => void): RunResult {
    const k = this.kernel;
    const endS = this.input.durationS;
    if (onProgress !== undefined) {
      for (let i = 1; i < PROGRESS_STEPS; i++) {
        k.run((endS * i) / PROGRESS_STEPS);
        onProgress(k.nowS, k.eventsProcessed);
      }
    }
    k.run(endS);
    onProgress?.(k.nowS, k.eventsProcessed);
    return { ...this.metrics.result(this.kernel.nowS, this.kernel.eventsProcessed, this.galera.pausedSince(this.kernel.nowS), this.log.events), restores: this.restore.results, queue: this.queue?.finish() ?? null };
  }

  handle(code: number, subject: number): void {
    switch (code) {
      case NEXT_ARRIVAL:
        return this.traffic.arrival();
      case PAGE:
        return this.traffic.page(subject);
      case AT_REDIS:
        if (this.req.doomed[subject]) return this.endings.drop(subject);
        this.redis.arrive(subject, this.classes[this.req.cls[subject]].redisOps);
        return;
      case AT_DB:
        if (this.req.doomed[subject]) return this.endings.drop(subject);
        if (this.dbThreads[this.req.dbNode[subject]].acquire(subject) === Admission.Started) {
          this.req.dbHeld[subject] = 1;
          this.dbWork(subject);
        }
        return;
      case AT_SEARCH:
        if (this.req.doomed[subject]) return this.endings.drop(subject);
        if (this.searchThreads[this.req.dbNode[subject]].acquire(subject) === Admission.Started) this.searchWork(subject);
        return;
      case COMMITTED:
        return this.committed(subject);
      case DROP:
        return this.endings.drop(subject);
      case WARMUP:
        this.galera.warmup(this.kernel.nowS);
        return this.metrics.warmup(this.kernel.nowS);
      case SAMPLE: {
        const now = this.kernel.nowS;
        this.metrics.sample(now);
        const next = now + this.input.windowS;
        if (next <= this.input.durationS + 1e-9) this.kernel.scheduleAt(Math.min(next, this.input.durationS), this.kinds[SAMPLE], 0);
        return;
      }
    }
  }

  jobDone(tag: number, job: number): void {
    if (tag < TAG_PHP) this.cpuDone(tag, job);
    else if (tag === TAG_REDIS) {
      this.redis.served(this.classes[this.req.cls[job]].redisOps);
      this.advance(job);
    }

  }

  granted(tag: number, job: number): void {
    if (tag < TAG_DB) return this.startPhp(job);
    if (tag < TAG_SEARCH) this.req.dbHeld[job] = 1;
    if (this.req.doomed[job]) {
      if (tag >= TAG_SEARCH) this.searchThreads[this.req.dbNode[job]].release();
      return this.endings.drop(job);
    }
    if (tag < TAG_SEARCH) this.dbWork(job);
    else this.searchWork(job);
  }

  // — What the timeline changes (TimelineHost) —

  purgeCdn(): void {
    this.cdn.purge();
  }

  startRestore(e: RestoreEvent): void {
    this.restore.start(e);
  }

  setDbCpuFactor(node: number, factor: number): void {
    this.dbCpuFactor[node] = factor;
  }

  // — Web scale-out and autoscaling —

  launchWebNode(): number {
    return this.launcher.launchWebNode();
  }

  launching(w: number): boolean {
    return this.launcher.launching(w);
  }

  webCpu(w: number): ProcessorSharingCpu {
    return this.cpus[this.topology.webNodes[w]];
  }

  /** Requests in flight on web node position `w`. */
  inFlightOn(w: number): number {
    return this.balancer.outstanding[w];
  }

  /** Gives node `node` a new size: its cores and, when sized automatically, its PHP-FPM pool. */
  resize(node: number, vcpu: number, ramGb: number): void {
    this.cpus[node].setCores(vcpu);
    const w = this.topology.webNodes.indexOf(node);
    if (w >= 0 && this.input.cluster.phpWorkersPerNode === null) this.php[w].setWorkers(autoPhpWorkers({ vcpu, ramGb }, false));
  }

  // — Failures —

  servicesLost(node: number, mask: number, silent: boolean): void {
    this.inFlight.servicesLost(node, mask, silent);
  }

  redisMasterLost(node: number): void {
    this.redis.masterLost(node);
  }

  networkSplit(): void {
    this.inFlight.networkSplit();
  }

  commitsResume(): void {
    this.galera.commitsResume();
  }

  /** Like doom, for a request with nothing pending: its PHP worker stays held until `atS`. */
  private failLater(r: number, cause: number, atS: number): void {
    this.endings.doom(r, cause, atS);
    this.kernel.scheduleAt(atS, this.kinds[DROP], r);
  }

  // — Traffic —

  /** A request of class `cls` that Fastly did not answer goes through the load balancer to a web node. */
  toOrigin(cls: number, session: number): void {
    const now = this.kernel.nowS;
    const k = this.classes[cls];
    const r = this.req.alloc();
    const req = this.req;
    req.cls[r] = cls;
    req.session[r] = session;
    req.retries[r] = 0;
    req.arrivedS[r] = now;
    if (this.restore.down) {
      // The database is being restored: the site answers nothing (in-flight requests finish).
      this.metrics.originArrival(cls, now);
      this.originArrivals++;
      req.release(r);
      this.endings.refused(cls, session, now, CAUSE_DB_DOWN);
      return;
    }
    const w = this.balancer.choose();
    this.metrics.originArrival(cls, now);
    this.originArrivals++;
    const webNode = w < 0 ? -1 : this.topology.webNodes[w];
    if (w < 0 || !(this.health.up[webNode] & S_PHP)) {
      // No target in service (503); the ELB still sends to a silent VM (504 after its
      // connect timeout) or to a node whose PHP-FPM is down (NGINX answers 502).
      req.release(r);
      const vmUp = w >= 0 && this.health.vmUp[webNode] === 1;
      const atS = w < 0 || vmUp ? now : now + this.mechanics.elb.connectTimeoutS;
      this.endings.refused(cls, session, atS, vmUp ? CAUSE_PHP_DOWN : CAUSE_NODE_DOWN);
      return;
    }
    req.web[r] = w;
    this.balancer.outstanding[w]++;
    if (k.isStatic) {
      req.phase[r] = PH_STATIC;
      this.cpus[this.topology.webNodes[w]].arrive(r, k.phpCpu.sample(this.rng.php));
      return;
    }
    const admitted = this.php[w].acquire(r);
    if (admitted === Admission.Started) this.startPhp(r);
    else if (admitted === Admission.Rejected) this.endings.fail(r, CAUSE_502, false);
  }

  // — A PHP request's phases —

  private startPhp(r: number): void {
    if (this.req.doomed[r]) return this.endings.drop(r);
    this.req.phase[r] = PH_PHP;
    const k = this.classes[this.req.cls[r]];
    this.cpus[this.topology.webNodes[this.req.web[r]]].arrive(r, k.phpCpu.sample(this.rng.php));
  }

  private cpuDone(node: number, r: number): void {
    if (r < 0) return this.queue!.cpuDone(r);
    const phase = this.req.phase[r];
    // A write keeps its thread through the commit: MariaDB's connection thread waits
    // for certification and the replication round trip before it answers the client.
    if (phase === PH_DB_READ) this.releaseDb(r);
    else if (phase === PH_SEARCH) this.searchThreads[node].release();
    if (this.req.doomed[r]) return this.endings.drop(r);
    switch (phase) {
      case PH_DB_WRITE:
        return this.commit(r);
      case PH_STATIC:
        return this.endings.finish(r);
      default:
        return this.advance(r);
    }
  }

  /** Moves to the next phase the class has work for, after the network round trips to it. */
  private advance(r: number): void {
    const req = this.req;
    if (req.doomed[r]) return this.endings.drop(r);
    const h = this.health;
    const k = this.classes[req.cls[r]];
    const t = this.topology;
    const web = req.web[r];
    const webNode = t.webNodes[web];
    const p = this.paths[req.cls[r] * PATH_WIDTH + req.phase[r]];
    req.phase[r] = p;
    switch (p) {
      case PH_REDIS:
        if (h.redisDown || !h.reachable(webNode, h.redisMaster)) return this.failLater(r, CAUSE_REDIS_DOWN, this.kernel.nowS + this.redis.failsAfterS(webNode));
        this.kernel.schedule(k.redisOps * t.rttS(webNode, h.redisMaster), this.kinds[AT_REDIS], r);
        return;
      case PH_DB_READ:
        return this.toDatabase(r, this.readNodeFor(k.dbPart, web), k.dbReads, webNode);
      case PH_SEARCH: {
        let node = t.searchNodeOfWeb[web];
        // OpenSearch answers from a surviving node's replica when a core node is gone.
        if (!(h.up[node] & S_SEARCH) || !h.reachable(webNode, node)) node = t.dbNodes.find((n) => h.up[n] & S_SEARCH && h.reachable(webNode, n)) ?? node;
        req.dbNode[r] = node;
        this.kernel.schedule(k.searches * t.rttS(webNode, node), this.kinds[AT_SEARCH], r);
        return;
      }
      case PH_DB_WRITE:
        return this.toDatabase(r, this.dbNodeFor(k.dbPart, web), k.dbWrites, webNode);
      default:
        return this.endings.finish(r);
    }
  }

  /**
   * Sends request `r` to database node `node` after its round trips; with no primary
   * component every query is refused (1047); a dead node's queries fail when HAProxy
   * marks it down.
   */
  private toDatabase(r: number, node: number, calls: number, webNode: number): void {
    const h = this.health;
    const now = this.kernel.nowS;
    this.req.dbNode[r] = node;
    if (!h.galera.primary) return this.failLater(r, CAUSE_DB_DOWN, now);
    if (!(h.up[node] & S_GALERA)) return this.failLater(r, CAUSE_DB_DOWN, Math.max(now, h.haproxyDownAtS[node]));
    if (!h.reachable(webNode, node)) return this.failLater(r, CAUSE_DB_DOWN, Math.max(now, h.partitionDetectAtS));
    this.kernel.schedule(calls * this.topology.rttS(webNode, node), this.kinds[AT_DB], r);
  }

  /**
   * The database node a request's queries go to: a split part's own master; otherwise
   * in multi-writer mode the node local to its web node, in single-writer mode the
   * main node (Cloud proxies port 3306 to one elected node; reads included, since
   * Magento reads through the same connection unless a read-only one is configured).
   */
  private dbNodeFor(part: number, web: number): number {
    const t = this.topology;
    if (t.isSplit[part]) return t.partMaster[part];
    const local = t.localDbOfWeb[web];
    return this.input.cluster.multiWriter && this.health.galera.member[local] ? local : this.health.dbMain;
  }

  /**
   * Reads of a split part rotate over its master and read replicas; main-database reads
   * go to the local node when the read-only connection is configured; others go as
   * writes do.
   */
  private readNodeFor(part: number, web: number): number {
    const readers = this.topology.partReaders[part];
    if (part === 0 && this.input.cluster.localReads && this.health.galera.member[this.topology.localDbOfWeb[web]]) return this.topology.localDbOfWeb[web];
    if (readers.length === 1) return this.dbNodeFor(part, web);
    this.readRotation = (this.readRotation + 1) % readers.length;
    return readers[this.readRotation];
  }

  /** Gives back the database thread request `r` holds, if any. */
  releaseDb(r: number): void {
    const req = this.req;
    if (req.dbHeld[r] === 0) return;
    req.dbHeld[r] = 0;
    this.dbThreads[req.dbNode[r]].release();
  }

  private dbWork(r: number): void {
    const k = this.classes[this.req.cls[r]];
    const c = this.input.cluster;
    const node = this.req.dbNode[r];
    const demand = this.req.phase[r] === PH_DB_WRITE ? k.dbWrites * c.dbWriteCpuS : k.dbReads * c.dbReadCpuS;
    this.cpus[node].arrive(r, demand * this.dbCpuFactor[node]);
  }

  private searchWork(r: number): void {
    const k = this.classes[this.req.cls[r]];
    this.cpus[this.req.dbNode[r]].arrive(r, k.searches * this.input.cluster.searchCpuS);
  }

  // — Galera —

  /** Whether class `k`'s writes go to a split master (a plain master, not Galera). */
  private splitWrites(k: ClassInput): boolean {
    return this.topology.isSplit[k.dbPart] === 1;
  }

  private commit(r: number): void {
    const galera = !this.splitWrites(this.classes[this.req.cls[r]]);
    const now = this.kernel.nowS;
    if (galera && !this.health.galera.primary) return this.failLater(r, CAUSE_DB_DOWN, now);
    // Flow control, or a view change in progress, holds every Galera commit.
    if (galera && this.galera.held(r, now)) return;
    this.startCommit(r);
  }

  /** A Galera commit costs certification plus the worst round trip per transaction; a split master commits locally. */
  startCommit(r: number): void {
    this.req.commitStartS[r] = this.kernel.nowS;
    const k = this.classes[this.req.cls[r]];
    const perWriteS = this.splitWrites(k) ? 0 : this.input.cluster.certificationS + this.topology.worstDbRttS;
    this.kernel.schedule(k.dbWrites * perWriteS, this.kinds[COMMITTED], r);
  }

  private committed(r: number): void {
    const now = this.kernel.nowS;
    const req = this.req;
    if (req.doomed[r]) return this.endings.drop(r);
    this.releaseDb(r);
    const k = this.classes[req.cls[r]];
    const node = req.dbNode[r];
    if (k.hotRowWrites > 0) {
      // First committer wins: a hot-row commit from any other node certified while ours
      // was in flight makes ours abort (1213); Magento retries once.
      if (this.galera.hotConflict(node, req.commitStartS[r])) {
        if (req.retries[r] === 0) {
          req.retries[r] = 1;
          req.phase[r] = PH_SEARCH;
          this.advance(r);
        } else this.endings.fail(r, CAUSE_1213, true);
        return;
      }
      this.galera.hotCommitted(node, now);
    }
    const applyS = k.dbWrites * this.input.cluster.dbApplyCpuS;
    const t = this.topology;
    this.restore.committed(k.dbWrites, req.cls[r] === this.orderClass);
    if (this.splitWrites(k)) {
      // A split master replicates asynchronously to its read replicas, outside Galera's
      // flow control (the negative job marks a replica's apply).
      this.galera.copyToReplicas(t.partReaders[k.dbPart], k.dbWrites, applyS);
      this.endings.finish(r);
      return;
    }
    this.health.committed(k.dbWrites);
    this.galera.replicate(node, k.dbWrites, applyS, now);
    this.endings.finish(r);
  }
}
