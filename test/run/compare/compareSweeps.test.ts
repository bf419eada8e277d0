import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARE_CONFIG } from '../../../src/scenario/compare/loadCompareConfig.js';
import { compareSweepSummaries, sweepSetupDifferences } from '../../../src/run/compare/compareSweeps.js';
import type { SweepSummary } from '../../../src/run/results/sweepSummaryFormat.js';

const setup: SweepSummary['setup'] = {
  sweep: 's',
  definitionHash: 'a'.repeat(64),
  scenarioHash: 'b'.repeat(64),
  seeds: [1, 2, 3],
  replications: 3,
  maxReplications: 9,
  durationS: 600,
  warmupS: 60,
  confidence: 0.95,
  magesim: '0.1.0',
};

/** A frontier sweep whose cells have these certified brackets [lo, hi]. */
function frontier(brackets: [number | null, number | null][]): SweepSummary {
  return {
    format: 'magesim-sweep-summary',
    formatVersion: 1,
    setup,
    frontier: { load: 'traffic.sessions.rate', unit: '/s' },
    cells: brackets.map(([lo, hi], i) => ({ key: `cell${i}`, failure: 'none', values: {}, capacity: { lo, hi }, bottleneck: 'cpu.node1', probes: [] })),
  };
}

describe('compareSweepSummaries', () => {
  it('a capacity is regressed only when the brackets certify a drop, improved when they certify a rise', () => {
    const base = frontier([[20, 21], [20, 21], [20, 21], [20, 21], [null, 2], [20, null]]);
    const cur = frontier([[18, 19], [20.5, 21.5], [21, 22], [null, 2], [5, 6], [19, 20]]);
    const r = compareSweepSummaries(base, cur, DEFAULT_COMPARE_CONFIG);
    expect(r.metrics.map((m) => `${m.row} ${m.verdict}`)).toEqual([
      'cell0 regressed', // [18, 19] lies below 20, certified to meet before
      'cell1 unchanged', // the brackets overlap: no change the search can certify
      'cell2 improved', // now certified to meet 21, which missed before
      'cell3 regressed', // now below the range
      'cell4 improved', // was below the range
      'cell5 regressed', // certified to miss 20, which met before
    ]);
    expect(r.regressions).toBe(3);
  });

  it('sweeps of another definition, base scenario or seeds are not comparable, and say which', () => {
    expect(sweepSetupDifferences(setup, setup)).toEqual({ differences: [], notes: [] });
    const other = { ...setup, definitionHash: 'c'.repeat(64), seeds: [4, 5, 6], magesim: '0.2.0' };
    const d = sweepSetupDifferences(setup, other);
    expect(d.differences).toEqual([expect.stringMatching(/^sweep: the sweep definitions differ/), 'seeds: 1, 2, 3 → 4, 5, 6']);
    expect(d.notes).toEqual(['magesim 0.1.0 → 0.2.0']);
  });
});
