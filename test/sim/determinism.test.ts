import { describe, it, expect } from 'vitest';
import { MmcModel } from '../../src/cli/demo/MmcModel.js';
import { runOpenStation } from '../support/OpenStation.js';
import { LogNormal } from '../../sim/distributions/LogNormal.js';

describe('determinism', () => {
  it('the same seed gives identical results, bucket for bucket', () => {
    const a = new MmcModel(10, 0.9, 200_000, 7).run();
    const b = new MmcModel(10, 0.9, 200_000, 7).run();
    expect(JSON.stringify(a.response.toJSON())).toBe(JSON.stringify(b.response.toJSON()));
    expect(a.kernel.eventsProcessed).toBe(b.kernel.eventsProcessed);
  });

  it('different seeds give different results', () => {
    const a = new MmcModel(10, 0.9, 50_000, 7).run();
    const b = new MmcModel(10, 0.9, 50_000, 8).run();
    expect(a.response.mean).not.toBe(b.response.mean);
  });

  it('a run with warm-up, queue limits and PS is reproducible', () => {
    const o = { seed: 3, lambda: 3, service: LogNormal.fromMeanCv(1, 2), servers: 4, warmupS: 100, horizonS: 5_000 };
    expect(runOpenStation(o)).toEqual(runOpenStation(o));
    expect(runOpenStation({ ...o, discipline: 'ps' })).toEqual(runOpenStation({ ...o, discipline: 'ps' }));
    expect(runOpenStation({ ...o, queueLimit: 2 })).toEqual(runOpenStation({ ...o, queueLimit: 2 }));
  });
});
