import { describe, expect, it } from 'vitest';
import { DEFAULT_MECHANICS, formatScenarioError, loadScenarioText, type Mechanics } from '../../src/scenario/index.js';

const MB = 1024 ** 2;
const GB = 1024 ** 3;

function mechanicsOf(lines: string[]): Mechanics {
  const result = loadScenarioText(['name: t', ...lines].join('\n') + '\n', 'test.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatScenarioError).join('\n'));
  return result.scenario.mechanics;
}

describe('normaliseMechanics', () => {
  it('gives the defaults when the file has no mechanics section', () => {
    expect(mechanicsOf([])).toEqual(DEFAULT_MECHANICS);
  });

  it('merges the given fields over the defaults, field by field, in seconds, bytes and bytes/s', () => {
    const m = mechanicsOf([
      'mechanics:',
      '  elb: { interval: 10s, unhealthy: 3 }',
      '  galera: { gcache: 1GB, sstRate: 100MB/s }',
      '  sentinel: { failover: { max: 6s } }',
      '  redisClientTimeout: 500ms',
      '  redisReplication: { writeShare: 35% }',
      '  databaseSize: 50GB',
      '  backup: { cpuFactor: 2 }',
      '  upscale: { resizePerNode: 15m }',
      '  cdnObjects: { product: 50000 }',
    ]);
    const d = DEFAULT_MECHANICS;
    expect(m).toEqual({
      elb: { ...d.elb, intervalS: 10, unhealthy: 3 },
      haproxy: d.haproxy,
      galera: { ...d.galera, gcacheBytes: GB, sstBytesPerS: 100 * MB },
      sentinel: { ...d.sentinel, failoverMaxS: 6 },
      redisClientTimeoutS: 0.5,
      redisReplication: { lagS: 0.001, writeShare: 0.35 },
      databaseBytes: 50 * GB,
      backup: { bytesPerS: 50 * MB, cpuFactor: 2 },
      upscale: { resizePerNodeS: 900 },
      scaleOut: { bootS: 180 },
      cdnObjects: { ...d.cdnObjects, product: 50_000 },
    });
  });

  it('reads every field of the documented example', () => {
    const m = mechanicsOf([
      'mechanics:',
      '  elb: { interval: 30s, timeout: 5s, unhealthy: 2, healthy: 5, connectTimeout: 10s, idleTimeout: 60s, deregistrationDelay: 300s }',
      '  haproxy: { inter: 2s, fall: 3 }',
      '  galera: { suspectTimeout: 5s, gcache: 128MB, writesetSize: 2KB, sstRate: 175MB/s }',
      '  sentinel: { downAfter: 30s, failover: { min: 1s, max: 4s } }',
      '  redisClientTimeout: 2.5s',
      '  redisReplication: { lag: 1ms, writeShare: 20% }',
      '  databaseSize: 20GB',
      '  backup: { rate: 50MB/s, cpuFactor: 1.5 }',
      '  upscale: { resizePerNode: 10m }',
      '  cdnObjects: { home: 1, category: 500, product: 20000, static: 5000 }',
    ]);
    expect(m).toEqual(DEFAULT_MECHANICS);
  });

  it('accepts a deregistration delay of 0 (AWS allows draining to be switched off)', () => {
    expect(mechanicsOf(['mechanics: { elb: { deregistrationDelay: 0s } }']).elb.deregistrationDelayS).toBe(0);
  });

  it('accepts a failover of fixed length (min = max)', () => {
    const { sentinel } = mechanicsOf(['mechanics: { sentinel: { failover: { min: 3s, max: 3s } } }']);
    expect([sentinel.failoverMinS, sentinel.failoverMaxS]).toEqual([3, 3]);
  });

  it('leaves DEFAULT_MECHANICS untouched', () => {
    mechanicsOf(['mechanics: { elb: { interval: 1s }, cdnObjects: { home: 7 } }']);
    expect([DEFAULT_MECHANICS.elb.intervalS, DEFAULT_MECHANICS.cdnObjects.home]).toEqual([30, 1]);
  });
});
