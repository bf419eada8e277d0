/**
 * A scenario after parsing, validation and normalisation: plain immutable data with
 * every default filled in. Durations are seconds (`…S`), rates per second (`…PerS`),
 * sizes in GB, probabilities and ratios in [0, 1].
 */

/** The request classes magesim knows. Each has a default demand (docs/assumptions.md). */
export const REQUEST_CLASSES = [
  'home',
  'category',
  'product',
  'search',
  'addToCart',
  'cart',
  'checkout',
  'placeOrder',
  'customer',
  'wishlist',
  'compare',
  'static',
] as const;
export type RequestClass = (typeof REQUEST_CLASSES)[number];
/**
 * A request class's name: a built-in one or one the scenario defines under `classes`
 * (src/scenario/classes/). Maps keyed by it list the built-ins first, in REQUEST_CLASSES
 * order, then the scenario's own in file order.
 */
export type ClassName = string;

/** Session behaviours of the performance toolkit's legacy mix. */
export const BEHAVIOURS = ['browseAbandonCart', 'browseOnly', 'guestCheckout', 'customerCheckout'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];
/** A session behaviour's name: a built-in one or one the scenario defines by its journey; ordered like ClassName. */
export type BehaviourName = string;

export const TIER_NAMES = ['Pro12', 'Pro24', 'Pro48', 'Pro96', 'Pro120'] as const;
export type TierName = (typeof TIER_NAMES)[number];

export const BALANCING = ['round-robin', 'least-outstanding', 'random'] as const;
export type Balancing = (typeof BALANCING)[number];

export const DB_WRITE_MODES = ['single-writer', 'multi-writer'] as const;
export type DbWriteMode = (typeof DB_WRITE_MODES)[number];

/** Where reads of the main database go: the elected main node (port 3306) or the web node's local one (read-only port 3304). */
export const DB_READ_MODES = ['main', 'local'] as const;
export type DbReadMode = (typeof DB_READ_MODES)[number];

/** Parts of the schema that can have their own master database ("split database"). */
export const DB_SPLITS = ['checkout', 'sales'] as const;
export type DbSplit = (typeof DB_SPLITS)[number];

/** A service-time distribution; every value in seconds. */
export type DistSpec =
  | { dist: 'deterministic'; valueS: number }
  | { dist: 'exponential'; meanS: number }
  | { dist: 'uniform'; minS: number; maxS: number }
  | { dist: 'lognormal'; meanS: number; p95S: number }
  | { dist: 'gamma'; meanS: number; cv: number };

export interface NodeSize {
  vcpu: number;
  ramGb: number;
}

export interface Tier {
  /** `Pro48`, or `custom` for `{ vcpuPerNode, ramGbPerNode }`. */
  name: TierName | 'custom';
  vcpuPerNode: number;
  ramGbPerNode: number;
}

export type Architecture =
  | { kind: 'standard' }
  | { kind: 'scaled'; webNodes: number; webNode: NodeSize; coreNode: NodeSize };

export interface ClassDemand {
  /** PHP CPU time of one request (core-seconds). For `static`, NGINX's time. */
  phpCpu: DistSpec;
  /** Queries answered by a database node. */
  dbReads: number;
  /** Write transactions committed through Galera. */
  dbWrites: number;
  /** Redis operations (cache, page cache, sessions). */
  redisOps: number;
  /** Search (OpenSearch) queries. */
  searches: number;
  /** Whether Fastly may cache it at all. */
  cacheable: boolean;
  /** Which master database its writes go to when the database is split. */
  dbPart: 'main' | DbSplit;
  /** Writes touching one hot row (e.g. a flash-sale SKU's stock): 0…dbWrites. */
  hotRowWrites: number;
  /** Whether a session's request of this class is a page that pulls `assetsPerPage` static assets (an API call pulls none). */
  pageAssets: boolean;
}

export interface Services {
  /** Redis master: one op's service time on its single thread, s. */
  redisOpS: number;
  /** One database read query: CPU on the serving node, s. */
  dbReadCpuS: number;
  /** One write transaction: CPU on the writer node (applying elsewhere costs `dbApplyCpuS`), s. */
  dbWriteCpuS: number;
  /** CPU to apply a replicated write-set on another node, s. */
  dbApplyCpuS: number;
  /** Database worker threads per node (concurrent queries). */
  dbThreadsPerNode: number;
  /** One search query: CPU on the search node, s. */
  searchCpuS: number;
  /** Search worker threads per node. */
  searchThreadsPerNode: number;
  /** Certification of a write-set, s. */
  certificationS: number;
}

/**
 * Web-tier autoscaling of the scaled architecture (Adobe's `autoscaling.md`): add a web
 * node when the active web nodes' CPU stays above `scaleOut.cpuAbove` for
 * `scaleOut.forS` while traffic grew by `scaleOut.trafficGrowth` over `growthOverS`;
 * remove one after `scaleIn.forS` at or below `scaleIn.cpuBelow`. Fractions in [0, 1].
 */
export interface Autoscaling {
  minWebNodes: number;
  maxWebNodes: number;
  /** How often the policy looks at the last minutes' CPU and traffic, s. */
  checkEveryS: number;
  scaleOut: { cpuAbove: number; forS: number; trafficGrowth: number; growthOverS: number };
  scaleIn: { cpuBelow: number; forS: number };
}

export interface Cluster {
  tier: Tier;
  architecture: Architecture;
  /** Web-tier autoscaling (scaled architecture only); null when off. */
  autoscaling: Autoscaling | null;
  db: { writes: DbWriteMode; reads: DbReadMode; split: DbSplit[]; replicasPerSplit: number };
  /** PHP-FPM `pm.max_children` per web node; null = derived from vCPU and RAM (documented rule). */
  phpWorkersPerNode: number | null;
  /** PHP-FPM `listen.backlog`: requests that may wait for a worker. */
  listenBacklog: number;
  /** NGINX `fastcgi_read_timeout`: a request unanswered after this gets 504, s. */
  fastcgiReadTimeoutS: number;
  network: { sameAzRttS: number; crossAzRttS: number };
  balancing: Balancing;
  services: Services;
}

export interface Cdn {
  enabled: boolean;
  /** Probability that Fastly answers a request of this class from cache (0 for uncacheable). */
  hitRatio: Record<ClassName, number>;
  /** Latency of a cache hit as seen by the shopper, s. */
  edgeLatencyS: number;
  /** Round trip Fastly ↔ origin added to every miss, s. */
  originRttS: number;
  /** stale-if-error: a cacheable request whose origin fetch fails gets the stale copy Fastly still holds. */
  serveStale: boolean;
}

/** Piecewise-linear multiplier of the base rate: x at time atS, held after the last point. */
export interface ProfilePoint {
  atS: number;
  x: number;
}

export type Traffic =
  | {
      kind: 'sessions';
      /** New sessions per second before the profile multiplier. */
      ratePerS: number;
      profile: ProfilePoint[];
      /** Share of sessions per behaviour; sums to 1. */
      behaviours: Record<BehaviourName, number>;
      /** Page sequence of each behaviour. */
      journeys: Record<BehaviourName, ClassName[]>;
      thinkTime: { baseS: number; jitterS: number };
      /** Static asset requests each page triggers (most are CDN hits). */
      assetsPerPage: number;
    }
  | {
      kind: 'requests';
      ratePerS: number;
      profile: ProfilePoint[];
      /** Share of requests per class; sums to 1. */
      mix: Record<ClassName, number>;
    };

/** Services that can fail alone on a node (`service-crash`). */
export const SERVICES = ['galera', 'redis', 'php', 'search', 'rabbitmq'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Availability zones of the Pro cluster: node 1 in a, node 2 in b, node 3 in c. */
export const AZS = ['a', 'b', 'c'] as const;
export type AzName = (typeof AZS)[number];

/** One line of the scenario's timeline: see `events/timelineEvents.ts`, where each type is defined. */
export type { TimelineEvent } from './events/timelineEvents.js';
import type { TimelineEvent } from './events/timelineEvents.js';

/**
 * The timings and sizes of the failure and operation mechanisms. Defaults come from
 * public sources (health checks, Galera, Sentinel, restore; listed in docs/assumptions.md)
 * or are ASSUMED (sizes, speeds);
 * each can be overridden in the scenario's `mechanics:` section. Seconds, bytes, bytes/s.
 */
export interface Mechanics {
  elb: { intervalS: number; timeoutS: number; unhealthy: number; healthy: number; connectTimeoutS: number; idleTimeoutS: number; deregistrationDelayS: number };
  haproxy: { interS: number; fall: number };
  galera: { suspectTimeoutS: number; gcacheBytes: number; writesetBytes: number; sstBytesPerS: number };
  sentinel: { downAfterS: number; failoverMinS: number; failoverMaxS: number };
  redisClientTimeoutS: number;
  /** Writes a Redis master acknowledged within `lagS` of dying are not on a replica yet: lost. */
  redisReplication: { lagS: number; writeShare: number };
  databaseBytes: number;
  backup: { bytesPerS: number; cpuFactor: number };
  upscale: { resizePerNodeS: number };
  /** A web node added by scale-out boots (instance launch and deploy) this long before its checks start. */
  scaleOut: { bootS: number };
  /** Distinct cacheable objects per class: how fast Fastly refills after a purge. */
  cdnObjects: Record<ClassName, number>;
}

/** Targets of one class (null: none); its error rate defaults to the SLO-wide one. */
export interface ClassSlo {
  p95S: number | null;
  p99S: number | null;
  errorRate: number | null;
}

export interface Slo {
  /** Latency targets of pages (the `all` row), in `scope`. */
  p95S: number | null;
  p99S: number | null;
  /** Checked for all pages and for every class. */
  errorRate: number | null;
  /** Which responses latency targets read: `origin` (CDN misses) or `all` (hits included). */
  scope: 'all' | 'origin';
  classes: Partial<Record<ClassName, ClassSlo>>;
}

export interface Scenario {
  name: string;
  /** The file it came from, for messages; '' when built in code. */
  source: string;
  seed: number;
  durationS: number;
  warmupS: number;
  /** Width of a timeseries.csv row, s. */
  windowS: number;
  cluster: Cluster;
  cdn: Cdn;
  traffic: Traffic;
  classes: Record<ClassName, ClassDemand>;
  slo: Slo;
  /** The timeline of failures and operations, in time order (ties keep file order). */
  events: TimelineEvent[];
  mechanics: Mechanics;
  /** RabbitMQ and its consumers; absent when the file does not model them. */
  rabbitmq?: RabbitMq;
}

/** RabbitMQ and its cron-run consumers (src/scenario/rabbitmq/); seconds. */
export interface RabbitMq {
  /** Messages an answered request of each class publishes (classes left out publish none). */
  publish: Record<ClassName, number>;
  processes: number;
  cronEveryS: number;
  maxMessages: number;
  messageCpuS: number;
  messageDbWrites: number;
}
