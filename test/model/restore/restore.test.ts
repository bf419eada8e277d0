import { describe, it, expect } from 'vitest';
import { ClusterModel } from '../../../src/model/ClusterModel.js';
import { restoreTimeS } from '../../../src/model/restore/restoreTime.js';
import { errorsColumn, WINDOW } from '../../../src/model/windowColumns.js';
import { baseInput, klass } from '../fixtures.js';

const GB = 2 ** 30;
const RATE = 20;

/** Orders only (3 writes each), no CDN: every origin request is an order, or fails during the restore. */
function run(restoreAtS: number, minAgeS: number, seed = 1) {
  const base = baseInput();
  return new ClusterModel(
    baseInput({
      seed,
      durationS: 5400,
      warmupS: 60,
      classes: [klass('placeOrder', { dbWrites: 3 }), klass('static', { dbReads: 0, redisOps: 0, isStatic: true })],
      staticClass: 1,
      traffic: { kind: 'requests', ratePerS: RATE, profile: [{ atS: 0, x: 1 }], mix: [1, 0] },
      timeline: [{ type: 'restore', atS: restoreAtS, minAgeS }],
      mechanics: { ...base.mechanics, databaseBytes: 10 * GB },
    }),
  ).run();
}

describe('restore from backup', () => {
  it('loses the orders committed since the snapshot: Poisson(rate × RPO) within 4 standard deviations, 3 writes each', () => {
    const r = run(4800, 0);
    expect(r.restores).toHaveLength(1);
    const [x] = r.restores;
    // Hourly snapshots on each hour of the run: the latest at 3600 s.
    expect(x).toMatchObject({ atS: 4800, snapshotAtS: 3600, rpoS: 1200, rtoS: restoreTimeS(10 * GB), extrapolatedS: 0 });
    const mean = RATE * x.rpoS;
    expect(Math.abs(x.ordersLost - mean)).toBeLessThan(4 * Math.sqrt(mean));
    expect(x.writesLost).toBe(3 * x.ordersLost);
  });

  it('an older backup: the hourly snapshot at least that old, and the time before the run counted at the run’s rate', () => {
    const [x] = run(1800, 2 * 3600).restores;
    expect(x).toMatchObject({ snapshotAtS: -2 * 3600, rpoS: 1800 + 7200, extrapolatedS: 7200 });
    const mean = RATE * x.rpoS;
    expect(Math.abs(x.ordersLost - mean)).toBeLessThan(4 * Math.sqrt(RATE * 1800) * (x.rpoS / 1800));
  });

  it('the site answers nothing while the database is restored, and everything after', () => {
    const r = run(1800, 0);
    const rtoS = restoreTimeS(10 * GB);
    const cols = r.windows.columns;
    const done = cols.indexOf(WINDOW.completions);
    const dbDown = cols.indexOf(errorsColumn('db-unavailable-503'));
    const widthS = r.windows.widthS;
    const during = r.windows.rows.filter((_, i) => i * widthS >= 1800 + 60 && (i + 1) * widthS <= 1800 + rtoS);
    const after = r.windows.rows.filter((_, i) => i * widthS >= 1800 + rtoS + 60);
    expect(during.length).toBeGreaterThan(50);
    expect(during.every((row) => row[done] === 0 && row[dbDown] > 0)).toBe(true);
    expect(after.every((row) => row[dbDown] === 0 && row[done] > 0)).toBe(true);
    expect(r.log.filter((e) => e.component === 'restore').map((e) => [e.event, e.atS])).toEqual([
      ['start', 1800],
      ['end', 1800 + rtoS],
    ]);
  });
});
