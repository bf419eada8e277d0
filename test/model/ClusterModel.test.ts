import { describe, it, expect } from 'vitest';
import { ClusterModel } from '../../src/model/ClusterModel.js';
import { baseInput, totalErrors } from './fixtures.js';

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
});
