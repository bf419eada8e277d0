import type { Mechanics } from '../Scenario.js';

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** Defaults of the `mechanics:` section; each line names its public source (all listed in docs/assumptions.md) or says ASSUMED. */
export const DEFAULT_MECHANICS: Mechanics = {
  // awsdocs ALB guide target-group-health-checks.md: ELB/ALB checks interval 30 s, timeout 5 s, unhealthy 2, healthy 5, deregistration delay 300 s.
  // ALB connect timeout 10 s and idle timeout 60 s: awsdocs ALB guide (defaults).
  elb: { intervalS: 30, timeoutS: 5, unhealthy: 2, healthy: 5, connectTimeoutS: 10, idleTimeoutS: 60, deregistrationDelayS: 300 },
  // haproxy include/haproxy/defaults.h: HAProxy inter 2 s, fall 3.
  haproxy: { interS: 2, fall: 3 },
  // codership/galera defaults_check.cpp and gcache_params.cpp, Percona's 2017 SST measurements: evs.suspect_timeout 5 s, gcache.size 128 MB, SST ~175 MB/s; write-set size ASSUMED 2 KB.
  galera: { suspectTimeoutS: 5, gcacheBytes: 128 * MB, writesetBytes: 2048, sstBytesPerS: 175 * MB },
  // redis/redis sentinel.conf: down-after-milliseconds 30 000; odown + election + promotion ASSUMED 1–4 s (~31–34 s in all).
  sentinel: { downAfterS: 30, failoverMinS: 1, failoverMaxS: 4 },
  redisClientTimeoutS: 2.5, // ASSUMED: Magento's Redis client timeout.
  // Redis replication is asynchronous (redis.io replication docs): a failover loses unreplicated writes. ASSUMED: replicas trail by about a
  // cross-AZ round trip; a fifth of Magento's Redis calls are writes (session and cache saves).
  redisReplication: { lagS: 0.001, writeShare: 0.2 },
  databaseBytes: 20 * GB, // ASSUMED: a mid-size catalogue's database.
  backup: { bytesPerS: 50 * MB, cpuFactor: 1.5 }, // ASSUMED: no public figure for a snapshot's cost on a live node.
  upscale: { resizePerNodeS: 600 }, // ASSUMED: 5–20 min a node (docs/assumptions.md).
  scaleOut: { bootS: 180 }, // ASSUMED: launching and deploying a web node (no public figure).
  // ASSUMED: one home page, 500 categories, 20 000 products, 5 000 static assets; others are not cached.
  cdnObjects: {
    home: 1,
    category: 500,
    product: 20_000,
    search: 1,
    addToCart: 1,
    cart: 1,
    checkout: 1,
    placeOrder: 1,
    customer: 1,
    wishlist: 1,
    compare: 1,
    static: 5_000,
  },
};
