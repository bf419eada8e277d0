import type { ModelInput, ClassInput } from '../../src/model/ModelInput.js';
import type { ClassResult } from '../../src/model/RunResult.js';
import { LogNormal } from '../../sim/distributions/LogNormal.js';
import { Deterministic } from '../../sim/distributions/Deterministic.js';
import { Exponential } from '../../sim/distributions/Exponential.js';
import { DEFAULT_MECHANICS } from '../../src/scenario/normalise/defaultMechanics.js';
import { BACKUP_RETENTION } from '../../src/scenario/normalise/defaults.js';

const { cdnObjects: _perClass, ...mechanics } = DEFAULT_MECHANICS;

export function klass(name: string, over: Partial<ClassInput> = {}): ClassInput {
  return {
    name,
    phpCpu: LogNormal.fromMeanP95(0.12, 0.35),
    dbReads: 12,
    dbWrites: 0,
    redisOps: 15,
    searches: 0,
    hitRatio: 0,
    dbPart: 0,
    hotRowWrites: 0,
    cdnObjects: 1000,
    pageAssets: true,
    isStatic: false,
    ...over,
  };
}

/** A Pro24-like cluster fed by plain Poisson requests: the base of the model tests. */
export function baseInput(over: Partial<ModelInput> = {}): ModelInput {
  return {
    seed: 1,
    durationS: 600,
    warmupS: 60,
    windowS: 10,
    classes: [klass('product', { hitRatio: 0.85 }), klass('search', { searches: 2, phpCpu: new Exponential(0.2) }), klass('addToCart', { dbWrites: 4 }), klass('static', { phpCpu: new Deterministic(0.001), dbReads: 0, redisOps: 0, hitRatio: 0.98, isStatic: true })],
    staticClass: 3,
    cluster: {
      node: { vcpu: 8, ramGb: 32 },
      scaled: null,
      autoscaling: null,
      multiWriter: false,
      localReads: false,
      splitParts: [],
      replicasPerSplit: 0,
      phpWorkersPerNode: null,
      listenBacklog: 511,
      fastcgiReadTimeoutS: 60,
      sameAzRttS: 0.0002,
      crossAzRttS: 0.0015,
      balancing: 'round-robin',
      redisOpS: 0.0001,
      dbReadCpuS: 0.001,
      dbWriteCpuS: 0.002,
      dbApplyCpuS: 0.0005,
      dbThreadsPerNode: 32,
      searchCpuS: 0.008,
      searchThreadsPerNode: 8,
      certificationS: 0.0001,
    },
    cdn: { edgeLatencyS: 0.02, originRttS: 0.01, serveStale: false },
    traffic: { kind: 'requests', ratePerS: 100, profile: [{ atS: 0, x: 1 }], mix: [0.5, 0.2, 0.1, 0.2] },
    timeline: [],
    queue: null,
    mechanics: { ...mechanics, backupRetention: BACKUP_RETENTION },
    ...over,
  };
}

/** A class's errors of every cause together. */
export function totalErrors(c: Pick<ClassResult, 'errors'>): number {
  return Object.values(c.errors).reduce((a, b) => a + b, 0);
}
