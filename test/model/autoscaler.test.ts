import { describe, it, expect } from 'vitest';
import { ClusterModel } from '../../src/model/ClusterModel.js';
import type { AutoscalingInput, ModelInput } from '../../src/model/ModelInput.js';
import type { RunResult } from '../../src/model/RunResult.js';
import { incidents } from '../../src/run/incidents.js';
import { baseInput, totalErrors } from './fixtures.js';

/** The documented thresholds (Adobe's autoscaling.md), checked every minute. */
const POLICY: AutoscalingInput = {
  minWebNodes: 3,
  maxWebNodes: 4,
  checkEveryS: 60,
  scaleOut: { cpuAbove: 0.75, forS: 60, trafficGrowth: 0.2, growthOverS: 300 },
  scaleIn: { cpuBelow: 0.6, forS: 1200 },
};

/** Three 4-vCPU web nodes (ids 0–2) in front of three core nodes (3–5); the spare web node is id 6. */
function run(over: Partial<ModelInput>, policy: AutoscalingInput = POLICY): RunResult {
  const base = baseInput();
  return new ClusterModel(
    baseInput({
      warmupS: 60,
      cluster: { ...base.cluster, scaled: { webNodes: 3, webNode: { vcpu: 4, ramGb: 16 }, coreNode: { vcpu: 16, ramGb: 64 } }, autoscaling: policy },
      ...over,
    }),
  ).run();
}

const logged = (r: RunResult, event: string) => r.log.filter((e) => e.component === 'autoscale' && e.event === event);

/** Mean CPU utilisation of web nodes `nodes` over [fromS, toS), from timeseries.csv's windows. */
function webCpu(r: RunResult, nodes: number[], fromS: number, toS: number): number {
  const w = r.windows.widthS;
  let sum = 0;
  let n = 0;
  for (let i = Math.round(fromS / w); i < Math.round(toS / w); i++) {
    for (const node of nodes) {
      sum += r.windows.rows[i][r.windows.columns.indexOf(`cpu_util.cpu.node${node + 1}`)];
      n++;
    }
  }
  return sum / n;
}

function conserved(r: RunResult): void {
  for (const c of r.classes) {
    const errors = totalErrors(c);
    expect(c.completed + errors + c.inFlight, c.name).toBe(c.arrivals);
  }
}

/** About 60 % web CPU at the base rate; the surge doubles it and saturates the web tier. */
const SURGE: ModelInput['traffic'] = {
  kind: 'requests',
  ratePerS: 120,
  mix: [0.5, 0.2, 0.1, 0.2],
  profile: [
    { atS: 0, x: 1 },
    { atS: 900, x: 1 },
    { atS: 960, x: 2 },
    { atS: 1500, x: 2 },
    { atS: 1560, x: 1 },
  ],
};

/** A steady climb from 1× at 10 min to 5× at 40 min. */
const RAMP: ModelInput['traffic'] = {
  kind: 'requests',
  ratePerS: 120,
  mix: [0.5, 0.2, 0.1, 0.2],
  profile: [
    { atS: 0, x: 1 },
    { atS: 600, x: 1 },
    { atS: 2400, x: 5 },
  ],
};

describe('web-tier autoscaling (scaled architecture)', () => {
  const surge = run({ durationS: 3000, traffic: SURGE });

  it('adds a node at a check after a minute above 75 % CPU while traffic grew 20 %, then the ELB admits it', () => {
    const out = logged(surge, 'scale-out');
    expect(out).toHaveLength(1); // maxWebNodes 4: one more than the three
    const d = out[0].atS;
    expect(d % 60).toBe(0);
    expect(d).toBeGreaterThan(960);
    expect(d).toBeLessThanOrEqual(1260);
    expect(out[0].node).toBe(6);
    // The CPU the policy saw is the web tier's, as timeseries.csv shows it for that minute.
    const seen = Number(/web CPU (\d+) %/.exec(out[0].detail)![1]) / 100;
    expect(seen).toBeGreaterThan(0.75);
    expect(Math.abs(seen - webCpu(surge, [0, 1, 2], d - 60, d))).toBeLessThanOrEqual(0.006);
    expect(Number(/traffic \+(\d+) %/.exec(out[0].detail)![1])).toBeGreaterThan(20);
    // Boot (mechanics.scaleOut.boot), then five passing checks 30 s apart.
    const provisioned = surge.log.find((e) => e.event === 'provisioned' && e.node === 6)!;
    expect(provisioned.atS).toBe(d + 180);
    const admitted = surge.log.find((e) => e.component === 'elb' && e.event === 'back in service' && e.node === 6)!;
    expect(admitted.atS - provisioned.atS).toBeGreaterThanOrEqual(120);
    expect(admitted.atS - provisioned.atS).toBeLessThan(150);
    // Before the surge, CPU stayed below the threshold: nothing happened.
    expect(webCpu(surge, [0, 1, 2], 60, 900)).toBeLessThan(0.75);
    conserved(surge);
  });

  it('removes the added node after 20 minutes at or below 60 %, draining it first, and never goes below the minimum', () => {
    const inEvents = logged(surge, 'scale-in');
    expect(inEvents).toHaveLength(1);
    const s = inEvents[0];
    expect(s.node).toBe(6); // nodes leave in the order they were added
    expect(s.atS % 60).toBe(0);
    // Twenty samples at or below 60 % on the four active web nodes, after the surge ended.
    expect(s.atS).toBeGreaterThanOrEqual(1560 + 1200);
    expect(webCpu(surge, [0, 1, 2, 6], s.atS - 1200, s.atS)).toBeLessThanOrEqual(0.6);
    const drained = logged(surge, 'drained')[0];
    expect(drained.atS).toBeGreaterThan(s.atS);
    expect(drained.atS).toBeLessThanOrEqual(s.atS + 300); // the deregistration delay at most
    expect(surge.log.find((e) => e.event === 'stopped' && e.node === 6)!.atS).toBe(drained.atS);
    // The stopped node takes no more traffic.
    const last = surge.windows.rows.length - 1;
    expect(surge.windows.rows[last][surge.windows.columns.indexOf('cpu_util.cpu.node7')]).toBe(0);
  });

  it('does not scale out on high CPU alone: the traffic must be growing', () => {
    // About 85 % web CPU from the start, at a flat rate.
    const flat = run({ durationS: 1500, traffic: { kind: 'requests', ratePerS: 230, mix: [0.5, 0.2, 0.1, 0.2], profile: [{ atS: 0, x: 1 }] } });
    expect(webCpu(flat, [0, 1, 2], 600, 1500)).toBeGreaterThan(0.75);
    expect(logged(flat, 'scale-out')).toHaveLength(0);
    conserved(flat);
  });

  it('never runs more web nodes than maxWebNodes, and keeps adding one at a time while the surge grows', () => {
    const ramp = run({ durationS: 2400, traffic: RAMP }, { ...POLICY, maxWebNodes: 6 });
    const out = logged(ramp, 'scale-out');
    expect(out.map((e) => e.node)).toEqual([6, 7, 8]);
    // One action at a time: each launch waits for the previous node to be in service.
    for (let i = 1; i < out.length; i++) {
      const admitted = ramp.log.find((e) => e.component === 'elb' && e.event === 'back in service' && e.node === out[i - 1].node)!;
      expect(out[i].atS).toBeGreaterThan(admitted.atS);
    }
    conserved(ramp);
  });

  it('goes on deciding when a new node dies before it is in service', () => {
    const first = logged(run({ durationS: 2400, traffic: RAMP }, { ...POLICY, maxWebNodes: 6 }), 'scale-out')[0];
    // The node boots at decision + 3 min and dies a second later, before its ELB checks pass.
    const r = run({ durationS: 2400, traffic: RAMP, timeline: [{ type: 'node-crash', atS: first.atS + 181, node: 6 }] }, { ...POLICY, maxWebNodes: 6 });
    const out = logged(r, 'scale-out');
    expect(out[0].atS).toBe(first.atS);
    expect(out.length).toBeGreaterThan(1);
    expect(out[1].atS).toBeGreaterThan(first.atS + 181);
    conserved(r);
  });

  it('gives each action an incident row: the time until the node is in service or stopped, and what it cost', () => {
    const rows = incidents([], [surge], { p95S: null, p99S: 3, errorRate: 0.001, scope: 'all' as const, classes: {} }, 20 * 2 ** 30);
    expect(rows.map((r) => r.incident)).toEqual(['autoscale scale-out node 7', 'autoscale scale-in node 7']);
    const [out, inRow] = rows;
    const admitted = surge.log.find((e) => e.component === 'elb' && e.event === 'back in service' && e.node === 6)!;
    expect(out.startS + out.mechanicsSettledS!).toBe(admitted.atS);
    const stopped = surge.log.find((e) => e.event === 'stopped' && e.node === 6)!;
    expect(inRow.startS + inRow.mechanicsSettledS!).toBe(stopped.atS);
    // The web tier was saturated until the new node took its share.
    expect(out.p99DuringMs).toBeGreaterThan(out.p99BeforeMs);
  });

  it('is deterministic: the same seed gives the same decisions', () => {
    const again = run({ durationS: 3000, traffic: SURGE });
    expect(again.log).toEqual(surge.log);
  });
});
