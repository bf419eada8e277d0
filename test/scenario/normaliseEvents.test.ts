import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, formatScenarioError, loadScenarioText, type Scenario, type TimelineEvent } from '../../src/scenario/index.js';

function load(lines: string[]): Scenario {
  const result = loadScenarioText(`${lines.join('\n')}\n`, 'test.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatScenarioError).join('\n'));
  return result.scenario;
}

describe('a timeline with every event type', () => {
  const standard = load([
    'name: t',
    'cluster: { tier: Pro24 }',
    'events:',
    '  - { at: 20m, type: node-crash, node: 2 }',
    '  - { at: 35m, type: node-recover, node: 2 }',
    '  - { at: 10m, type: service-crash, node: 1, service: redis }',
    '  - { at: 12m, type: service-crash, node: 3, service: galera, for: 90s }',
    '  - { at: 40m, type: partition, nodes: [3], for: 2m }',
    '  - { at: 50m, type: az-outage, az: b, for: 10m }',
    '  - { at: 30m, type: upscale, to: Pro96 }',
    '  - { at: 45m, type: upscale, to: { vcpuPerNode: 48, ramGbPerNode: 192 } }',
    '  - { at: 25m, type: cache-purge }',
    '  - { at: 5m,  type: backup }',
  ]);
  const scaled = load([
    'name: t',
    'cluster: { tier: Pro48, architecture: scaled }',
    'events:',
    '  - { at: 15m, type: web-scale-out, count: 2 }',
    '  - { at: 20m, type: restore, backup: 2h }',
    '  - { at: 0, type: service-crash, node: 3, service: php, for: 500ms }',
    '  - { at: 1m, type: partition, nodes: [6, 1], for: 30s }',
  ]);

  it('covers every type', () => {
    const types = new Set([...standard.events, ...scaled.events].map((e) => e.type));
    expect([...types].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('comes out in time order, in seconds, with 0-based nodes', () => {
    expect(standard.events).toEqual<TimelineEvent[]>([
      { type: 'backup', atS: 300 },
      { type: 'service-crash', atS: 600, node: 0, service: 'redis', forS: null },
      { type: 'service-crash', atS: 720, node: 2, service: 'galera', forS: 90 },
      { type: 'node-crash', atS: 1200, node: 1 },
      { type: 'cache-purge', atS: 1500 },
      { type: 'upscale', atS: 1800, to: { name: 'Pro96', vcpuPerNode: 32, ramGbPerNode: 128 } },
      { type: 'node-recover', atS: 2100, node: 1 },
      { type: 'partition', atS: 2400, nodes: [2], forS: 120 },
      { type: 'upscale', atS: 2700, to: { name: 'custom', vcpuPerNode: 48, ramGbPerNode: 192 } },
      { type: 'az-outage', atS: 3000, az: 'b', forS: 600 },
    ]);
    expect(scaled.events).toEqual<TimelineEvent[]>([
      { type: 'service-crash', atS: 0, node: 2, service: 'php', forS: 0.5 },
      { type: 'partition', atS: 60, nodes: [5, 0], forS: 30 },
      { type: 'web-scale-out', atS: 900, count: 2 },
      { type: 'restore', atS: 1200, minAgeS: 7200 },
    ]);
  });

  it('is frozen with the rest of the scenario', () => {
    expect(Object.isFrozen(standard.events)).toBe(true);
    expect(Object.isFrozen(standard.events[0])).toBe(true);
  });
});

describe('normalising the timeline', () => {
  it('gives no events when the file has none', () => {
    expect(load(['name: t']).events).toEqual([]);
    expect(load(['name: t', 'events: []']).events).toEqual([]);
  });

  it('keeps the file order of events at the same time', () => {
    const s = load([
      'name: t',
      'events:',
      '  - { at: 10m, type: cache-purge }',
      '  - { at: 600, type: node-crash, node: 1 }',
      '  - { at: 1m, type: backup }',
      '  - { at: 10m, type: node-recover, node: 1 }',
      '  - { at: 6e5ms, type: backup }',
    ]);
    expect(s.events.map((e) => e.type)).toEqual(['backup', 'cache-purge', 'node-crash', 'node-recover', 'backup']);
  });

  it('accepts a node that crashes, recovers and crashes again', () => {
    const s = load([
      'name: t',
      'events:',
      '  - { at: 30m, type: node-crash, node: 3 }',
      '  - { at: 10m, type: node-crash, node: 3 }',
      '  - { at: 20m, type: node-recover, node: 3 }',
      '  - { at: 12m, type: node-crash, node: 1 }',
    ]);
    expect(s.events.map((e) => [e.type, e.atS])).toEqual([
      ['node-crash', 600],
      ['node-crash', 720],
      ['node-recover', 1200],
      ['node-crash', 1800],
    ]);
  });

  it('accepts upscales that each grow the tier, in time order whatever the file order', () => {
    const s = load([
      'name: t',
      'cluster: { tier: Pro12 }',
      'events:',
      '  - { at: 40m, type: upscale, to: Pro120 }',
      '  - { at: 10m, type: upscale, to: Pro24 }',
      '  - { at: 20m, type: upscale, to: { vcpuPerNode: 12, ramGbPerNode: 48 } }',
    ]);
    expect(s.events.map((e) => (e.type === 'upscale' ? e.to.name : e.type))).toEqual(['Pro24', 'custom', 'Pro120']);
  });

  it('numbers scaled nodes web first, then core, and lets services crash where they run', () => {
    const s = load([
      'name: t',
      'cluster: { tier: Pro96, architecture: { scaled: { webNodes: 4 } } }',
      'events:',
      '  - { at: 1m, type: service-crash, node: 4, service: php }',
      '  - { at: 2m, type: service-crash, node: 5, service: redis }',
      '  - { at: 3m, type: node-crash, node: 7 }',
    ]);
    expect(s.events.map((e) => ('node' in e ? e.node : -1))).toEqual([3, 4, 6]);
  });
});
