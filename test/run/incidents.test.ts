import { describe, it, expect } from 'vitest';
import { ClusterModel } from '../../src/model/ClusterModel.js';
import { incidents } from '../../src/run/incidents.js';
import { baseInput } from '../model/fixtures.js';

describe('incidents', () => {
  it('a node crash row gives detection, settling time, failures by cause and SLO minutes', () => {
    // Node events read the same in the scenario's timeline and the model's.
    const timeline: { type: 'node-crash' | 'node-recover'; atS: number; node: number }[] = [
      { type: 'node-crash', atS: 400, node: 1 },
      { type: 'node-recover', atS: 700, node: 1 },
    ];
    const run = new ClusterModel(baseInput({ durationS: 1200, warmupS: 60, timeline })).run();
    const [crash, recover] = incidents(timeline, [run], { p95S: null, p99S: 3, errorRate: 0.001, scope: 'all' as const, classes: {} }, 20 * 2 ** 30);
    expect(crash.incident).toBe('node-crash node 2');
    // Galera suspects it first (5–5.5 s); the ELB removes it within 35–65 s.
    expect(crash.detectS!).toBeGreaterThanOrEqual(5);
    expect(crash.detectS!).toBeLessThanOrEqual(5.5);
    expect(crash.mechanicsSettledS!).toBeGreaterThanOrEqual(35);
    expect(crash.mechanicsSettledS!).toBeLessThan(65);
    expect(crash.errorsByCause['node-down-504']).toBeGreaterThan(0);
    expect(crash.sloMinutesBurned).toBeGreaterThan(0);
    expect(recover.incident).toBe('node-recover node 2');
    expect(recover.mechanicsSettledS!).toBeGreaterThanOrEqual(120);
    expect(recover.errorsByCause['node-down-504']).toBe(0);
  });
});

import { restoreTimeS } from '../../src/model/restore/restoreTime.js';

describe('backup figures', () => {
  it('restore time follows Adobe’s published points: 60 GB ≈ 1 h, 150 GB ≈ 2.5 h, 200+ GB ≈ 5 h', () => {
    expect(restoreTimeS(60 * 2 ** 30)).toBe(3600);
    expect(restoreTimeS(150 * 2 ** 30)).toBe(9000);
    expect(restoreTimeS(200 * 2 ** 30)).toBe(18000);
    expect(restoreTimeS(500 * 2 ** 30)).toBe(18000);
    expect(restoreTimeS(20 * 2 ** 30)).toBe(1200);
  });

  it('an incident that loses no data needs no restore: no RPO, no RTO', () => {
    const timeline = [
      { type: 'backup' as const, atS: 1000 },
      { type: 'node-crash' as const, atS: 1500, node: 1 },
    ];
    const run = new ClusterModel(baseInput({ durationS: 1800, warmupS: 60, timeline })).run();
    const [backup, crash] = incidents(timeline, [run], { p95S: null, p99S: 3, errorRate: 0.001, scope: 'all' as const, classes: {} }, 20 * 2 ** 30);
    // Neither loses the database: no restore, so no RPO or RTO.
    expect([backup.rpoS, backup.rtoS, crash.rpoS, crash.rtoS]).toEqual([null, null, null, null]);
    expect(run.log.find((e) => e.component === 'backup' && e.event === 'end')!.atS).toBeCloseTo(1000 + (20 * 1024) / 50, 6);
  });
});

describe('incidents that would need a restore', () => {
  it('every VM down at once: RPO since the last backup (else the hourly snapshot) and RTO by the database size', () => {
    const timeline = [
      { type: 'backup' as const, atS: 1000 },
      ...[0, 1, 2].map((node) => ({ type: 'node-crash' as const, atS: 1500, node })),
    ];
    const run = new ClusterModel(baseInput({ durationS: 1800, warmupS: 60, timeline })).run();
    const rows = incidents(timeline, [run], { p95S: null, p99S: 3, errorRate: 0.001, scope: 'all' as const, classes: {} }, 20 * 2 ** 30);
    const last = rows[rows.length - 1];
    expect(last.incident).toBe('node-crash node 3');
    expect([last.rpoS, last.rtoS]).toEqual([500, 1200]);
    expect([rows[0].rpoS, rows[0].rtoS]).toEqual([null, null]);
  });
});

describe('service recovery against mechanics', () => {
  it('an overload that outlasts the mechanics: settled within a minute, the service never back within the run', () => {
    // 3 nodes × 8 vCPU carry 120 req/s; on two the PHP pools saturate for good.
    const traffic = { kind: 'requests' as const, ratePerS: 160, profile: [{ atS: 0, x: 1 }], mix: [0, 1, 0, 0] };
    const timeline = [{ type: 'node-crash' as const, atS: 300, node: 1 }];
    const run = new ClusterModel(baseInput({ durationS: 1500, warmupS: 60, traffic, timeline })).run();
    const [crash] = incidents(timeline, [run], { p95S: null, p99S: 3, errorRate: 0.001, scope: 'all' as const, classes: {} }, 20 * 2 ** 30);
    expect(crash.mechanicsSettledS!).toBeLessThan(70);
    expect(crash.serviceRecoveredS).toBeNull();
    expect(crash.sloMinutesBurned).toBeGreaterThan(10);
  });

  it('a crash followed by a recovery: the service is back some time after the node, and the row says when', () => {
    const timeline = [{ type: 'node-crash' as const, atS: 300, node: 1 }];
    const run = new ClusterModel(baseInput({ durationS: 900, warmupS: 60, timeline })).run();
    const [crash] = incidents(timeline, [run], { p95S: null, p99S: 3, errorRate: 0.001, scope: 'all' as const, classes: {} }, 20 * 2 ** 30);
    // The ELB stops sending it traffic 35–65 s after the crash; the node-down errors end then.
    expect(crash.serviceRecoveredS!).toBeGreaterThanOrEqual(30);
    expect(crash.serviceRecoveredS!).toBeLessThanOrEqual(80);
  });

  it('has a row per replication, numbered from 1', () => {
    const timeline = [{ type: 'node-crash' as const, atS: 200, node: 1 }];
    const runs = [1, 2].map((seed) => new ClusterModel(baseInput({ seed, durationS: 400, warmupS: 60, timeline })).run());
    const rows = incidents(timeline, runs, { p95S: null, p99S: 3, errorRate: 0.001, scope: 'all' as const, classes: {} }, 20 * 2 ** 30);
    expect(rows.map((r) => [r.replication, r.incident])).toEqual([
      [1, 'node-crash node 2'],
      [2, 'node-crash node 2'],
    ]);
  });
});
