import { describe, expect, it } from 'vitest';
import { formatScenarioError, loadScenarioText } from '../../src/scenario/index.js';
import { estimateRunSize } from '../../src/scenario/validate/runSize.js';

function firstError(text: string): string {
  const r = loadScenarioText(text, 'f.yaml');
  if (r.ok) throw new Error('expected an error');
  return formatScenarioError(r.errors[0]);
}

const scaled = 'cluster: { tier: Pro48, architecture: { scaled: { webNodes: 3 } } }\n';

describe('a run that cannot fit is refused before simulating, at the field to change', () => {
  it.each([
    ['window: 1ms\nduration: 1000h\n', /^f\.yaml:2:9: window: expected a run that fits in memory .* found about .* GiB, mostly for 3\.60 billion timeseries windows/],
    ['duration: 1000000h\n', /^f\.yaml:2:11: duration: expected a run that fits in memory/],
    ['traffic: { sessions: { rate: 1e6/s } }\n', /^f\.yaml:2:\d+: traffic\.sessions\.rate: expected a run that fits in memory .* sessions at once/],
    ['traffic: { requests: { rate: 1e8/s, mix: { product: 1 } } }\n', /^f\.yaml:2:\d+: traffic\.requests\.rate: expected a run that fits in memory .* requests in flight/],
    ['traffic: { sessions: { rate: 2/s }, assetsPerPage: 1e9 }\n', /^f\.yaml:2:\d+: traffic\.assetsPerPage: expected a whole number from 0 to 10000, found 1000000000/],
    [`${scaled}events:\n  - { at: 5m, type: web-scale-out, count: 100000000 }\n`, /^f\.yaml:3:1: events: expected at most 32767 web nodes in all/],
    ['cluster: { tier: Pro48, architecture: { scaled: { webNodes: 3 } }, autoscaling: { maxWebNodes: 100000 } }\n', /cluster\.autoscaling\.maxWebNodes: expected at most 32767 web nodes in all/],
  ])('%s', (text, message) => {
    expect(firstError(`name: t\n${text}`)).toMatch(message);
  });

  it('the bundled kind of scenario is far inside the budget', () => {
    const r = loadScenarioText('name: t\nduration: 168h\ntraffic: { sessions: { rate: 40/s } }\n', 'f.yaml');
    expect(r.ok).toBe(true);
    if (r.ok) expect(estimateRunSize(r.scenario).totalBytes).toBeLessThan(2 ** 28);
  });
});
