import type { Problem } from '../errors/Problem.js';
import type { Scenario } from '../Scenario.js';
import type { ScenarioRule } from './ScenarioRule.js';
import { estimateRunSize, fmtBytes, fmtCount, MAX_WEB_NODES, RUN_MEMORY_BUDGET_BYTES, webNodes } from './runSize.js';

/**
 * The run's memory estimate (`estimateRunSize`) within the budget, or the problem:
 * blamed on the part that needs the most, with the estimate and what to change.
 * `validate`, `run` and sweeps all reach it through the loader, with their overrides
 * (`--duration`, `--set`, a sweep's cells) applied, so all refuse the same scenarios.
 * It depends on the duration (every estimate grows with it), so an override of the
 * duration answers for it.
 */
export function runSizeProblem(s: Scenario): Problem | null {
  const web = webNodes(s);
  if (web.total > MAX_WEB_NODES) {
    return { path: web.path, expected: `at most ${MAX_WEB_NODES} web nodes in all (scaled nodes, scale-outs and the autoscaling limit)`, found: `${fmtCount(web.total)} web nodes` };
  }
  const size = estimateRunSize(s);
  if (size.totalBytes <= RUN_MEMORY_BUDGET_BYTES) return null;
  const worst = size.parts.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    path: worst.path,
    expected: `a run that fits in memory (at most ${fmtBytes(RUN_MEMORY_BUDGET_BYTES)} estimated)`,
    found: `about ${fmtBytes(size.totalBytes)}, mostly for ${worst.what}`,
    hint: worst.hint,
    related: [['duration']],
  };
}

export const runFitsInMemory: ScenarioRule = {
  name: 'the run fits in memory',
  check(s, raw) {
    const p = runSizeProblem(s);
    if (p === null) return [];
    // A window left at its default is changed through the duration.
    if (p.path[0] === 'window' && raw.window === undefined) return [{ ...p, path: ['duration'] }];
    return [p];
  },
};
