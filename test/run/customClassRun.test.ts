import { describe, it, expect } from 'vitest';
import { runScenario } from '../../src/run/runScenario.js';
import { scenarioOf as load } from '../support/scenarioOf.js';


const demand = '{ phpCpu: { dist: lognormal, mean: 120ms, p95: 350ms }, dbReads: 12, dbWrites: 1, redisOps: 15, searches: 1, cacheable: true }';
const run = (cls: string, classes: string) =>
  runScenario(load(`name: t\nduration: 4m\nwarmup: 30s\nseed: 7\ncluster: { tier: Pro24 }\nclasses: { ${classes} }\ncdn: { hitRatio: { ${cls}: 0.8 } }\ntraffic: { requests: { rate: 40/s, mix: { ${cls}: 1 } } }\n`)).summary;

describe('a request class of the scenario’s own', () => {
  it('is simulated exactly like a built-in class given the same demand', () => {
    const builtIn = run('product', `product: ${demand}`);
    const own = run('catalogApi', `catalogApi: ${demand}`);
    const row = (s: typeof own, name: string) => {
      const found = s.classes.find((c) => c.class === name);
      if (found === undefined) throw new Error(`no ${name} row`);
      return { ...found, class: 'x' };
    };
    expect(row(own, 'catalogApi').requests).toBeGreaterThan(5000);
    expect(row(own, 'catalogApi')).toEqual(row(builtIn, 'product'));
    expect(row(own, 'all')).toEqual(row(builtIn, 'all'));
    expect(own.resources).toEqual(builtIn.resources);
  });
});

describe('pageAssets', () => {
  const sessions = (pageAssets: boolean) =>
    runScenario(
      load(
        `name: t\nduration: 3m\nwarmup: 30s\nclasses: { api: { phpCpu: 30ms, dbReads: 2, pageAssets: ${pageAssets} } }\n` +
          'traffic: { sessions: { rate: 4/s }, assetsPerPage: 10, behaviours: { integration: 1 }, journeys: { integration: [api, api, api] } }\n',
      ),
    ).summary;
  const count = (s: ReturnType<typeof sessions>, name: string) => s.classes.find((c) => c.class === name)?.requests ?? 0;

  it('an API class pulls no static assets; a page class pulls assetsPerPage per answered page', () => {
    const api = sessions(false);
    expect(count(api, 'api')).toBeGreaterThan(1000);
    expect(count(api, 'static')).toBe(0);
    const page = sessions(true);
    // Assets follow their page by the response time, so a few of the window's pages have theirs after the end.
    expect(count(page, 'static') / count(page, 'api')).toBeGreaterThan(9.9);
    expect(count(page, 'static') / count(page, 'api')).toBeLessThanOrEqual(10.05);
  });
});
