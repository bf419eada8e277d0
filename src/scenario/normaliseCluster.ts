import {
  DEFAULT_BALANCING,
  DEFAULT_DB,
  DEFAULT_FASTCGI_READ_TIMEOUT_S,
  DEFAULT_LISTEN_BACKLOG,
  DEFAULT_NETWORK,
  DEFAULT_PHP_WORKERS_PER_NODE,
  DEFAULT_SCALED,
  DEFAULT_SERVICES,
  DEFAULT_TIER,
  TIER_SIZES,
} from './defaults.js';
import type { RawScenario } from './rawScenarioSchema.js';
import type { Architecture, Cluster, Services, Tier } from './Scenario.js';
import { parseDurationS } from './units.js';

type RawCluster = NonNullable<RawScenario['cluster']>;

/** Seconds of an optional raw duration, or the default. */
function seconds(raw: string | number | undefined, fallbackS: number): number {
  return raw === undefined ? fallbackS : parseDurationS(raw);
}

/** A tier name or custom size as a Tier; nothing means the default tier. */
export function normaliseTier(raw: RawCluster['tier']): Tier {
  if (raw === undefined) return { name: DEFAULT_TIER, ...TIER_SIZES[DEFAULT_TIER] };
  if (typeof raw === 'string') return { name: raw, ...TIER_SIZES[raw] };
  return { name: 'custom', vcpuPerNode: raw.vcpuPerNode, ramGbPerNode: raw.ramGbPerNode };
}

function normaliseArchitecture(raw: RawCluster['architecture']): Architecture {
  if (raw === undefined || raw === 'standard') return { kind: 'standard' };
  const scaled = raw === 'scaled' ? {} : raw.scaled;
  return {
    kind: 'scaled',
    webNodes: scaled.webNodes ?? DEFAULT_SCALED.webNodes,
    webNode: { ...DEFAULT_SCALED.webNode, ...scaled.webNode },
    coreNode: { ...DEFAULT_SCALED.coreNode, ...scaled.coreNode },
  };
}

function normaliseServices(raw: RawCluster['services'] = {}): Services {
  const d = DEFAULT_SERVICES;
  return {
    redisOpS: seconds(raw.redisOp, d.redisOpS),
    dbReadCpuS: seconds(raw.dbReadCpu, d.dbReadCpuS),
    dbWriteCpuS: seconds(raw.dbWriteCpu, d.dbWriteCpuS),
    dbApplyCpuS: seconds(raw.dbApplyCpu, d.dbApplyCpuS),
    dbThreadsPerNode: raw.dbThreadsPerNode ?? d.dbThreadsPerNode,
    searchCpuS: seconds(raw.searchCpu, d.searchCpuS),
    searchThreadsPerNode: raw.searchThreadsPerNode ?? d.searchThreadsPerNode,
    certificationS: seconds(raw.certification, d.certificationS),
  };
}

/** The validated `cluster` section with every default filled in, in SI units. */
export function normaliseCluster(raw: RawCluster = {}): Cluster {
  const { db = {}, php = {}, network = {} } = raw;
  const workers = php.workersPerNode;
  return {
    tier: normaliseTier(raw.tier),
    architecture: normaliseArchitecture(raw.architecture),
    db: {
      writes: db.writes ?? DEFAULT_DB.writes,
      reads: db.reads ?? DEFAULT_DB.reads,
      split: [...(db.split ?? DEFAULT_DB.split)],
      replicasPerSplit: db.replicasPerSplit ?? DEFAULT_DB.replicasPerSplit,
    },
    phpWorkersPerNode: workers === undefined || workers === 'auto' ? DEFAULT_PHP_WORKERS_PER_NODE : workers,
    listenBacklog: php.listenBacklog ?? DEFAULT_LISTEN_BACKLOG,
    fastcgiReadTimeoutS: seconds(php.fastcgiReadTimeout, DEFAULT_FASTCGI_READ_TIMEOUT_S),
    network: {
      sameAzRttS: seconds(network.sameAzRtt, DEFAULT_NETWORK.sameAzRttS),
      crossAzRttS: seconds(network.crossAzRtt, DEFAULT_NETWORK.crossAzRttS),
    },
    balancing: raw.balancing ?? DEFAULT_BALANCING,
    services: normaliseServices(raw.services),
  };
}
