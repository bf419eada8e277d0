import { Kernel, type EventHandler } from '../../sim/Kernel.js';
import { ProcessorSharingCpu } from '../../sim/ProcessorSharingCpu.js';
import type { PoolListener } from '../../sim/WorkerPool.js';
import type { JobListener } from '../../sim/JobListener.js';
import { RandomStreams } from '../../sim/RandomStreams.js';
import type { ModelInput, ClassInput, MechanicsInput } from './ModelInput.js';
import { Topology, spareWebNodes } from './Topology.js';
import { Sampler } from './metrics/Sampler.js';
import { WebNodes, type WebHost } from './web/WebNodes.js';
import { Timeline } from './timeline/Timeline.js';
import type { TimelineHost } from './timeline/TimelineAction.js';
import { Autoscaler, type AutoscaleHost } from './scaling/Autoscaler.js';
import { Launcher } from './scaling/Launcher.js';
import { RequestTable } from './request/RequestTable.js';
import { Endings, NO_PUBLISHER } from './request/Endings.js';
import { InFlight } from './request/InFlight.js';
import { PH_DB_READ, PH_DB_WRITE, PH_REDIS, PH_SEARCH, PH_STATIC } from './request/phases.js';
import type { RequestHost } from './request/Backend.js';
import { Databases } from './database/Databases.js';
import { Commits, type CommitHost } from './database/Commits.js';
import { Search } from './search/Search.js';
import { PATH_WIDTH, requestPaths } from './request/requestPath.js';
import { Metrics } from './Metrics.js';
import { threadPools } from './metrics/ResourceProbes.js';
import { Health, type HealthListener } from './Health.js';
import { S_RABBITMQ } from './services.js';
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
const DROP = 6;
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
export class ClusterModel implements EventHandler, JobListener, PoolListener, HealthListener, AutoscaleHost, TimelineHost, RestoreHost, RequestHost, CommitHost, WebHost {
  readonly kernel = new Kernel(4096);
  readonly topology: Topology;
  private readonly input: ModelInput;
  readonly classes: ClassInput[];
  readonly cpus: ProcessorSharingCpu[];
  private readonly web: WebNodes;
  private readonly databases: Databases;
  private readonly commits: Commits;
  private readonly search: Search;
  private readonly galera: Galera;
  private readonly redis: Redis;
  private readonly restore: Restore;
  /** RabbitMQ and its consumers; null when the scenario does not model them. */
  private readonly queue: MessageQueue | null;
  readonly req = new RequestTable();
  private readonly traffic: Traffic;
  readonly metrics: Metrics;
  private readonly balancer: LoadBalancer;
  private readonly kinds: Int32Array;
  readonly log = new EventLog();
  readonly health: Health;
  readonly mechanics: MechanicsInput;
  private readonly timeline: Timeline;
  private readonly launcher: Launcher;
  private readonly cdn: Cdn;
  readonly endings: Endings;
  /** Each class's next phase after each phase (request/requestPath.ts). */
  private readonly paths: Int8Array;
  private readonly inFlight: InFlight;

  constructor(input: ModelInput) {
    this.input = input;
    this.classes = input.classes;
    this.paths = requestPaths(input.classes);
    const c = input.cluster;
    const t = (this.topology = new Topology(c, spareWebNodes(input)));
    const k = this.kernel;
    const streams = new RandomStreams(input.seed);
    this.cpus = t.vcpu.map((cores, n) => new ProcessorSharingCpu(k, this, { name: resourceName(RESOURCE.cpu, n), cores, tag: n }));
    this.kinds = Int32Array.from([NEXT_ARRIVAL, PAGE, AT_REDIS, AT_DB, AT_SEARCH, COMMITTED, DROP], (code) => k.defineKind(this, code, `model.${code}`));
    // Health first: the backends hold the parts of it they read on every request.
    this.health = new Health(k, t, this, this.log, streams.stream('health-checks'), c.dbApplyCpuS, input.mechanics);
    this.databases = new Databases(this, this, c, TAG_DB, this.kinds[AT_DB]);
    this.galera = new Galera(this, TAG_APPLY);
    this.search = new Search(this, this, c.searchThreadsPerNode, c.searchCpuS, TAG_SEARCH, this.kinds[AT_SEARCH]);
    this.redis = new Redis(this, this, TAG_REDIS, c.redisOpS, this.kinds[AT_REDIS]);
    this.mechanics = input.mechanics;
    this.balancer = new LoadBalancer(c.balancing, this.health.elbInService, streams.stream('balancing'));
    this.restore = new Restore(this, input.timeline, input.mechanics.databaseBytes, input.mechanics.backupRetention, input.durationS);
    this.web = new WebNodes(this, this, c, input.mechanics, this.balancer, streams.stream('php-cpu'), this.restore, TAG_PHP);
    const pools = [...threadPools('db-threads', this.databases.threads), ...threadPools('search-threads', this.search.threads)];
    this.metrics = new Metrics(input, t, this.cpus, this.web.php, this.redis.station, this.galera.appliers, this.galera.fcPaused, this.req, this.health, this.log.events, pools);
    this.cdn = new Cdn(input, streams, k, this.log);
    this.traffic = new Traffic(k, this.web, input, streams, this.cdn, this.metrics, { arrival: this.kinds[NEXT_ARRIVAL], page: this.kinds[PAGE] });
    this.launcher = new Launcher(this);
    this.timeline = new Timeline(this, input.timeline);
    if (input.queue !== null) this.health.addService(input.queue.brokerNode, S_RABBITMQ);
    this.queue = input.queue === null ? null : new MessageQueue(k, this.cpus, this.health, this.metrics, input.queue);
    this.endings = new Endings(k, this.databases, this.req, this.web.php, this.balancer.outstanding, this.metrics, this.cdn, this.traffic, this.queue ?? NO_PUBLISHER, c.fastcgiReadTimeoutS, this.kinds[DROP]);
    this.inFlight = new InFlight(k, this.req, t, this.health, input.mechanics, this.endings);
    const orderClass = input.classes.findIndex((x) => x.name === ORDER_CLASS);
    this.commits = new Commits(this, this.databases, this.galera, this.restore, c, orderClass, this.kinds[COMMITTED]);
    this.traffic.begin();
    new Sampler(k, this.metrics, this.galera, input.warmupS, input.windowS, input.durationS).begin();
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
        return this.redis.arrive(subject);
      case AT_DB:
        return this.databases.arrive(subject);
      case AT_SEARCH:
        return this.search.arrive(subject);
      case COMMITTED:
        return this.commits.committed(subject);
      case DROP:
        return this.endings.drop(subject);
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
    if (tag < TAG_DB) return this.web.startPhp(job);
    if (tag < TAG_SEARCH) return this.databases.granted(job);
    this.search.granted(job);
  }

  // — What the timeline changes (TimelineHost) —

  purgeCdn(): void {
    this.cdn.purge();
  }

  startRestore(e: RestoreEvent): void {
    this.restore.start(e);
  }

  setDbCpuFactor(node: number, factor: number): void {
    this.databases.cpuFactor[node] = factor;
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

  /** Requests that missed Fastly and reached the load balancer. */
  get originArrivals(): number {
    return this.web.originArrivals;
  }

  /** Requests in flight on web node position `w`. */
  inFlightOn(w: number): number {
    return this.balancer.outstanding[w];
  }

  /** Gives node `node` a new size: its cores and, when sized automatically, its PHP-FPM pool. */
  resize(node: number, vcpu: number, ramGb: number): void {
    this.cpus[node].setCores(vcpu);
    this.web.resized(node, vcpu, ramGb);
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

  // — A request's path —

  private cpuDone(node: number, r: number): void {
    if (r < 0) return this.queue!.cpuDone(r);
    const phase = this.req.phase[r];
    // A write keeps its thread through the commit: MariaDB's connection thread waits
    // for certification and the replication round trip before it answers the client.
    if (phase === PH_DB_READ) this.databases.release(r);
    else if (phase === PH_SEARCH) this.search.release(node);
    if (this.req.doomed[r]) return this.endings.drop(r);
    switch (phase) {
      case PH_DB_WRITE:
        return this.commits.commit(r);
      case PH_STATIC:
        return this.endings.finish(r);
      default:
        return this.advance(r);
    }
  }

  /**
   * Moves to the next phase the class has calls in (the path table) and hands the request
   * to that phase's backend, or answers it when none is left. The backends are called
   * by name, not through a table of them: a call site meeting the three backend classes
   * measured ~2.5 % slower on black-friday-pro48 (8 alternating rounds) than these
   * single-class calls, which V8 inlines.
   */
  advance(r: number): void {
    const req = this.req;
    if (req.doomed[r]) return this.endings.drop(r);
    const p = this.paths[req.cls[r] * PATH_WIDTH + req.phase[r]];
    req.phase[r] = p;
    const web = req.web[r];
    const webNode = this.topology.webNodes[web];
    switch (p) {
      case PH_REDIS:
        return this.redis.visit(r, web, webNode);
      case PH_DB_READ:
        return this.databases.visitReads(r, web, webNode);
      case PH_SEARCH:
        return this.search.visit(r, web, webNode);
      case PH_DB_WRITE:
        return this.databases.visitWrites(r, web, webNode);
      default:
        return this.endings.finish(r);
    }
  }

  /** Starts the commit of request `r` that flow control or a view change held (GaleraHost). */
  startCommit(r: number): void {
    this.commits.start(r);
  }
}
