import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { ClusterModel } from '../../src/model/ClusterModel.js';
import type { RunResult } from '../../src/model/RunResult.js';
import { summarise } from '../../src/run/summarise.js';
import { summaryCsv, resourcesCsv } from '../../src/report/index.js';
import { sloVerdict } from '../../src/run/slo.js';
import { baseInput, klass } from '../model/fixtures.js';
import { Deterministic } from '../../sim/distributions/Deterministic.js';

const rows = (csv: string): Record<string, string>[] => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
const slo = { p95S: null, p99S: 3, errorRate: 0.001, scope: 'origin' as const, classes: {} };

/**
 * A run in which every search request failed (its counts rewritten: a RunResult is plain
 * data) while the other pages were fine.
 */
function searchOutage(): RunResult {
  const r = new ClusterModel(baseInput({ durationS: 600, warmupS: 60 })).run();
  const empty = { ...r.classes[1].latency, count: 0, sum: 0, min: 0, max: 0, indices: [], counts: [] };
  const search = r.classes[1];
  const errors = { ...search.errors, 'db-unavailable-503': search.arrivals - search.cdnHits };
  r.classes[1] = { ...search, cdnHits: 0, completed: 0, staleServed: 0, inFlight: 0, errors: { ...errors, 'db-unavailable-503': search.arrivals }, latency: empty, originLatency: empty };
  return r;
}

describe('summary.csv and the SLO mean what they say', () => {
  it('a class with no successful response has empty latency cells, not 0', () => {
    const s = summarise([searchOutage()]);
    const search = rows(summaryCsv(s)).find((r) => r.class === 'search')!;
    expect(Number(search.completed)).toBe(0);
    for (const f of ['mean_ms', 'p50_ms', 'p95_ms', 'p99_ms', 'max_ms', 'origin_p99_ms']) expect(search[f], f).toBe('');
  });

  it('an outage of one class fails the verdict even when the error rate of all pages is within target', () => {
    const s = summarise([searchOutage()]);
    const all = s.classes[s.classes.length - 1];
    expect(all.error_rate).toBeLessThan(0.3);
    const verdict = sloVerdict(s, { ...slo, errorRate: 0.3 });
    expect(verdict.met).toBe(false);
    expect(verdict.lines).toContainEqual(expect.stringMatching(/^MISSED error rate of search 100\.000 %/));
    // A class's own target replaces the SLO-wide one for it.
    const own = sloVerdict(s, { ...slo, errorRate: 0.3, classes: { search: { p95S: null, p99S: null, errorRate: null } } });
    expect(own.met, own.lines.join('; ')).toBe(true);
  });

  it('scope: origin judges the pages that missed Fastly, all the pages with their hits', () => {
    const s = summarise([new ClusterModel(baseInput({ durationS: 600 })).run()]);
    const all = s.classes[s.classes.length - 1];
    expect(all.origin_p99_ms).toBeGreaterThan(all.p99_ms);
    const between = (all.origin_p99_ms + all.p99_ms) / 2000;
    expect(sloVerdict(s, { ...slo, p99S: between, scope: 'origin' }).met).toBe(false);
    expect(sloVerdict(s, { ...slo, p99S: between, scope: 'all' }).met).toBe(true);
  });

  it('with replications each figure is the mean of the replications’ figures, its _ci95 right beside it', () => {
    const runs = [1, 2, 3].map((seed) => new ClusterModel(baseInput({ seed, durationS: 300 })).run());
    const s = summarise(runs);
    const fields = summaryCsv(s).split('\n')[0].split(',');
    for (const f of ['requests', 'p95_ms', 'origin_p99_ms', 'errors_timeout-504']) expect(fields[fields.indexOf(f) + 1]).toBe(`${f}_ci95`);
    const each = runs.map((r) => summarise([r]).classes[0].p95_ms);
    expect(s.classes[0].p95_ms).toBeCloseTo(each.reduce((a, b) => a + b, 0) / 3, 9);
    const resourceFields = resourcesCsv(s).split('\n')[0].split(',');
    for (const f of ['utilisation', 'mean_service_ms', 'arrivals']) expect(resourceFields[resourceFields.indexOf(f) + 1]).toBe(`${f}_ci95`);
    const requests = runs.map((r) => r.classes[0].arrivals);
    expect(s.classes[0].requests).toBeCloseTo(requests.reduce((a, b) => a + b, 0) / 3, 9);
  });

  it('timeseries page latencies leave static assets out: pages all answered by Fastly read the edge latency', () => {
    const classes = [klass('home', { hitRatio: 1 }), klass('static', { phpCpu: new Deterministic(0.05), dbReads: 0, redisOps: 0, hitRatio: 0.5, isStatic: true })];
    const traffic = { kind: 'sessions' as const, ratePerS: 5, profile: [{ atS: 0, x: 1 }], behaviourWeights: [1], journeys: [[0, 0]], thinkBaseS: 1, thinkJitterS: 1, assetsPerPage: 20 };
    const r = new ClusterModel(baseInput({ classes, staticClass: 1, traffic, durationS: 300 })).run();
    expect(r.classes[1].arrivals - r.classes[1].cdnHits).toBeGreaterThan(1000);
    const p99 = r.windows.columns.indexOf('p99_ms');
    for (const row of r.windows.rows.slice(1)) expect(row[p99]).toBe(20);
  });

  it('resources.csv: nodes from 1, pools give how long a worker is held, resources that never ran are left out', () => {
    const base = baseInput({ durationS: 300 });
    const cluster = { ...base.cluster, scaled: { webNodes: 3, webNode: { vcpu: 8, ramGb: 16 }, coreNode: { vcpu: 8, ramGb: 32 } } };
    const r = new ClusterModel({ ...base, cluster, timeline: [{ type: 'web-scale-out', atS: 10_000, count: 2 }] }).run();
    const res = rows(resourcesCsv(summarise([r])));
    expect(res.map((x) => x.resource)).not.toContain('cpu.node7');
    expect(res.find((x) => x.resource === 'cpu.node1')!.node).toBe('1');
    const php = res.find((x) => x.resource === 'php-fpm.node1')!;
    expect(Number(php.mean_service_ms)).toBeGreaterThan(0);
    expect(res.some((x) => x.kind === 'db-threads')).toBe(true);
  });
});
