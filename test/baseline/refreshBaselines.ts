import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BASELINES, root, runArgs } from './baselines.js';

/**
 * `npm run baselines [NAME…]`: writes the regression baselines (all, or those named)
 * into reports/baseline/NAME with the commands the regression test uses. Review the
 * diff (`git diff --stat reports/baseline`, then `magesim compare` against the old
 * ones) and commit it with the change that moved the numbers.
 */
const wanted = process.argv.slice(2);
const unknown = wanted.filter((n) => !BASELINES.some((b) => b.name === n));
if (unknown.length > 0) {
  process.stderr.write(`baselines: expected one of ${BASELINES.map((b) => b.name).join(', ')}, found ${unknown.join(', ')}\n`);
  process.exit(2);
}
for (const b of BASELINES.filter((x) => wanted.length === 0 || wanted.includes(x.name))) {
  const out = join('reports', 'baseline', b.name);
  const r = spawnSync(process.execPath, [join(root, 'dist/src/cli/main.js'), ...runArgs(b, out)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 3);
  process.stdout.write(`${out}/ refreshed\n`);
}
