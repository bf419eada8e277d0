import { describe, expect, it } from 'vitest';
import { formatScenarioError, loadScenarioText, parseDurationS, parseFraction, parseRatePerS } from '../../src/scenario/index.js';

describe('parseDurationS', () => {
  it.each([
    ['250ms', 0.25],
    ['100us', 0.0001],
    ['100µs', 0.0001],
    ['100μs', 0.0001],
    ['30s', 30],
    ['5m', 300],
    ['1h', 3600],
    ['1.5h', 5400],
    ['0.2ms', 0.0002],
    ['1e3ms', 1],
    [' 2 s ', 2],
    [45, 45],
    [0.5, 0.5],
  ])('reads %j as %f seconds', (text, seconds) => {
    expect(parseDurationS(text)).toBeCloseTo(seconds, 12);
  });

  it.each(['5 parsecs', '5', '', '1d', '-5s', 's', '5sec', '1h30m'])('rejects %j as NaN', (text) => {
    expect(parseDurationS(text)).toBeNaN();
  });
});

describe('parseRatePerS', () => {
  it.each([
    ['300/s', 300],
    ['18000/min', 300],
    ['1e6/h', 1e6 / 3600],
    ['20 / s', 20],
    [12.5, 12.5],
  ])('reads %j as %f per second', (text, perS) => {
    expect(parseRatePerS(text)).toBeCloseTo(perS, 9);
  });

  it.each(['300', '300/d', '/s', 'fast', '-1/s'])('rejects %j as NaN', (text) => {
    expect(parseRatePerS(text)).toBeNaN();
  });
});

describe('parseFraction', () => {
  it.each([
    ['0.1%', 0.001],
    ['62%', 0.62],
    ['100%', 1],
    [0.3, 0.3],
  ])('reads %j as %f', (text, fraction) => {
    expect(parseFraction(text)).toBeCloseTo(fraction, 12);
  });

  it.each(['0.1', 'half', '%'])('rejects %j as NaN', (text) => {
    expect(parseFraction(text)).toBeNaN();
  });
});

describe('units in a scenario file', () => {
  const load = (body: string) =>
    loadScenarioText(body.startsWith('{') ? `{ name: units, ${body.slice(1)}` : `name: units\n${body}\n`, 'units.yaml');

  it.each([
    ['duration: 2h', (s: any) => s.durationS, 7200],
    ['{ duration: 90, warmup: 250ms }', (s: any) => s.warmupS, 0.25],
    ['warmup: 0', (s: any) => s.warmupS, 0],
    ['cluster: { services: { redisOp: 100us } }', (s: any) => s.cluster.services.redisOpS, 0.0001],
    ['cluster: { network: { crossAzRtt: 1.5ms } }', (s: any) => s.cluster.network.crossAzRttS, 0.0015],
    ['traffic: { sessions: { rate: 18000/min } }', (s: any) => s.traffic.ratePerS, 300],
    ['traffic: { requests: { rate: 1e6/h } }', (s: any) => s.traffic.ratePerS, 1e6 / 3600],
    ['traffic: { sessions: { rate: 7 } }', (s: any) => s.traffic.ratePerS, 7],
    ['slo: { errorRate: 0.1% }', (s: any) => s.slo.errorRate, 0.001],
    ['slo: { errorRate: 0.02 }', (s: any) => s.slo.errorRate, 0.02],
    ['cdn: { hitRatio: { product: 70% } }', (s: any) => s.cdn.hitRatio.product, 0.7],
  ])('`%s` normalises to SI', (body, pick, value) => {
    const result = load(body);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (result.ok) expect(pick(result.scenario)).toBeCloseTo(value, 12);
  });

  it.each([
    ['duration: 5 parsecs', 'duration', 'a positive duration', '`5 parsecs`'],
    ['duration: 0s', 'duration', 'a positive duration', '`0s`'],
    ['duration: -30', 'duration', 'a positive duration', '-30'],
    ['warmup: -1s', 'warmup', 'a duration such as', '`-1s`'],
    ['window: true', 'window', 'a positive duration', 'true'],
    ['duration: .inf', 'duration', 'a positive duration', '`Infinity`'],
    ['traffic: { sessions: { rate: 20/day } }', 'traffic.sessions.rate', 'a positive rate', '`20/day`'],
    ['traffic: { sessions: { rate: "20" } }', 'traffic.sessions.rate', 'a positive rate', '`20`'],
    ['slo: { errorRate: 150% }', 'slo.errorRate', 'a probability', '`150%`'],
    ['slo: { errorRate: 2 }', 'slo.errorRate', 'a probability', '2'],
    ['cdn: { hitRatio: { home: -0.1 } }', 'cdn.hitRatio.home', 'a probability', '-0.1'],
    ['classes: { home: { dbReads: 2.5 } }', 'classes.home.dbReads', 'a whole number ≥ 0', '2.5'],
    ['classes: { home: { dbReads: -1 } }', 'classes.home.dbReads', 'a whole number ≥ 0', '-1'],
    ['cluster: { php: { workersPerNode: 0 } }', 'cluster.php.workersPerNode', 'a whole number ≥ 1', '0'],
  ])('`%s` is an error at %s', (body, path, expected, found) => {
    const result = load(body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error.path).toBe(path);
    expect(error.expected).toContain(expected);
    expect(error.found).toBe(found);
    expect(formatScenarioError(error)).toContain(`${path}: expected ${error.expected}, found ${found}`);
  });
});
