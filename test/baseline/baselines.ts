import { fileURLToPath } from 'node:url';

/**
 * The regression baselines committed under reports/baseline/: bundled scenarios run
 * short, one replication (deterministic), without timing. `npm run baselines` writes
 * them; the test beside this file runs the same commands again and fails when any figure
 * moved (`magesim compare --fail-on-change`), until they are refreshed in the same commit.
 */
export interface Baseline {
  name: string;
  scenario: string;
  args: string[];
}

export const BASELINES: readonly Baseline[] = [
  { name: 'default', scenario: 'scenarios/default.yaml', args: ['--duration', '10m'] },
  { name: 'node-failure-at-peak', scenario: 'scenarios/node-failure-at-peak.yaml', args: ['--duration', '20m'] },
  { name: 'redis-failover', scenario: 'scenarios/redis-failover.yaml', args: [] },
  { name: 'baseline-pro12', scenario: 'scenarios/baseline-pro12.yaml', args: ['--duration', '10m'] },
];

/** The checkout's root, from the source (test/baseline/) or the compiled file (dist/test/baseline/). */
export const root = fileURLToPath(new URL('../../', import.meta.url).href.replace(/dist\/$/, ''));

/** The `magesim run` arguments of a baseline, writing to `out`. */
export function runArgs(b: Baseline, out: string): string[] {
  return ['run', b.scenario, ...b.args, '--no-timing', '-q', '--out', out];
}
