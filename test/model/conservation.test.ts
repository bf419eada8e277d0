import { describe, it, expect } from 'vitest';
import { ClusterModel } from '../../src/model/ClusterModel.js';
import type { ModelInput } from '../../src/model/ModelInput.js';
import type { RunResult } from '../../src/model/RunResult.js';
import { ERROR_CAUSES } from '../../src/model/errorCauses.js';
import { Exponential } from '../../sim/distributions/Exponential.js';
import { baseInput, klass, totalErrors } from './fixtures.js';

/**
 * With no warm-up, the per-class counts and the windows count the same requests, each
 * once, at the time its shopper got the answer: arrivals = completed + errors + in
 * flight per class, and the windows' sums equal the classes' totals, cause by cause.
 */
function conserved(r: RunResult): void {
  const col = (name: string): number => r.windows.columns.indexOf(name);
  const sum = (name: string): number => r.windows.rows.reduce((a, row) => a + row[col(name)], 0);
  const total = (f: (c: RunResult['classes'][number]) => number): number => r.classes.reduce((a, c) => a + f(c), 0);
  for (const c of r.classes) {
    expect(c.completed + totalErrors(c) + c.inFlight, c.name).toBe(c.arrivals);
    expect(c.inFlight, c.name).toBeGreaterThanOrEqual(0);
  }
  expect(sum('arrivals')).toBe(total((c) => c.arrivals));
  expect(sum('completions')).toBe(total((c) => c.completed));
  for (const cause of ERROR_CAUSES) expect(sum(`errors_${cause}`), cause).toBe(total((c) => c.errors[cause]));
}

const run = (over: Partial<ModelInput>): RunResult => new ClusterModel(baseInput({ warmupS: 0, durationS: 400, ...over })).run();

describe('every request is counted once, at one time, in every file', () => {
  it('a crash 5 s before the end: shoppers who would learn after the horizon are in flight in every file', () => {
    const r = run({ timeline: [{ type: 'node-crash', atS: 395, node: 1 }] });
    expect(r.classes.reduce((a, c) => a + c.inFlight, 0)).toBeGreaterThan(0);
    conserved(r);
  });

  it('a crash 70 s before the end: the ELB idle timeout (60 s) lands errors near the horizon', () => {
    conserved(run({ timeline: [{ type: 'node-crash', atS: 330, node: 1 }] }));
  });

  it('an overload with full backlogs (502) and read timeouts (504), ending mid-storm', () => {
    const classes = [klass('product', { phpCpu: new Exponential(0.5), dbReads: 0, redisOps: 0 }), klass('static', { isStatic: true, dbReads: 0, redisOps: 0 })];
    const traffic = { kind: 'requests' as const, ratePerS: 40, profile: [{ atS: 0, x: 1 }], mix: [1, 0] };
    const base = baseInput({ classes, staticClass: 1, traffic });
    const r = run({ classes, staticClass: 1, traffic, cluster: { ...base.cluster, phpWorkersPerNode: 2, listenBacklog: 50, fastcgiReadTimeoutS: 5 } });
    expect(r.classes[0].errors['backlog-full-502']).toBeGreaterThan(0);
    expect(r.classes[0].errors['timeout-504']).toBeGreaterThan(0);
    conserved(r);
  });

  it('serve-stale answers near the end count once too', () => {
    const base = baseInput();
    conserved(run({ cdn: { ...base.cdn, serveStale: true }, timeline: [{ type: 'node-crash', atS: 360, node: 0 }] }));
  });

  it('sessions, with their assets, through a Redis failover', () => {
    const traffic = { kind: 'sessions' as const, ratePerS: 4, profile: [{ atS: 0, x: 1 }], behaviourWeights: [1], journeys: [[0, 1, 2]], thinkBaseS: 2, thinkJitterS: 1, assetsPerPage: 10 };
    conserved(run({ traffic, timeline: [{ type: 'node-crash', atS: 380, node: 0 }] }));
  });
});
