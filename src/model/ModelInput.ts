import type { Distribution } from '../../sim/distributions/Distribution.js';
import type { Retention } from './restore/backupSchedule.js';

/**
 * What the cluster model needs, compiled for the hot loop: request classes are
 * indices, distributions are objects, journeys are index arrays. `src/run` builds it
 * from a normalised scenario. Times in seconds, rates per second.
 */
export interface ModelInput {
  seed: number;
  durationS: number;
  warmupS: number;
  windowS: number;
  classes: ClassInput[];
  /** Index of the static-asset class in `classes`. */
  staticClass: number;
  cluster: ClusterInput;
  /** `serveStale`: Fastly answers a failed origin fetch of a cacheable class with its stale copy. */
  cdn: { edgeLatencyS: number; originRttS: number; serveStale: boolean };
  traffic: TrafficInput;
  /** Failures and operations, in time order. */
  timeline: TimelineInput[];
  /** Timings and sizes of the failure and operation mechanisms (seconds, bytes, bytes/s). */
  mechanics: MechanicsInput;
  /** RabbitMQ and its cron-run consumers; null when the scenario does not model them. */
  queue: QueueInput | null;
}

/** RabbitMQ and its consumers (src/model/queue/). Nodes 0-based; seconds, core-seconds. */
export interface QueueInput {
  /** Messages an answered request of each class publishes, by class index. */
  publish: number[];
  /** The node RabbitMQ runs on (its `service-crash` stops the queue). */
  brokerNode: number;
  /** The node cron starts consumers on. */
  consumerNode: number;
  /** Consumer processes each cron run starts when they are not running. */
  processes: number;
  cronEveryS: number;
  /** Messages a consumer takes before it exits. */
  maxMessages: number;
  /** PHP CPU of one message on the consumer node. */
  messageCpuS: number;
  /** Database CPU of one message's writes on the main database node. */
  messageDbCpuS: number;
}

export interface MechanicsInput {
  elb: { intervalS: number; timeoutS: number; unhealthy: number; healthy: number; connectTimeoutS: number; idleTimeoutS: number; deregistrationDelayS: number };
  haproxy: { interS: number; fall: number };
  galera: { suspectTimeoutS: number; gcacheBytes: number; writesetBytes: number; sstBytesPerS: number };
  sentinel: { downAfterS: number; failoverMinS: number; failoverMaxS: number };
  redisClientTimeoutS: number;
  redisReplication: { lagS: number; writeShare: number };
  databaseBytes: number;
  backup: { bytesPerS: number; cpuFactor: number };
  /** Which backup snapshots exist at which age (the first band's spacing is the snapshot interval). */
  backupRetention: Retention;
  upscale: { resizePerNodeS: number };
  scaleOut: { bootS: number };
}

/** The timeline events the model simulates. */
export type TimelineInput =
  | { type: 'cache-purge'; atS: number }
  | { type: 'node-crash'; atS: number; node: number }
  | { type: 'node-recover'; atS: number; node: number }
  /** One service's process dies on `node` (a bit of Health: 1 php, 2 galera, 4 redis, 8 search), restarting after `forS` if given. */
  | { type: 'service-crash'; atS: number; node: number; service: number; forS: number | null }
  /** Rolling upscale of the standard architecture's three VMs to `vcpu`/`ramGb`, one at a time. */
  | { type: 'upscale'; atS: number; vcpu: number; ramGb: number }
  /** A database backup on the main node. */
  | { type: 'backup'; atS: number }
  /** The database restored from the newest snapshot at least `minAgeS` old (0: the latest); the site is down meanwhile. */
  | { type: 'restore'; atS: number; minAgeS: number }
  /** `count` more web nodes (scaled architecture) launch now. */
  | { type: 'web-scale-out'; atS: number; count: number }
  /** Nodes `nodes` are cut off from the others for `forS`. */
  | { type: 'partition'; atS: number; nodes: number[]; forS: number }
  /** Every VM in availability zone `az` (0 = a) goes silent for `forS`. */
  | { type: 'az-outage'; atS: number; az: number; forS: number };

/** One request class. `hitRatio` is already 0 for uncacheable classes or a disabled CDN. */
export interface ClassInput {
  name: string;
  phpCpu: Distribution;
  dbReads: number;
  dbWrites: number;
  redisOps: number;
  searches: number;
  hitRatio: number;
  /** 0 main database, 1 checkout, 2 sales (only when that split exists). */
  dbPart: number;
  hotRowWrites: number;
  /** Distinct cacheable objects (pages, assets) of the class: how fast Fastly refills after a purge. */
  cdnObjects: number;
  /** A session's request of this class pulls the page's static assets. */
  pageAssets: boolean;
  /** Served by NGINX from the file system, without PHP. */
  isStatic: boolean;
}

export interface NodeSizeInput {
  vcpu: number;
  ramGb: number;
}

/** The web tier's autoscaling policy (scaled architecture): fractions in [0, 1], seconds. */
export interface AutoscalingInput {
  minWebNodes: number;
  maxWebNodes: number;
  checkEveryS: number;
  scaleOut: { cpuAbove: number; forS: number; trafficGrowth: number; growthOverS: number };
  scaleIn: { cpuBelow: number; forS: number };
}

export interface ClusterInput {
  /** Standard: three identical VMs of this size. Scaled: ignored in favour of web/core sizes. */
  node: NodeSizeInput;
  scaled: { webNodes: number; webNode: NodeSizeInput; coreNode: NodeSizeInput } | null;
  /** Web-tier autoscaling; null when off (always null on the standard architecture). */
  autoscaling: AutoscalingInput | null;
  multiWriter: boolean;
  /** Main-database reads go to the web node's local database node (port 3304) rather than the main node. */
  localReads: boolean;
  /** Split parts present: a subset of [1 (checkout), 2 (sales)]. */
  splitParts: number[];
  replicasPerSplit: number;
  phpWorkersPerNode: number | null;
  listenBacklog: number;
  fastcgiReadTimeoutS: number;
  sameAzRttS: number;
  crossAzRttS: number;
  balancing: 'round-robin' | 'least-outstanding' | 'random';
  redisOpS: number;
  dbReadCpuS: number;
  dbWriteCpuS: number;
  dbApplyCpuS: number;
  dbThreadsPerNode: number;
  searchCpuS: number;
  searchThreadsPerNode: number;
  certificationS: number;
}

export interface ProfileInput {
  atS: number;
  x: number;
}

export type TrafficInput =
  | {
      kind: 'sessions';
      ratePerS: number;
      profile: ProfileInput[];
      /** Behaviour weights (sum 1) and each behaviour's page sequence as class indices. */
      behaviourWeights: number[];
      journeys: number[][];
      thinkBaseS: number;
      thinkJitterS: number;
      assetsPerPage: number;
    }
  | {
      kind: 'requests';
      ratePerS: number;
      profile: ProfileInput[];
      /** Weight of each class (index = class), sum 1. */
      mix: number[];
    };
