import type { CompareConfig } from '../../scenario/compare/CompareConfig.js';
import type { SummaryJson } from '../results/summaryFormat.js';
import type { SweepSummary } from '../results/sweepSummaryFormat.js';
import { compareSummaries, type CompareResult, type MetricResult } from './compareSummaries.js';
import { runDifferences, type SetupDiff } from './setupDifferences.js';

/** What makes two sweeps incomparable: another definition, base scenario, seeds, replications, duration or warm-up. */
export function sweepSetupDifferences(base: SweepSummary['setup'], cur: SweepSummary['setup']): SetupDiff {
  const differences: string[] = [];
  const notes: string[] = [];
  if (base.magesim !== cur.magesim) notes.push(`magesim ${base.magesim} → ${cur.magesim}`);
  if (base.definitionHash !== cur.definitionHash) differences.push(`sweep: the sweep definitions differ (set, vary, failures, frontier or cells; hash ${base.definitionHash.slice(0, 12)} → ${cur.definitionHash.slice(0, 12)})`);
  if (base.scenarioHash !== cur.scenarioHash) differences.push(`scenario: the base scenarios differ (hash ${base.scenarioHash.slice(0, 12)} → ${cur.scenarioHash.slice(0, 12)})`);
  const sameReplications = base.replications === cur.replications && base.maxReplications === cur.maxReplications;
  differences.push(...runDifferences(base, cur, sameReplications ? null : `replications: ${base.replications} (at most ${base.maxReplications}) → ${cur.replications} (at most ${cur.maxReplications})`));
  return { differences, notes };
}

/** A grid sweep's cells as rows of a run summary (a row per cell, named by its key), for the same comparison as runs. */
function asRunSummary(s: SweepSummary): SummaryJson {
  const grid = s.cells.filter((c) => c.probes.length === 1 && c.probes[0].load === null);
  return {
    format: 'magesim-summary',
    formatVersion: 1,
    setup: { scenario: s.setup.sweep, scenarioHash: s.setup.scenarioHash, seeds: s.setup.seeds.slice(0, s.setup.replications), replications: s.setup.replications, durationS: s.setup.durationS, warmupS: s.setup.warmupS, magesim: s.setup.magesim },
    measuredS: s.setup.durationS - s.setup.warmupS,
    slo: { met: true, checks: [] },
    classes: grid.map((c) => ({ class: c.key, figures: c.probes[0].figures })),
    resources: [],
  };
}

/**
 * Compares two sweeps. Grid cells: each cell's figures as a run's are compared (paired
 * by seed, the same rules, a row per cell key). Frontier cells: the certified capacity
 * brackets: regressed when the current bracket lies wholly below the baseline's (its
 * lowest load certified to miss is at or below the baseline's highest certified to
 * meet), improved when wholly above, unchanged when they overlap (no change the search's
 * precision can certify). Probe figures of a frontier are not compared: the searches may
 * probe other loads.
 */
export function compareSweepSummaries(base: SweepSummary, cur: SweepSummary, config: CompareConfig): CompareResult {
  const result = compareSummaries(asRunSummary(base), asRunSummary(cur), config);
  const current = new Map(cur.cells.map((c) => [c.key, c]));
  for (const b of base.cells) {
    const c = current.get(b.key);
    if (b.capacity === null || c === undefined || c.capacity === null) continue;
    const [bl, bh, cl, ch] = [b.capacity.lo, b.capacity.hi, c.capacity.lo, c.capacity.hi];
    const regressed = (bl !== null && ch !== null && ch <= bl) || (bl !== null && cl === null);
    const improved = (cl !== null && bh !== null && cl >= bh) || (bl === null && cl !== null);
    const m: MetricResult = {
      kind: 'class',
      row: b.key,
      figure: 'capacity',
      baseline: bl,
      current: cl,
      better: 'higher',
      allow: { relative: true, value: 0 },
      change: bl !== null && cl !== null && bl !== 0 ? { estimate: cl / bl - 1, lo: cl / bl - 1, hi: cl / bl - 1, method: 'exact', se: 0, df: Infinity } : null,
      relative: true,
      verdict: regressed ? 'regressed' : improved ? 'improved' : 'unchanged',
      rule: 'capacity bracket (frontier)',
    };
    result.metrics.push(m);
    if (regressed) result.regressions++;
  }
  return result;
}
