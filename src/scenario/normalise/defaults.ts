/**
 * Every default of the scenario format, in SI units (seconds, per second, GB, fractions).
 * Each value names its public source (docs/assumptions.md lists every one with the fact
 * taken from it) or says ASSUMED; docs/assumptions.md explains the assumed ones and how
 * to calibrate them.
 */
import type {
  Balancing,
  Behaviour,
  ClassDemand,
  DbWriteMode,
  DbReadMode,
  DbSplit,
  NodeSize,
  ProfilePoint,
  RequestClass,
  Services,
  Slo,
  TierName,
} from '../Scenario.js';

export const DEFAULT_SEED = 1; // ASSUMED: any fixed seed; runs are reproducible per seed.
export const DEFAULT_DURATION_S = 3600; // ASSUMED: one simulated hour.
export const DEFAULT_WARMUP_S = 300; // ASSUMED: 5 min discarded by the statistics.
export const DEFAULT_WINDOW_S = 10; // ASSUMED: timeseries.csv row width.

export const DEFAULT_TIER: TierName = 'Pro24'; // ASSUMED: a mid-ladder plan.

/**
 * vCPU and RAM of each of the three nodes. Source (magento/devdocs pro-architecture.md):
 * Pro12 = 4 vCPU / 16 GB and Pro120 = 40 vCPU / 160 GB are published; the ladder in
 * between is ASSUMED from knowledge-base examples (24, 48, 96 vCPU clusters), 4 GB per vCPU.
 */
export const TIER_SIZES: Readonly<Record<TierName, { vcpuPerNode: number; ramGbPerNode: number }>> = {
  Pro12: { vcpuPerNode: 4, ramGbPerNode: 16 },
  Pro24: { vcpuPerNode: 8, ramGbPerNode: 32 },
  Pro48: { vcpuPerNode: 16, ramGbPerNode: 64 },
  Pro96: { vcpuPerNode: 32, ramGbPerNode: 128 },
  Pro120: { vcpuPerNode: 40, ramGbPerNode: 160 },
};

/**
 * Scaled architecture is offered from Pro48 up (AdobeDocs/commerce-on-cloud.en scaled-architecture.md); a custom
 * tier qualifies when its nodes are at least as large as Pro48's (ASSUMED reading).
 */
export const SCALED_MIN_VCPU_PER_NODE = TIER_SIZES.Pro48.vcpuPerNode;

/** AdobeDocs/commerce-on-cloud.en scaled-architecture.md: ≥ 3 web nodes, c5.2xlarge web, m5.2xlarge core. */
export const DEFAULT_SCALED: Readonly<{ webNodes: number; webNode: NodeSize; coreNode: NodeSize }> = {
  webNodes: 3,
  webNode: { vcpu: 8, ramGb: 16 }, // c5.2xlarge
  coreNode: { vcpu: 8, ramGb: 32 }, // m5.2xlarge
};
export const MIN_SCALED_WEB_NODES = 3; // scaled-architecture.md: "≥ 3 web nodes".

/**
 * AdobeDocs/commerce-on-cloud.en autoscaling.md: add a node after 1 min at 75 % CPU with traffic up 20 % for
 * 5 min; remove one after 20 min at 60 %. The limits are contractual: the floor is the
 * scenario's `webNodes`, the ceiling ASSUMED three more (one per availability zone).
 * The policy looks once a minute (ASSUMED: the thresholds are whole minutes).
 */
export const DEFAULT_AUTOSCALING = {
  extraWebNodes: 3,
  checkEveryS: 60,
  scaleOut: { cpuAbove: 0.75, forS: 60, trafficGrowth: 0.2, growthOverS: 300 },
  scaleIn: { cpuBelow: 0.6, forS: 1200 },
} as const;

/** commerce-on-cloud.en services/mysql.md: Cloud proxies writes to one elected node (single-writer); no split database by default. */
export const DEFAULT_DB: Readonly<{ writes: DbWriteMode; reads: DbReadMode; split: readonly DbSplit[]; replicasPerSplit: number }> = {
  writes: 'single-writer',
  // services/mysql.md: Magento reads through the 3306 connection unless a read-only one (3304) is configured.
  reads: 'main',
  split: [],
  replicasPerSplit: 0, // ASSUMED
};

export const DEFAULT_PHP_WORKERS_PER_NODE: number | null = null; // `auto`: the model derives pm.max_children.
export const DEFAULT_LISTEN_BACKLOG = 511; // php/php-src sapi/fpm fpm_sockets.h: php-fpm listen.backlog 511.
export const DEFAULT_FASTCGI_READ_TIMEOUT_S = 60; // nginx ngx_http_fastcgi_module docs: fastcgi_read_timeout 60 s.

/** ASSUMED: public sources say only that AZs are "single-digit ms" apart. */
export const DEFAULT_NETWORK = { sameAzRttS: 0.0002, crossAzRttS: 0.0015 } as const;

export const DEFAULT_BALANCING: Balancing = 'round-robin'; // ASSUMED: HAProxy's and ELB's usual default.

/** ASSUMED: no public per-operation costs; see docs/assumptions.md to calibrate. */
export const DEFAULT_SERVICES: Readonly<Services> = {
  redisOpS: 0.0001,
  dbReadCpuS: 0.001,
  dbWriteCpuS: 0.002,
  dbApplyCpuS: 0.0005,
  dbThreadsPerNode: 32,
  searchCpuS: 0.008,
  searchThreadsPerNode: 8,
  certificationS: 0.0001,
};

export const DEFAULT_CDN_ENABLED = true; // pro-architecture.md: Fastly sits in front of every Pro cluster.
export const DEFAULT_EDGE_LATENCY_S = 0.02; // ASSUMED
export const DEFAULT_ORIGIN_RTT_S = 0.01; // ASSUMED
export const DEFAULT_SERVE_STALE = false; // docs.fastly.com "Serving stale content": stale-if-error is served only if enabled.

/**
 * Fastly hit ratio of each cacheable class. Adobe Commerce knowledge base (cloud-site-is-slow.md): > 0.90 is
 * healthy; the per-class split is ASSUMED. Classes not listed (and uncacheable ones) get 0.
 */
export const DEFAULT_HIT_RATIO: Readonly<Partial<Record<RequestClass, number>>> = {
  home: 0.95,
  category: 0.9,
  product: 0.85,
  static: 0.98,
};

/** ASSUMED: the traffic when a file names none (the default.yaml rate). */
export const DEFAULT_SESSION_RATE_PER_S = 20;

export const DEFAULT_PROFILE: readonly ProfilePoint[] = [{ atS: 0, x: 1 }]; // a constant rate.

/** magento/magento2 setup/performance-toolkit (legacy session mix): 62 / 30 / 4 / 4 %. */
export const DEFAULT_BEHAVIOURS: Readonly<Record<Behaviour, number>> = {
  browseAbandonCart: 0.62,
  browseOnly: 0.3,
  guestCheckout: 0.04,
  customerCheckout: 0.04,
};

/** ASSUMED, after the performance toolkit's JMeter scenarios. */
export const DEFAULT_JOURNEYS: Readonly<Record<Behaviour, readonly RequestClass[]>> = {
  browseOnly: ['home', 'category', 'product', 'category', 'product', 'search', 'product'],
  browseAbandonCart: ['home', 'category', 'product', 'addToCart', 'category', 'product', 'addToCart', 'cart'],
  guestCheckout: ['home', 'category', 'product', 'addToCart', 'cart', 'checkout', 'checkout', 'placeOrder'],
  customerCheckout: [
    'home',
    'customer',
    'category',
    'product',
    'addToCart',
    'cart',
    'checkout',
    'checkout',
    'placeOrder',
  ],
};

/** magento/magento2 setup/performance-toolkit: think time 2 000 ms constant + up to 1 000 ms random. */
export const DEFAULT_THINK_TIME = { baseS: 2, jitterS: 1 } as const;

export const DEFAULT_ASSETS_PER_PAGE = 10; // ASSUMED

/**
 * ASSUMED: requests-mode mix, from the performance toolkit's storefront mix (browse 30, search 30,
 * add to cart 28, wishlist 2, compare 2, checkouts 8 %) spread over page classes.
 */
export const DEFAULT_REQUEST_MIX: Readonly<Partial<Record<RequestClass, number>>> = {
  home: 0.05,
  category: 0.1,
  product: 0.15,
  search: 0.3,
  addToCart: 0.28,
  wishlist: 0.02,
  compare: 0.02,
  cart: 0.02,
  checkout: 0.04,
  placeOrder: 0.02,
};

function demand(
  meanS: number,
  p95S: number,
  dbReads: number,
  dbWrites: number,
  redisOps: number,
  searches: number,
  cacheable: boolean,
  dbPart: ClassDemand['dbPart'],
): ClassDemand {
  const phpCpu = { dist: 'lognormal' as const, meanS, p95S };
  return { phpCpu, dbReads, dbWrites, redisOps, searches, cacheable, dbPart, hotRowWrites: 0, pageAssets: true };
}

/**
 * Per-class demand of one request. ALL ASSUMED (no public figures: "per-class CPU times, query
 * counts and Redis calls are not published"); docs/assumptions.md says how to calibrate.
 * Columns: PHP CPU mean, p95 (s); DB reads, DB writes, Redis ops, searches; cacheable; dbPart.
 */
export const DEFAULT_CLASSES: Readonly<Record<RequestClass, ClassDemand>> = {
  home: demand(0.06, 0.15, 5, 0, 10, 0, true, 'main'),
  category: demand(0.15, 0.4, 15, 0, 20, 1, true, 'main'),
  product: demand(0.12, 0.35, 12, 0, 15, 0, true, 'main'),
  search: demand(0.2, 0.6, 10, 0, 10, 2, false, 'main'),
  addToCart: demand(0.15, 0.4, 15, 4, 10, 0, false, 'checkout'),
  cart: demand(0.12, 0.35, 12, 1, 10, 0, false, 'checkout'),
  checkout: demand(0.25, 0.7, 20, 5, 12, 0, false, 'checkout'),
  placeOrder: demand(0.4, 1.2, 30, 15, 15, 0, false, 'sales'),
  customer: demand(0.15, 0.4, 10, 2, 10, 0, false, 'main'),
  wishlist: demand(0.1, 0.3, 8, 2, 8, 0, false, 'main'),
  compare: demand(0.1, 0.3, 8, 1, 8, 0, false, 'main'),
  static: {
    phpCpu: { dist: 'deterministic', valueS: 0.001 }, // NGINX serving a file
    dbReads: 0,
    dbWrites: 0,
    redisOps: 0,
    searches: 0,
    cacheable: true,
    dbPart: 'main',
    hotRowWrites: 0,
    pageAssets: false, // an asset pulls no further assets
  },
};

/** ASSUMED from Adobe support's published bands: uncached latency ≤ 3 s healthy; 5xx ratio 0.1 % healthy. No p95 target. */
export const DEFAULT_SLO: Readonly<Slo> = { p95S: null, p99S: 3, errorRate: 0.001, scope: 'origin', classes: {} };

const HOUR_S = 3600;
const DAY_S = 24 * HOUR_S;
const WEEK_S = 7 * DAY_S;

/**
 * Backup snapshots of Pro production and how long they are kept: every hour; all of them
 * for 3 days, one a day for days 4–6, one a week up to week 6, one every two weeks up to
 * week 12, one a month up to week 22 (Adobe Commerce on cloud infrastructure, "Backup
 * and disaster recovery" / snapshots pages; a month ASSUMED four weeks).
 */
export const BACKUP_RETENTION: readonly { untilAgeS: number; spacingS: number }[] = [
  { untilAgeS: 3 * DAY_S, spacingS: HOUR_S },
  { untilAgeS: 6 * DAY_S, spacingS: DAY_S },
  { untilAgeS: 6 * WEEK_S, spacingS: WEEK_S },
  { untilAgeS: 12 * WEEK_S, spacingS: 2 * WEEK_S },
  { untilAgeS: 22 * WEEK_S, spacingS: 4 * WEEK_S },
];

/** The oldest snapshot a restore can reach. */
export const OLDEST_BACKUP_S = BACKUP_RETENTION[BACKUP_RETENTION.length - 1].untilAgeS;
