import { describe, it, expect } from 'vitest';
import { ClusterModel } from '../../src/model/ClusterModel.js';
import { baseInput, klass, totalErrors } from './fixtures.js';

describe('ClusterModel', () => {
  it('every arrival ends completed, failed with a cause, or in flight at the horizon', () => {
    const r = new ClusterModel(baseInput()).run();
    for (const c of r.classes) {
      const errors = totalErrors(c);
      expect(c.completed + errors + c.inFlight, c.name).toBe(c.arrivals);
      expect(c.latency.count, c.name).toBe(c.completed);
      expect(c.inFlight, c.name).toBeGreaterThanOrEqual(0);
    }
    expect(r.windows.rows.length).toBe(60);
  });

  it('CDN hits count in their class and in their window’s page latencies at the edge latency; origin columns stay empty', () => {
    const base = baseInput();
    const classes = [klass('home', { hitRatio: 1 }), ...base.classes.slice(1)];
    const traffic = { ...base.traffic, mix: [1, 0, 0, 0] } as typeof base.traffic;
    const r = new ClusterModel({ ...base, classes, traffic }).run();
    const home = r.classes[0];
    expect(home.cdnHits).toBeGreaterThan(0);
    expect([home.latency.count, home.cdnHits, home.latency.min, home.latency.max]).toEqual([home.completed, home.completed, 0.02, 0.02]);
    const col = (name: string): number => r.windows.columns.indexOf(name);
    for (const row of r.windows.rows) {
      expect([row[col('p50_ms')], row[col('p99_ms')]]).toEqual([20, 20]);
      expect(row[col('origin_p99_ms')]).toBeNaN();
    }
  });
});
