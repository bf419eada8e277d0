import { describe, it, expect } from 'vitest';
import { compileScenario } from '../../src/run/compileScenario.js';
import { scenarioOf as load } from '../support/scenarioOf.js';


const base = `name: t
cluster: { tier: Pro24 }
traffic: { requests: { rate: 10/s, mix: { product: 1 } } }
`;

describe('compileScenario', () => {
  it('without Fastly there is no edge and no Fastly ↔ origin leg, whatever their settings', () => {
    const input = compileScenario(load(base + 'cdn: { enabled: false, originRtt: 50ms, edgeLatency: 80ms, serveStale: true }\n'));
    expect(input.cdn).toEqual({ edgeLatencyS: 0, originRttS: 0, serveStale: false });
    expect(input.classes.every((k) => k.hitRatio === 0)).toBe(true);
  });

  it('with Fastly both legs are the scenario’s', () => {
    const input = compileScenario(load(base + 'cdn: { originRtt: 50ms, edgeLatency: 80ms }\n'));
    expect(input.cdn).toEqual({ edgeLatencyS: 0.08, originRttS: 0.05, serveStale: false });
  });
});
