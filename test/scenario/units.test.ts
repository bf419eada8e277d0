import { describe, expect, it } from 'vitest';
import {
  formatScenarioError,
  loadScenarioText,
  parseBytes,
  parseBytesPerS,
  parseDurationS,
  parseFraction,
  parseRatePerS,
} from '../../src/scenario/index.js';

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
    ['1h30m', 5400],
    ['2m 30s', 150],
    ['1h0m5s', 3605],
    ['1s500ms', 1.5],
    ['5m5s', 305],
    [45, 45],
    [0.5, 0.5],
  ])('reads %j as %f seconds', (text, seconds) => {
    expect(parseDurationS(text)).toBeCloseTo(seconds, 12);
  });

  it.each(['5 parsecs', '5', '', '1d', '-5s', 's', '5sec', '30m1h', '1h30', '5m5m', 'h1', '1h-30m'])('rejects %j as NaN', (text) => {
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

describe('parseBytes', () => {
  it.each([
    ['512B', 512],
    ['2KB', 2048],
    ['128MB', 128 * 1024 ** 2],
    ['20GB', 20 * 1024 ** 3],
    ['1TB', 1024 ** 4],
    ['1.5KB', 1536],
    [' 4 MB ', 4 * 1024 ** 2],
    [4096, 4096],
  ])('reads %j as %d bytes', (text, bytes) => {
    expect(parseBytes(text)).toBe(bytes);
  });

  it.each(['128', '128mb', '128Mb', '1PB', 'MB', '-1MB', '1GiB', '175MB/s', '1 GB GB'])('rejects %j as NaN', (text) => {
    expect(parseBytes(text)).toBeNaN();
  });
});

describe('parseBytesPerS', () => {
  it.each([
    ['175MB/s', 175 * 1024 ** 2],
    ['1GB/s', 1024 ** 3],
    ['512 B / s', 512],
    ['0.5KB/s', 512],
    [1e6, 1e6],
  ])('reads %j as %d bytes per second', (text, perS) => {
    expect(parseBytesPerS(text)).toBe(perS);
  });

  it.each(['175MB', '175MB/min', '175/s', '1gb/s', 'fast', '-1MB/s'])('rejects %j as NaN', (text) => {
    expect(parseBytesPerS(text)).toBeNaN();
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
    ['mechanics: { galera: { writesetSize: 4KB } }', (s: any) => s.mechanics.galera.writesetBytes, 4096],
    ['mechanics: { databaseSize: 1e9 }', (s: any) => s.mechanics.databaseBytes, 1e9],
    ['mechanics: { galera: { sstRate: 1GB/s } }', (s: any) => s.mechanics.galera.sstBytesPerS, 1024 ** 3],
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
    ['mechanics: { databaseSize: 20 gigs }', 'mechanics.databaseSize', 'a size such as 128MB or 20GB', '`20 gigs`'],
    ['mechanics: { databaseSize: "20" }', 'mechanics.databaseSize', 'a size such as 128MB or 20GB', '`20`'],
    ['mechanics: { databaseSize: -1 }', 'mechanics.databaseSize', 'a size such as 128MB or 20GB', '-1'],
    ['mechanics: { galera: { sstRate: 0MB/s } }', 'mechanics.galera.sstRate', 'a positive byte rate', '`0MB/s`'],
    ['mechanics: { galera: { sstRate: 175MB/min } }', 'mechanics.galera.sstRate', 'a positive byte rate', '`175MB/min`'],
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

describe('values too large to be numbers', () => {
  it.each([
    ['parseDurationS', parseDurationS, '1e400s'],
    ['parseDurationS', parseDurationS, '1e400ms'],
    ['parseDurationS', parseDurationS, '1e308h'],
    ['parseRatePerS', parseRatePerS, '1e400/s'],
    ['parseBytes', parseBytes, '1e400GB'],
    ['parseBytesPerS', parseBytesPerS, '1e400MB/s'],
    ['parseFraction', parseFraction, '1e400%'],
  ])('%s(%s) is NaN, not Infinity', (_name, parse, text) => {
    expect(parse(text)).toBeNaN();
  });

  it.each([
    ['duration: 1e400s', 'duration'],
    ['warmup: 1e400ms', 'warmup'],
    ['traffic: { sessions: { rate: 1e400/s } }', 'traffic.sessions.rate'],
    ['mechanics: { databaseSize: 1e400GB }', 'mechanics.databaseSize'],
    ['slo: { errorRate: 1e400% }', 'slo.errorRate'],
    ['duration: 1e400', 'duration'],
  ])('%s is refused at its field, saying why', (line, field) => {
    const r = loadScenarioText(`name: t\n${line}\n`, 'f.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const message = r.errors.map(formatScenarioError).join('\n');
    expect(message).toMatch(new RegExp(`^f\\.yaml:2:\\d+: ${field.replace(/\./g, '\\.')}: expected`));
    if (/e400[a-zA-Z/%]/.test(line)) expect(message).toMatch(/no larger than a number can hold/);
  });
});
