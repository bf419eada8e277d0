import { describe, it, expect } from 'vitest';
import { ClusterModel } from '../../src/model/ClusterModel.js';
import type { ModelInput, TimelineInput } from '../../src/model/ModelInput.js';
import type { RunResult } from '../../src/model/RunResult.js';
import { baseInput, totalErrors } from './fixtures.js';

function run(timeline: TimelineInput[], over: Partial<ModelInput> = {}): RunResult {
  return new ClusterModel(baseInput({ durationS: 400, warmupS: 30, timeline, ...over })).run();
}

const at = (r: RunResult, component: string, event: string, node?: number): number => {
  const e = r.log.find((x) => x.component === component && x.event === event && (node === undefined || x.node === node));
  if (!e) throw new Error(`no ${component} ${event} in ${JSON.stringify(r.log)}`);
  return e.atS;
};

function conserved(r: RunResult): void {
  for (const c of r.classes) {
    const errors = totalErrors(c);
    expect(c.completed + errors + c.inFlight, c.name).toBe(c.arrivals);
    expect(c.inFlight, c.name).toBeGreaterThanOrEqual(0);
  }
}

const errorsOf = (r: RunResult, cause: keyof RunResult['classes'][number]['errors']): number => r.classes.reduce((a, c) => a + c.errors[cause], 0);

describe('node crash', () => {
  it('the ELB stops sending traffic to a dead VM 35–65 s after it dies (two failed 30 s checks, 5 s timeout)', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const r = run([{ type: 'node-crash', atS: 100, node: 2 }], { seed });
      const removed = at(r, 'elb', 'removed', 2) - 100;
      expect(removed).toBeGreaterThanOrEqual(35);
      expect(removed).toBeLessThan(65);
      expect(errorsOf(r, 'node-down-504')).toBeGreaterThan(0);
      conserved(r);
    }
  });

  it('losing one Galera node of three stalls commits 5–5.5 s, then a two-node primary view', () => {
    const r = run([{ type: 'node-crash', atS: 100, node: 1 }]);
    const view = r.log.find((e) => e.event.startsWith('view-change'))!;
    expect(view.event).toBe('view-change primary');
    expect(view.detail).toBe('members 1 3');
    expect(view.atS - 100).toBeGreaterThanOrEqual(5);
    expect(view.atS - 100).toBeLessThanOrEqual(5.5);
    expect(errorsOf(r, 'db-unavailable-503')).toBe(0);
    conserved(r);
  });

  it('losing two nodes at once leaves the survivor non-primary: every query fails', () => {
    const r = run([
      { type: 'node-crash', atS: 100, node: 1 },
      { type: 'node-crash', atS: 100, node: 2 },
    ]);
    expect(r.log.filter((e) => e.event.startsWith('view-change')).map((e) => e.event)).toContain('view-change non-primary');
    expect(errorsOf(r, 'db-unavailable-503')).toBeGreaterThan(100);
    conserved(r);
  });

  it('losing one node, then another, also leaves the survivor non-primary', () => {
    const r = run([
      { type: 'node-crash', atS: 100, node: 1 },
      { type: 'node-crash', atS: 200, node: 2 },
    ]);
    const views = r.log.filter((e) => e.event.startsWith('view-change')).map((e) => e.event);
    expect(views).toEqual(['view-change primary', 'view-change non-primary']);
    conserved(r);
  });

  it('the main node’s loss moves port 3306 to a survivor after HAProxy’s 10–12 s', () => {
    const r = run([{ type: 'node-crash', atS: 100, node: 0 }]);
    const marked = at(r, 'haproxy', 'marked down', 0) - 100;
    expect(marked).toBeGreaterThanOrEqual(10);
    expect(marked).toBeLessThan(12);
    expect(r.log.find((e) => e.event === 'main node')!.node).toBe(1);
    conserved(r);
  });

  it('Redis calls fail for 31–34 s after the master dies, until Sentinel promotes a replica', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const r = run([{ type: 'node-crash', atS: 100, node: 0 }], { seed });
      expect(at(r, 'sentinel', 'sdown', 0) - 100).toBe(30);
      const promoted = at(r, 'sentinel', 'promoted') - 100;
      expect(promoted).toBeGreaterThanOrEqual(31);
      expect(promoted).toBeLessThanOrEqual(34);
      expect(errorsOf(r, 'redis-unavailable-503')).toBeGreaterThan(0);
      conserved(r);
    }
  });

  it('a recovered VM rejoins Galera and is back behind the ELB 120–150 s later', () => {
    const r = run([
      { type: 'node-crash', atS: 60, node: 2 },
      { type: 'node-recover', atS: 150, node: 2 },
    ]);
    const back = at(r, 'elb', 'back in service', 2) - 150;
    expect(back).toBeGreaterThanOrEqual(120);
    expect(back).toBeLessThan(150);
    expect(at(r, 'galera', 'IST start', 2)).toBe(150);
    expect(r.log.find((e) => e.event === 'synced')!.detail).toMatch(/members 1 2 3, primary/);
    conserved(r);
  });

  it('the same seed gives the same event log', () => {
    const timeline: TimelineInput[] = [
      { type: 'node-crash', atS: 80, node: 0 },
      { type: 'node-recover', atS: 200, node: 0 },
    ];
    expect(run(timeline).log).toEqual(run(timeline).log);
  });
});

describe('availability-zone outage', () => {
  it('takes down every VM in the zone for its duration, then they rejoin', () => {
    const r = run([{ type: 'az-outage', atS: 100, az: 1, forS: 120 }]);
    expect(at(r, 'vm', 'crashed', 1)).toBe(100);
    expect(r.log.filter((e) => e.event === 'crashed').map((e) => e.node)).toEqual([1]);
    expect(at(r, 'vm', 'recovered', 1)).toBe(220);
    expect(at(r, 'az', 'back')).toBe(220);
    conserved(r);
  });

  it('in the scaled architecture the zone takes its web nodes and its core node', () => {
    const base = baseInput();
    const r = run([{ type: 'az-outage', atS: 100, az: 0, forS: 60 }], {
      cluster: { ...base.cluster, scaled: { webNodes: 6, webNode: { vcpu: 8, ramGb: 16 }, coreNode: { vcpu: 8, ramGb: 32 } } },
    });
    // Web nodes 0 and 3 are in zone a, and core node 6.
    expect(r.log.filter((e) => e.event === 'crashed').map((e) => e.node)).toEqual([0, 3, 6]);
    conserved(r);
  });
});

describe('service crash', () => {
  it('a dead PHP-FPM answers 502 at once and leaves the ELB 30–60 s later; back after its restart', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const r = run([{ type: 'service-crash', atS: 100, node: 1, service: 1, forS: 60 }], { seed });
      expect(at(r, 'php', 'crashed', 1)).toBe(100);
      const removed = at(r, 'elb', 'removed', 1) - 100;
      expect(removed).toBeGreaterThanOrEqual(30);
      expect(removed).toBeLessThan(60);
      expect(errorsOf(r, 'php-down-502')).toBeGreaterThan(0);
      expect(errorsOf(r, 'node-down-504')).toBe(0);
      const back = at(r, 'elb', 'back in service', 1) - 160;
      expect(back).toBeGreaterThanOrEqual(120);
      expect(back).toBeLessThan(150);
      conserved(r);
    }
  });

  it('a dead mysqld on the main node is refused, so HAProxy moves port 3306 after 4–6 s', () => {
    const r = run([{ type: 'service-crash', atS: 100, node: 0, service: 2, forS: null }]);
    const marked = at(r, 'haproxy', 'marked down', 0) - 100;
    expect(marked).toBeGreaterThanOrEqual(4);
    expect(marked).toBeLessThan(6);
    expect(r.log.find((e) => e.event.startsWith('view-change'))!.event).toBe('view-change primary');
    expect(errorsOf(r, 'node-down-504') + errorsOf(r, 'php-down-502')).toBe(0);
    conserved(r);
  });

  it('a dead Redis master fails Redis calls until Sentinel promotes a replica, the VM serving on', () => {
    const r = run([{ type: 'service-crash', atS: 100, node: 0, service: 4, forS: 120 }]);
    const promoted = at(r, 'sentinel', 'promoted') - 100;
    expect(promoted).toBeGreaterThanOrEqual(31);
    expect(promoted).toBeLessThanOrEqual(34);
    expect(errorsOf(r, 'redis-unavailable-503')).toBeGreaterThan(0);
    expect(errorsOf(r, 'node-down-504')).toBe(0);
    expect(at(r, 'redis', 'restarted', 0)).toBe(220);
    conserved(r);
  });
});

describe('backup', () => {
  it('makes the main node’s queries dearer for the dump’s duration', () => {
    const cpu0 = (timeline: TimelineInput[]): number => run(timeline, { durationS: 420, warmupS: 0 }).resources.find((x) => x.name === 'cpu.node1')!.meanBusy;
    const plain = cpu0([]);
    const backup = cpu0([{ type: 'backup', atS: 0 }]);
    expect(backup).toBeGreaterThan(plain * 1.05);
  });
});

describe('rolling upscale', () => {
  it('rotates one node at a time; its total is the sum of the phases; two nodes carry the load meanwhile', () => {
    const r = run([{ type: 'upscale', atS: 100, vcpu: 16, ramGb: 64 }], { durationS: 3600, warmupS: 60 });
    const rot = (node: number, event: string): number => at(r, 'rotation', event, node);
    let sum = 0;
    let previousEnd = 100;
    for (const node of [0, 1, 2]) {
      const start = rot(node, 'phase started');
      expect(start).toBe(previousEnd);
      const drained = rot(node, 'drained');
      expect(drained - start).toBeLessThanOrEqual(300);
      expect(rot(node, 'resized') - drained).toBe(600);
      const end = rot(node, 'phase ended');
      // Back once the ELB's five passing checks (120–150 s) and Galera's IST are done.
      expect(end - rot(node, 'resized')).toBeGreaterThanOrEqual(120);
      expect(end - rot(node, 'resized')).toBeLessThan(152);
      sum += end - start;
      previousEnd = end;
    }
    const complete = at(r, 'upscale', 'complete');
    expect(complete - 100).toBeCloseTo(sum, 9);
    // While a node is stopped for its resize, two VMs run.
    const cols = r.windows.columns;
    const active = cols.indexOf('active_nodes');
    for (const node of [0, 1, 2]) {
      const from = Math.ceil(rot(node, 'drained') / 10) + 1;
      const to = Math.floor(rot(node, 'resized') / 10) - 1;
      for (let wi = from; wi < to; wi++) expect(r.windows.rows[wi][active], `window ${wi}`).toBe(2);
    }
    // Each node ends with 16 cores: the mean capacity over the run lies between the sizes.
    for (const cpu of r.resources.filter((x) => x.kind === 'cpu')) {
      expect(cpu.capacity).toBeGreaterThan(8);
      expect(cpu.capacity).toBeLessThan(16);
    }
    conserved(r);
  });
});

describe('mechanics overrides', () => {
  it('a shorter Sentinel down-after-milliseconds shortens the Redis outage accordingly', () => {
    const base = baseInput();
    const r = run([{ type: 'node-crash', atS: 100, node: 0 }], { mechanics: { ...base.mechanics, sentinel: { downAfterS: 10, failoverMinS: 1, failoverMaxS: 2 } } });
    expect(at(r, 'sentinel', 'sdown', 0) - 100).toBe(10);
    const promoted = at(r, 'sentinel', 'promoted') - 100;
    expect(promoted).toBeGreaterThanOrEqual(11);
    expect(promoted).toBeLessThanOrEqual(12);
  });
});

describe('network partition', () => {
  it('a cut-off node goes non-primary, its web node leaves the ELB, and it resyncs after the heal', () => {
    const r = run([{ type: 'partition', atS: 100, nodes: [2], forS: 120 }]);
    const view = r.log.find((e) => e.event.startsWith('view-change'))!;
    expect(view.event).toBe('view-change primary');
    expect(view.detail).toMatch(/^members 1 2;/);
    expect(view.atS - 100).toBeGreaterThanOrEqual(5);
    expect(view.atS - 100).toBeLessThanOrEqual(5.5);
    const removed = at(r, 'elb', 'removed', 2) - 100;
    expect(removed).toBeGreaterThanOrEqual(35);
    expect(removed).toBeLessThan(65);
    expect(errorsOf(r, 'db-unavailable-503') + errorsOf(r, 'redis-unavailable-503')).toBeGreaterThan(0);
    expect(at(r, 'network', 'healed')).toBe(220);
    expect(at(r, 'galera', 'IST start', 2)).toBe(220);
    const back = at(r, 'elb', 'back in service', 2) - 220;
    expect(back).toBeGreaterThanOrEqual(120);
    expect(back).toBeLessThan(150);
    conserved(r);
  });

  it('cutting off the main node and Redis master fails both over on the majority side', () => {
    const r = run([{ type: 'partition', atS: 100, nodes: [0], forS: 200 }]);
    const marked = at(r, 'haproxy', 'marked down', 0) - 100;
    expect(marked).toBeGreaterThanOrEqual(10);
    expect(marked).toBeLessThan(12);
    expect(r.log.find((e) => e.event === 'main node')!.node).toBe(1);
    const promoted = r.log.find((e) => e.event === 'promoted')!;
    expect(promoted.node).toBe(1);
    expect(promoted.atS - 100).toBeGreaterThanOrEqual(31);
    expect(promoted.atS - 100).toBeLessThanOrEqual(34);
    conserved(r);
  });
});

describe('web scale-out', () => {
  it('adds web nodes that boot, pass the ELB checks and then take a share of the traffic', () => {
    const base = baseInput();
    const r = run([{ type: 'web-scale-out', atS: 100, count: 2 }], {
      durationS: 900,
      cluster: { ...base.cluster, scaled: { webNodes: 3, webNode: { vcpu: 8, ramGb: 16 }, coreNode: { vcpu: 8, ramGb: 32 } } },
    });
    // Spare web nodes follow the three core nodes: ids 6 and 7.
    for (const node of [6, 7]) {
      expect(at(r, 'vm', 'provisioned', node)).toBe(100 + 180);
      const admitted = at(r, 'elb', 'back in service', node) - 280;
      expect(admitted).toBeGreaterThanOrEqual(120);
      expect(admitted).toBeLessThan(150);
      const pool = r.resources.find((x) => x.name === `php-fpm.node${node + 1}`)!;
      expect(pool.arrivals).toBeGreaterThan(0);
    }
    conserved(r);
  });
});

describe('Fastly serve-stale', () => {
  const cdnStale = { ...baseInput().cdn, serveStale: true };

  it('answers failed fetches of cacheable classes with the stale copy; uncacheable ones still fail', () => {
    const crash = [{ type: 'node-crash' as const, atS: 100, node: 2 }];
    const off = run(crash);
    const on = run(crash, { cdn: cdnStale });
    const product = (r: RunResult) => r.classes.find((c) => c.name === 'product')!;
    const search = (r: RunResult) => r.classes.find((c) => c.name === 'search')!;
    expect(product(off).errors['node-down-504']).toBeGreaterThan(0);
    expect(product(off).staleServed).toBe(0);
    // Without a purge every cacheable miss had a copy: none of product's failures show.
    expect(totalErrors(product(on))).toBe(0);
    expect(product(on).staleServed).toBeGreaterThan(0);
    expect(search(on).staleServed).toBe(0);
    expect(search(on).errors['node-down-504']).toBeGreaterThan(0);
    conserved(on);
  });

  it('after a purge, only the ordinary miss share has a stale copy: (1 − h) / (1 − h·warm)', () => {
    // A purge at the crash, with so many product pages that the cache stays cold
    // (warm ≈ 0) for the run: a failed product fetch finds a stale copy with probability 1 − h = 0.15.
    const classes = baseInput().classes.map((k) => (k.name === 'product' ? { ...k, cdnObjects: 1e12 } : k));
    const r = run(
      [
        { type: 'cache-purge', atS: 100 },
        { type: 'node-crash', atS: 100, node: 2 },
      ],
      { cdn: cdnStale, classes },
    );
    const product = r.classes.find((c) => c.name === 'product')!;
    const failed = totalErrors(product);
    const n = failed + product.staleServed;
    expect(n).toBeGreaterThan(300);
    const p = product.staleServed / n;
    // 99.9 % normal interval of a binomial proportion around 0.15.
    const half = 3.29 * Math.sqrt((0.15 * 0.85) / n);
    expect(Math.abs(p - 0.15)).toBeLessThan(half);
    conserved(r);
  });
});

describe('Redis writes lost with the master', () => {
  const lostIn = (r: RunResult): number => {
    const e = r.log.find((x) => x.component === 'redis' && x.event === 'writes lost');
    if (!e) throw new Error('no writes lost logged');
    return Number(/(\d+) writes/.exec(e.detail)![1]);
  };

  it('are the writes the master acknowledged within the replication lag before it died', () => {
    // Redis visits: 100/s × (product 0.5 × 0.15 miss + search 0.2 + addToCart 0.1) = 37.5/s,
    // 15 operations each. With a 2 s lag and every operation a write, a crash loses
    // 15 × Poisson(75) operations: mean 1125, standard deviation 15·√75 ≈ 130.
    const mechanics = { ...baseInput().mechanics, redisReplication: { lagS: 2, writeShare: 1 } };
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const lost = seeds.map((seed) => lostIn(run([{ type: 'node-crash', atS: 100, node: 0 }], { seed, mechanics })));
    const mean = lost.reduce((a, b) => a + b, 0) / lost.length;
    expect(Math.abs(mean - 1125)).toBeLessThan((3.29 * 15 * Math.sqrt(75)) / Math.sqrt(seeds.length));
    for (const n of lost) expect(n % 15).toBe(0); // whole visits
  });

  it('are counted for a Redis process crash too, and scale with the write share; a planned switchover loses none', () => {
    const mechanics = { ...baseInput().mechanics, redisReplication: { lagS: 2, writeShare: 1 } };
    const all = lostIn(run([{ type: 'service-crash', atS: 100, node: 0, service: 4, forS: null }], { mechanics }));
    const fifth = lostIn(run([{ type: 'service-crash', atS: 100, node: 0, service: 4, forS: null }], { mechanics: { ...mechanics, redisReplication: { lagS: 2, writeShare: 0.2 } } }));
    expect(all).toBeGreaterThan(0);
    expect(fifth).toBe(Math.round(all * 0.2));
    const upscale = run([{ type: 'upscale', atS: 100, vcpu: 16, ramGb: 64 }], { durationS: 3000 });
    expect(upscale.log.some((e) => e.event === 'writes lost')).toBe(false);
    expect(upscale.log.some((e) => e.component === 'sentinel' && e.event === 'failover')).toBe(true);
  });
});

describe('availability-zone outage', () => {
  it('brings back only the VMs it took down: not a spare web node never launched, nor one crashed before', () => {
    const base = baseInput();
    // Scaled: web nodes 0–2, core 3–5; the spare web node 6 sits in zone a.
    const scaled = run(
      [
        { type: 'az-outage', atS: 100, az: 0, forS: 60 },
        { type: 'web-scale-out', atS: 300, count: 1 },
      ],
      { durationS: 900, cluster: { ...base.cluster, scaled: { webNodes: 3, webNode: { vcpu: 8, ramGb: 16 }, coreNode: { vcpu: 8, ramGb: 32 } } } },
    );
    expect(scaled.log.filter((e) => e.event === 'recovered').map((e) => e.node)).toEqual([0, 3]);
    expect(scaled.log.filter((e) => e.node === 6).map((e) => [e.event, e.atS])[0]).toEqual(['provisioned', 480]);
    conserved(scaled);
    // Standard: node 2 (zone b) crashed before the outage stays down after it.
    const standard = run([
      { type: 'node-crash', atS: 100, node: 1 },
      { type: 'az-outage', atS: 150, az: 1, forS: 60 },
    ]);
    expect(standard.log.filter((e) => e.component === 'vm').map((e) => e.event)).toEqual(['crashed']);
    conserved(standard);
  });
});
