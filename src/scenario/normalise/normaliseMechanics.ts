import { DEFAULT_MECHANICS } from './defaultMechanics.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { ClassName, Mechanics, RequestClass } from '../Scenario.js';
import { CUSTOM_CLASS_DEFAULTS } from '../classes/customClassDefaults.js';
import { parseBytes, parseBytesPerS, parseDurationS, parseFraction } from '../units.js';

type RawMechanics = NonNullable<RawScenario['mechanics']>;

const seconds = (raw: string | number | undefined, fallbackS: number) => (raw === undefined ? fallbackS : parseDurationS(raw));
const bytes = (raw: string | number | undefined, fallback: number) => (raw === undefined ? fallback : parseBytes(raw));
const bytesPerS = (raw: string | number | undefined, fallback: number) => (raw === undefined ? fallback : parseBytesPerS(raw));

/** The file's mechanics merged field by field over DEFAULT_MECHANICS; seconds, bytes, bytes/s. */
export function normaliseMechanics(raw: RawMechanics = {}, classes: readonly ClassName[]): Mechanics {
  const d = DEFAULT_MECHANICS;
  const { elb = {}, haproxy = {}, galera = {}, sentinel = {}, redisReplication = {}, backup = {}, upscale = {}, scaleOut = {} } = raw;
  const failover = sentinel.failover ?? {};
  const cdnObjects: Record<ClassName, number> = {};
  for (const c of classes) cdnObjects[c] = raw.cdnObjects?.[c] ?? d.cdnObjects[c as RequestClass] ?? CUSTOM_CLASS_DEFAULTS.cdnObjects;
  return {
    elb: {
      intervalS: seconds(elb.interval, d.elb.intervalS),
      timeoutS: seconds(elb.timeout, d.elb.timeoutS),
      unhealthy: elb.unhealthy ?? d.elb.unhealthy,
      healthy: elb.healthy ?? d.elb.healthy,
      connectTimeoutS: seconds(elb.connectTimeout, d.elb.connectTimeoutS),
      idleTimeoutS: seconds(elb.idleTimeout, d.elb.idleTimeoutS),
      deregistrationDelayS: seconds(elb.deregistrationDelay, d.elb.deregistrationDelayS),
    },
    haproxy: { interS: seconds(haproxy.inter, d.haproxy.interS), fall: haproxy.fall ?? d.haproxy.fall },
    galera: {
      suspectTimeoutS: seconds(galera.suspectTimeout, d.galera.suspectTimeoutS),
      gcacheBytes: bytes(galera.gcache, d.galera.gcacheBytes),
      writesetBytes: bytes(galera.writesetSize, d.galera.writesetBytes),
      sstBytesPerS: bytesPerS(galera.sstRate, d.galera.sstBytesPerS),
    },
    sentinel: {
      downAfterS: seconds(sentinel.downAfter, d.sentinel.downAfterS),
      failoverMinS: seconds(failover.min, d.sentinel.failoverMinS),
      failoverMaxS: seconds(failover.max, d.sentinel.failoverMaxS),
    },
    redisClientTimeoutS: seconds(raw.redisClientTimeout, d.redisClientTimeoutS),
    redisReplication: {
      lagS: seconds(redisReplication.lag, d.redisReplication.lagS),
      writeShare: redisReplication.writeShare === undefined ? d.redisReplication.writeShare : parseFraction(redisReplication.writeShare),
    },
    databaseBytes: bytes(raw.databaseSize, d.databaseBytes),
    backup: { bytesPerS: bytesPerS(backup.rate, d.backup.bytesPerS), cpuFactor: backup.cpuFactor ?? d.backup.cpuFactor },
    upscale: { resizePerNodeS: seconds(upscale.resizePerNode, d.upscale.resizePerNodeS) },
    scaleOut: { bootS: seconds(scaleOut.boot, d.scaleOut.bootS) },
    cdnObjects,
  };
}
