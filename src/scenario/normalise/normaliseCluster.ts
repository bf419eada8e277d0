import {
  DEFAULT_AUTOSCALING,
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
import type { z } from 'zod';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { tierValueSchema } from '../schema/clusterSchema.js';
import type { Architecture, Autoscaling, Cluster, Services, Tier } from '../Scenario.js';
import { parseDurationS, parseFraction } from '../units.js';

type RawCluster = NonNullable<RawScenario['cluster']>;

/** Seconds of an optional raw duration, or the default. */
function seconds(raw: string | number | undefined, fallbackS: number): number {
  return raw === undefined ? fallbackS : parseDurationS(raw);
}

/** A tier name or custom size as a Tier; nothing means the default tier. */
export function normaliseTier(raw: z.infer<typeof tierValueSchema> | undefined): Tier {
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

/** A fraction written as a number or a percentage, or the default. */
function fraction(raw: string | number | undefined, fallback: number): number {
  return raw === undefined ? fallback : parseFraction(raw);
}

/** Autoscaling with its defaults; null when off or on the standard architecture (a rule reports that). */
function normaliseAutoscaling(raw: RawCluster['autoscaling'], architecture: Architecture): Autoscaling | null {
  if (raw === undefined || raw === false || architecture.kind !== 'scaled') return null;
  const given = raw === true ? {} : raw;
  const { scaleOut = {}, scaleIn = {} } = given;
  const d = DEFAULT_AUTOSCALING;
  return {
    minWebNodes: given.minWebNodes ?? architecture.webNodes,
    maxWebNodes: given.maxWebNodes ?? architecture.webNodes + d.extraWebNodes,
    checkEveryS: seconds(given.checkEvery, d.checkEveryS),
    scaleOut: {
      cpuAbove: fraction(scaleOut.cpuAbove, d.scaleOut.cpuAbove),
      forS: seconds(scaleOut.for, d.scaleOut.forS),
      trafficGrowth: fraction(scaleOut.trafficGrowth, d.scaleOut.trafficGrowth),
      growthOverS: seconds(scaleOut.growthOver, d.scaleOut.growthOverS),
    },
    scaleIn: { cpuBelow: fraction(scaleIn.cpuBelow, d.scaleIn.cpuBelow), forS: seconds(scaleIn.for, d.scaleIn.forS) },
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
  const architecture = normaliseArchitecture(raw.architecture);
  return {
    tier: normaliseTier(raw.tier),
    architecture,
    autoscaling: normaliseAutoscaling(raw.autoscaling, architecture),
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
