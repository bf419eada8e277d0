import { describe, it, expect } from 'vitest';
import { ClusterModel } from '../../src/model/ClusterModel.js';
import { summarise } from '../../src/run/summarise.js';
import { baseInput, klass, totalErrors } from './fixtures.js';
import type { ModelInput } from '../../src/model/ModelInput.js';
import { Exponential } from '../../sim/distributions/Exponential.js';
import { Deterministic } from '../../sim/distributions/Deterministic.js';

function allRow(input: ModelInput) {
  const s = summarise([new ClusterModel(input).run()]);
  return { all: s.classes[s.classes.length - 1], summary: s };
}

describe('cluster behaviour', () => {
  it('at the same traffic Pro24 beats Pro12 at p95', () => {
    const traffic = { kind: 'requests' as const, ratePerS: 60, profile: [{ atS: 0, x: 1 }], mix: [0.4, 0.3, 0.3, 0] };
    const base = baseInput({ traffic, durationS: 900 });
    const pro12 = allRow({ ...base, cluster: { ...base.cluster, node: { vcpu: 4, ramGb: 16 } } }).all;
    const pro24 = allRow({ ...base, cluster: { ...base.cluster, node: { vcpu: 8, ramGb: 32 } } }).all;
    expect(pro24.p95_ms).toBeLessThan(pro12.p95_ms);
  });

  it('hot-row writes fail certification in multi-writer mode and never in single-writer mode', () => {
    const classes = [klass('placeOrder', { dbWrites: 10, hotRowWrites: 1, phpCpu: new Exponential(0.05) }), klass('static', { isStatic: true, dbReads: 0, redisOps: 0 })];
    const traffic = { kind: 'requests' as const, ratePerS: 150, profile: [{ atS: 0, x: 1 }], mix: [1, 0] };
    const base = baseInput({ classes, staticClass: 1, traffic, durationS: 300, warmupS: 30 });
    const multi = allRow({ ...base, cluster: { ...base.cluster, multiWriter: true } }).all;
    const single = allRow(base).all;
    expect(multi.errorsByCause['certification-1213']).toBeGreaterThan(0);
    expect(single.errorsByCause['certification-1213']).toBe(0);
  });

  it('a saturated PHP-FPM pool answers 502 when the backlog is full and 504 past the read timeout', () => {
    const classes = [klass('product', { phpCpu: new Exponential(0.5), dbReads: 0, redisOps: 0 }), klass('static', { isStatic: true, dbReads: 0, redisOps: 0 })];
    // 3 nodes × 2 workers serve 12 requests/s at most; 40/s arrive.
    const traffic = { kind: 'requests' as const, ratePerS: 40, profile: [{ atS: 0, x: 1 }], mix: [1, 0] };
    const base = baseInput({ classes, staticClass: 1, traffic, durationS: 600, warmupS: 0 });
    const { all } = allRow({ ...base, cluster: { ...base.cluster, phpWorkersPerNode: 2, listenBacklog: 50, fastcgiReadTimeoutS: 5 } });
    expect(all.errorsByCause['backlog-full-502']).toBeGreaterThan(0);
    expect(all.errorsByCause['timeout-504']).toBeGreaterThan(0);
    // The read timeout judges the time at the origin; the shopper also waits the delivery (edge + Fastly ↔ origin).
    expect(all.max_ms).toBeLessThanOrEqual(5000 + (base.cdn.edgeLatencyS + base.cdn.originRttS) * 1000);
    expect(all.completed + all.errors + all.in_flight).toBe(all.requests);
  });
});

describe('split databases', () => {
  const classes = [
    klass('product', { dbReads: 20, redisOps: 0, phpCpu: new Exponential(0.02) }),
    klass('checkout', { dbReads: 20, dbWrites: 4, dbPart: 1, redisOps: 0, phpCpu: new Exponential(0.02) }),
    klass('static', { isStatic: true, dbReads: 0, redisOps: 0 }),
  ];
  const traffic = { kind: 'requests' as const, ratePerS: 100, profile: [{ atS: 0, x: 1 }], mix: [0.5, 0.5, 0] };
  const base = baseInput({ classes, staticClass: 2, traffic, durationS: 300, warmupS: 30 });
  const cpuBusy = (input: ModelInput): number[] => new ClusterModel(input).run().resources.filter((r) => r.kind === 'cpu').map((r) => r.meanBusy);

  it('a split checkout database moves checkout queries off the main node', () => {
    const one = cpuBusy(base);
    const split = cpuBusy({ ...base, cluster: { ...base.cluster, splitParts: [1] } });
    expect(split[0]).toBeLessThan(one[0]);
    expect(split[1]).toBeGreaterThan(one[1]);
  });

  it('read replicas share a split part’s reads with its master', () => {
    const split = cpuBusy({ ...base, cluster: { ...base.cluster, splitParts: [1] } });
    const replicated = cpuBusy({ ...base, cluster: { ...base.cluster, splitParts: [1], replicasPerSplit: 1 } });
    expect(replicated[1]).toBeLessThan(split[1]);
    expect(replicated[0] + replicated[2]).toBeGreaterThan(split[0] + split[2]);
  });
});

describe('read routing', () => {
  it('reads through the read-only connection spread from the main node to every node', () => {
    const base = baseInput({ durationS: 300, warmupS: 30 });
    const busy = (localReads: boolean): number[] =>
      new ClusterModel({ ...base, cluster: { ...base.cluster, localReads } }).run().resources.filter((r) => r.kind === 'cpu').map((r) => r.meanBusy);
    const main = busy(false);
    const local = busy(true);
    expect(local[0]).toBeLessThan(main[0]);
    expect(local[1]).toBeGreaterThan(main[1]);
    expect(local[2]).toBeGreaterThan(main[2]);
  });
});

describe('static assets', () => {
  it('a page’s assets meet Fastly once: a share 1 − h of them reaches the origin', () => {
    const h = 0.9;
    const classes = [klass('product', { dbReads: 0, redisOps: 0, phpCpu: new Exponential(0.02) }), klass('static', { isStatic: true, dbReads: 0, redisOps: 0, hitRatio: h, phpCpu: new Deterministic(0.001) })];
    const traffic = { kind: 'sessions' as const, ratePerS: 5, profile: [{ atS: 0, x: 1 }], behaviourWeights: [1], journeys: [[0, 0, 0]], thinkBaseS: 1, thinkJitterS: 1, assetsPerPage: 10 };
    const result = new ClusterModel(baseInput({ classes, staticClass: 1, traffic, durationS: 600, warmupS: 60 })).run();
    const assets = result.classes[1];
    const n = assets.arrivals;
    // 10 assets for each of 3 pages of 5 sessions/s over 540 s: about 81 000.
    expect(n).toBeGreaterThan(70_000);
    const originShare = (n - assets.cdnHits) / n;
    // Binomial: a 99.9 % band of 3.29 standard deviations around 1 − h.
    expect(Math.abs(originShare - (1 - h))).toBeLessThan(3.29 * Math.sqrt((h * (1 - h)) / n));
    expect(assets.completed + totalErrors(assets) + assets.inFlight).toBe(n);
  });

  it('after a purge every asset misses at first, then the hit ratio climbs back', () => {
    // Pages of an uncacheable class, so every CDN hit in a window is an asset's: with 10
    // assets a page at h = 0.9 the window's hit ratio is 9 / 11 ≈ 0.818 when warm.
    const classes = [klass('cart', { dbReads: 0, redisOps: 0, phpCpu: new Exponential(0.02) }), klass('static', { isStatic: true, dbReads: 0, redisOps: 0, hitRatio: 0.9, cdnObjects: 20_000, phpCpu: new Deterministic(0.001) })];
    const traffic = { kind: 'sessions' as const, ratePerS: 20, profile: [{ atS: 0, x: 1 }], behaviourWeights: [1], journeys: [[0, 0, 0]], thinkBaseS: 1, thinkJitterS: 1, assetsPerPage: 10 };
    const input = baseInput({ classes, staticClass: 1, traffic, durationS: 600, warmupS: 60, timeline: [{ type: 'cache-purge', atS: 300 }] });
    const s = summarise([new ClusterModel(input).run()]);
    const ratio = (t: number): number => s.timeseries.row(t / 10)[s.timeseries.columns.indexOf('cdn_hit_ratio')];
    expect(Math.abs(ratio(290) - 9 / 11)).toBeLessThan(0.03);
    // The first window after the purge holds K assets (10 of every 11 arrivals). Against
    // N = 20 000 objects their hit ratio averages 0.9·(1 − (N/K)(1 − e^(−K/N))) — about
    // 0.12 for K ≈ 5 500 — and the window's is 10/11 of that (binomial sd ≈ 0.004).
    const k = (s.timeseries.row(30)[s.timeseries.columns.indexOf('arrivals')] * 10) / 11;
    expect(Math.abs(ratio(300) - (10 / 11) * 0.9 * (1 - (20_000 / k) * (1 - Math.exp(-k / 20_000))))).toBeLessThan(0.015);
    expect(ratio(300)).toBeLessThan(ratio(340));
    expect(ratio(590)).toBeGreaterThan(0.7);
  });
});

describe('Fastly purge', () => {
  it('every cacheable request misses right after a purge and the hit ratio climbs back', () => {
    const classes = [klass('product', { hitRatio: 0.9, cdnObjects: 2000, dbReads: 2, redisOps: 2, phpCpu: new Exponential(0.02) }), klass('static', { isStatic: true, dbReads: 0, redisOps: 0 })];
    const traffic = { kind: 'requests' as const, ratePerS: 200, profile: [{ atS: 0, x: 1 }], mix: [1, 0] };
    const input = baseInput({ classes, staticClass: 1, traffic, durationS: 600, warmupS: 60, timeline: [{ type: 'cache-purge', atS: 300 }] });
    const s = summarise([new ClusterModel(input).run()]);
    const cols = s.timeseries.columns;
    const ratio = (t: number): number => s.timeseries.row(t / 10)[cols.indexOf('cdn_hit_ratio')];
    expect(ratio(290)).toBeGreaterThan(0.85);
    // The window after the purge averages 0.9·(1 − e^(−k/N)) over k = 0…2000 (N = 2000):
    // 0.9·(1 − (1 − e^(−1))) ≈ 0.331, binomial sd ≈ 0.011 over 2000 requests.
    expect(Math.abs(ratio(300) - 0.9 * Math.exp(-1))).toBeLessThan(0.04);
    // 2000 objects at 200 requests/s: 1 − e^(−k/N) passes 0.9 after N·ln 10 ≈ 4605 requests ≈ 23 s.
    expect(ratio(340)).toBeGreaterThan(0.8);
    const purge = s.log.find((e) => e.event === 'purge')!;
    expect(purge.atS).toBe(300);
    const warm = s.log.find((e) => e.event === 'warm')!;
    expect(warm.atS).toBeGreaterThan(300 + 15);
    expect(warm.atS).toBeLessThan(300 + 35);
  });
});
