import { describe, expect, it } from 'vitest';
import { scenarioOf as load } from '../support/scenarioOf.js';


const withBody = (body: string) => load(`name: t\n${body}\n`);

describe('a five-line scenario', () => {
  const s = load(['name: five-lines', 'cluster:', '  tier: Pro48', 'traffic:', '  sessions: { rate: 10/s }'].join('\n'));

  it('gets the run defaults', () => {
    expect([s.name, s.source, s.seed, s.durationS, s.warmupS, s.windowS]).toEqual(['five-lines', 'test.yaml', 1, 3600, 300, 10]);
  });

  it('gets the tier sizes and the cluster defaults', () => {
    expect(s.cluster.tier).toEqual({ name: 'Pro48', vcpuPerNode: 16, ramGbPerNode: 64 });
    expect(s.cluster.architecture).toEqual({ kind: 'standard' });
    expect(s.cluster.db).toEqual({ writes: 'single-writer', reads: 'main', split: [], replicasPerSplit: 0 });
    expect([s.cluster.phpWorkersPerNode, s.cluster.listenBacklog, s.cluster.fastcgiReadTimeoutS]).toEqual([null, 511, 60]);
    expect(s.cluster.network).toEqual({ sameAzRttS: 0.0002, crossAzRttS: 0.0015 });
    expect(s.cluster.balancing).toBe('round-robin');
    expect(s.cluster.services).toEqual({
      redisOpS: 0.0001,
      dbReadCpuS: 0.001,
      dbWriteCpuS: 0.002,
      dbApplyCpuS: 0.0005,
      dbThreadsPerNode: 32,
      searchCpuS: 0.008,
      searchThreadsPerNode: 8,
      certificationS: 0.0001,
    });
  });

  it('gets the CDN defaults, with hits only on cacheable classes', () => {
    expect([s.cdn.enabled, s.cdn.edgeLatencyS, s.cdn.originRttS, s.cdn.serveStale]).toEqual([true, 0.02, 0.01, false]);
    expect(s.cdn.hitRatio).toEqual({
      home: 0.95,
      category: 0.9,
      product: 0.85,
      search: 0,
      addToCart: 0,
      cart: 0,
      checkout: 0,
      placeOrder: 0,
      customer: 0,
      wishlist: 0,
      compare: 0,
      static: 0.98,
    });
  });

  it('gets the performance toolkit session mix, think time and journeys', () => {
    if (s.traffic.kind !== 'sessions') throw new Error('sessions expected');
    expect(s.traffic.ratePerS).toBe(10);
    expect(s.traffic.profile).toEqual([{ atS: 0, x: 1 }]);
    expect(s.traffic.behaviours).toEqual({ browseAbandonCart: 0.62, browseOnly: 0.3, guestCheckout: 0.04, customerCheckout: 0.04 });
    expect(s.traffic.thinkTime).toEqual({ baseS: 2, jitterS: 1 });
    expect(s.traffic.assetsPerPage).toBe(10);
    expect(s.traffic.journeys.guestCheckout).toEqual([
      'home',
      'category',
      'product',
      'addToCart',
      'cart',
      'checkout',
      'checkout',
      'placeOrder',
    ]);
  });

  it('gets the class demands', () => {
    expect(s.classes.product).toEqual({
      phpCpu: { dist: 'lognormal', meanS: 0.12, p95S: 0.35 },
      dbReads: 12,
      dbWrites: 0,
      redisOps: 15,
      searches: 0,
      cacheable: true,
      dbPart: 'main',
      hotRowWrites: 0,
      pageAssets: true,
    });
    expect(s.classes.static.phpCpu).toEqual({ dist: 'deterministic', valueS: 0.001 });
    expect(s.classes.placeOrder).toMatchObject({ dbReads: 30, dbWrites: 15, cacheable: false });
  });

  it('gets the SLO defaults: no p95 target, p99 3 s, 0.1 % errors', () => {
    expect(s.slo).toEqual({ p95S: null, p99S: 3, errorRate: 0.001, scope: 'origin', classes: {} });
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.classes.product.phpCpu)).toBe(true);
    if (s.traffic.kind === 'sessions') expect(Object.isFrozen(s.traffic.journeys.browseOnly)).toBe(true);
  });
});

describe('normaliseScenario', () => {
  it('uses sessions at 20/s when the file names no traffic', () => {
    const s = withBody('seed: 3');
    expect([s.traffic.kind, s.traffic.ratePerS]).toEqual(['sessions', 20]);
  });

  it('merges a class override field by field over the default', () => {
    const s = withBody('classes: { product: { dbReads: 3 } }');
    expect(s.classes.product).toMatchObject({ dbReads: 3, redisOps: 15, phpCpu: { dist: 'lognormal', meanS: 0.12 } });
  });

  it.each([
    ['250ms', { dist: 'deterministic', valueS: 0.25 }],
    ['{ dist: deterministic, value: 5ms }', { dist: 'deterministic', valueS: 0.005 }],
    ['{ dist: exponential, mean: 100ms }', { dist: 'exponential', meanS: 0.1 }],
    ['{ dist: uniform, min: 10ms, max: 30ms }', { dist: 'uniform', minS: 0.01, maxS: 0.03 }],
    ['{ dist: lognormal, mean: 100ms, p95: 300ms }', { dist: 'lognormal', meanS: 0.1, p95S: 0.3 }],
    ['{ dist: gamma, mean: 1s, cv: 0.5 }', { dist: 'gamma', meanS: 1, cv: 0.5 }],
  ])('maps phpCpu %s to a DistSpec in seconds', (text, spec) => {
    expect(withBody(`classes: { home: { phpCpu: ${text} } }`).classes.home.phpCpu).toEqual(spec);
  });

  it('maps a dbPart whose database is not split to main', () => {
    const unsplit = withBody('seed: 1');
    expect([unsplit.classes.placeOrder.dbPart, unsplit.classes.checkout.dbPart]).toEqual(['main', 'main']);
    const sales = withBody('cluster: { db: { split: [sales] } }');
    expect([sales.classes.placeOrder.dbPart, sales.classes.checkout.dbPart]).toEqual(['sales', 'main']);
    const both = withBody('cluster: { db: { split: [checkout, sales] } }');
    expect([both.classes.placeOrder.dbPart, both.classes.addToCart.dbPart, both.classes.home.dbPart]).toEqual([
      'sales',
      'checkout',
      'main',
    ]);
  });

  it('gives a class made uncacheable a hit ratio of 0, and one made cacheable 0 until told', () => {
    const s = withBody('classes: { product: { cacheable: false }, search: { cacheable: true } }');
    expect([s.cdn.hitRatio.product, s.cdn.hitRatio.search]).toEqual([0, 0]);
    expect(withBody('classes: { search: { cacheable: true } }\ncdn: { hitRatio: { search: 0.5 } }').cdn.hitRatio.search).toBe(0.5);
  });

  it('merges hit ratios over the defaults', () => {
    const s = withBody('cdn: { hitRatio: { product: 0.7 } }');
    expect([s.cdn.hitRatio.home, s.cdn.hitRatio.product]).toEqual([0.95, 0.7]);
  });

  it('holds the first profile point from time 0', () => {
    const s = withBody('traffic: { sessions: { rate: 5/s, profile: [{ at: 10m, x: 2 }, { at: 20m, x: 1 }] } }');
    expect(s.traffic.profile).toEqual([
      { atS: 0, x: 2 },
      { atS: 600, x: 2 },
      { atS: 1200, x: 1 },
    ]);
  });

  it('counts behaviours left out as 0', () => {
    const s = withBody('traffic: { behaviours: { browseOnly: 0.9, guestCheckout: 10% } }');
    if (s.traffic.kind !== 'sessions') throw new Error('sessions expected');
    expect(s.traffic.behaviours).toEqual({ browseAbandonCart: 0, browseOnly: 0.9, guestCheckout: 0.1, customerCheckout: 0 });
  });

  it('replaces only the journeys given', () => {
    const s = withBody('traffic: { journeys: { browseOnly: [home, search] } }');
    if (s.traffic.kind !== 'sessions') throw new Error('sessions expected');
    expect(s.traffic.journeys.browseOnly).toEqual(['home', 'search']);
    expect(s.traffic.journeys.browseAbandonCart).toHaveLength(8);
  });

  it('keeps the request mix as given, or uses the storefront mix', () => {
    const given = withBody('traffic: { requests: { rate: 50/s, mix: { product: 0.75, search: 0.25 } } }');
    expect(given.traffic).toEqual({ kind: 'requests', ratePerS: 50, profile: [{ atS: 0, x: 1 }], mix: { product: 0.75, search: 0.25 } });
    const fallback = withBody('traffic: { requests: { rate: 50/s } }');
    if (fallback.traffic.kind !== 'requests') throw new Error('requests expected');
    const sum = Object.values(fallback.traffic.mix).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(fallback.traffic.mix.search).toBe(0.3);
  });

  it('resolves the scaled architecture with its defaults', () => {
    expect(withBody('cluster: { tier: Pro48, architecture: scaled }').cluster.architecture).toEqual({
      kind: 'scaled',
      webNodes: 3,
      webNode: { vcpu: 8, ramGb: 16 },
      coreNode: { vcpu: 8, ramGb: 32 },
    });
    expect(
      withBody('cluster: { tier: Pro120, architecture: { scaled: { webNodes: 6, webNode: { vcpu: 16 } } } }').cluster.architecture,
    ).toEqual({ kind: 'scaled', webNodes: 6, webNode: { vcpu: 16, ramGb: 16 }, coreNode: { vcpu: 8, ramGb: 32 } });
  });

  it('turns serve-stale on when asked', () => {
    expect(withBody('cdn: { serveStale: true }').cdn.serveStale).toBe(true);
  });

  it('turns on autoscaling with the documented thresholds, or with the ones given', () => {
    expect(withBody('cluster: { tier: Pro48, architecture: scaled }').cluster.autoscaling).toBeNull();
    expect(withBody('cluster: { tier: Pro48, architecture: scaled, autoscaling: false }').cluster.autoscaling).toBeNull();
    expect(withBody('cluster: { tier: Pro48, architecture: { scaled: { webNodes: 4 } }, autoscaling: true }').cluster.autoscaling).toEqual({
      minWebNodes: 4,
      maxWebNodes: 7,
      checkEveryS: 60,
      scaleOut: { cpuAbove: 0.75, forS: 60, trafficGrowth: 0.2, growthOverS: 300 },
      scaleIn: { cpuBelow: 0.6, forS: 1200 },
    });
    const given = withBody(
      'cluster: { tier: Pro48, architecture: scaled, autoscaling: { maxWebNodes: 9, checkEvery: 30s, scaleOut: { cpuAbove: 80%, trafficGrowth: 0.1 }, scaleIn: { for: 30m } } }',
    ).cluster.autoscaling;
    expect(given).toEqual({
      minWebNodes: 3,
      maxWebNodes: 9,
      checkEveryS: 30,
      scaleOut: { cpuAbove: 0.8, forS: 60, trafficGrowth: 0.1, growthOverS: 300 },
      scaleIn: { cpuBelow: 0.6, forS: 1800 },
    });
  });

  it('accepts the scaled architecture on a custom tier as large as Pro48', () => {
    const s = withBody('cluster: { tier: { vcpuPerNode: 16, ramGbPerNode: 48 }, architecture: scaled }');
    expect(s.cluster.tier).toEqual({ name: 'custom', vcpuPerNode: 16, ramGbPerNode: 48 });
  });

  it('reads a fixed PHP worker count', () => {
    expect(withBody('cluster: { php: { workersPerNode: 24 } }').cluster.phpWorkersPerNode).toBe(24);
  });

  it('switches SLO targets off with none or an empty value', () => {
    expect(withBody('slo: { p95: 800ms, p99: none, errorRate: }').slo).toEqual({ p95S: 0.8, p99S: null, errorRate: null, scope: 'origin', classes: {} });
  });
});
