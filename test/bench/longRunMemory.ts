import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(root, 'dist/src/cli/main.js');
const scenario = join(root, 'test/cli/scenarios/mmc-reduction.yaml');

/**
 * Peak resident memory of `magesim run` on the M/M/8 reduction for `duration` of
 * simulated time, in a fresh process (GNU time's maximum RSS), with its reports written.
 */
export function longRunPeakMB(duration: string): { peakMB: number; seconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'magesim-bench-'));
  try {
    const started = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'run', scenario, '--duration', duration, '--out', join(dir, 'r'), '-q'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`magesim run --duration ${duration} failed (exit ${r.status}):\n${r.stderr}`);
    const kb = Number(r.stderr.trim().split('\n').pop());
    return { peakMB: kb / 1024, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
