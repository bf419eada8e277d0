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

  it('CDN hits count in their class and window latency histograms at the edge latency', () => {
    const base = baseInput();
    const classes = [klass('home', { hitRatio: 1 }), ...base.classes.slice(1)];
    const r = new ClusterModel({ ...base, classes }).run();
    const home = r.classes[0];
    expect(home.cdnHits).toBeGreaterThan(0);
    expect([home.latency.count, home.cdnHits, home.latency.min, home.latency.max]).toEqual([home.completed, home.completed, 0.02, 0.02]);
    // Each window's histogram holds that window's completions, CDN hits among them.
    const completions = r.windows.columns.indexOf('completions');
    r.windows.rows.forEach((row, w) => expect(r.windows.latency[w].count, `window ${w}`).toBe(row[completions]));
  });
});
