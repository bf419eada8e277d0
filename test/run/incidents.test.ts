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
    const [crash, recover] = incidents(timeline, run, { p95S: null, p99S: 3, errorRate: 0.001 }, 20 * 2 ** 30);
    expect(crash.incident).toBe('node-crash node 2');
    // Galera suspects it first (5–5.5 s); the ELB removes it within 35–65 s.
    expect(crash.detectS!).toBeGreaterThanOrEqual(5);
    expect(crash.detectS!).toBeLessThanOrEqual(5.5);
    expect(crash.recoverS!).toBeGreaterThanOrEqual(35);
    expect(crash.recoverS!).toBeLessThan(65);
    expect(crash.errorsByCause['node-down-504']).toBeGreaterThan(0);
    expect(crash.sloMinutesBurned).toBeGreaterThan(0);
    expect(recover.incident).toBe('node-recover node 2');
    expect(recover.recoverS!).toBeGreaterThanOrEqual(120);
    expect(recover.errorsByCause['node-down-504']).toBe(0);
  });
});

import { restoreTimeS } from '../../src/run/incidents.js';

describe('backup figures', () => {
  it('restore time follows Adobe’s published points: 60 GB ≈ 1 h, 150 GB ≈ 2.5 h, 200+ GB ≈ 5 h', () => {
    expect(restoreTimeS(60)).toBe(3600);
    expect(restoreTimeS(150)).toBe(9000);
    expect(restoreTimeS(200)).toBe(18000);
    expect(restoreTimeS(500)).toBe(18000);
    expect(restoreTimeS(20)).toBe(1200);
  });

  it('the RPO of an incident is the time since the last backup, else since the hourly snapshot', () => {
    const timeline = [
      { type: 'backup' as const, atS: 1000 },
      { type: 'node-crash' as const, atS: 1500, node: 1 },
    ];
    const run = new ClusterModel(baseInput({ durationS: 1800, warmupS: 60, timeline })).run();
    const [backup, crash] = incidents(timeline, run, { p95S: null, p99S: 3, errorRate: 0.001 }, 20 * 2 ** 30);
    expect(backup.rpoS).toBe(0);
    expect(crash.rpoS).toBe(500);
    expect(run.log.find((e) => e.component === 'backup' && e.event === 'end')!.atS).toBeCloseTo(1000 + (20 * 1024) / 50, 6);
  });
});
