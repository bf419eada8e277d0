import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root } from '../baseline/baselines.js';
import { cliInProcess } from './inProcess.js';

/**
 * `npm run snapshot -- DIR [--sweeps]`: every bundled scenario's reports (one replication,
 * its own seed and duration, `--no-timing`; node-failure-at-peak with 3 replications too), and with --sweeps the bundled sweeps', into
 * DIR/<name>/, for checking that a refactor changes no output byte: take a snapshot
 * before, one after, then `diff -r -x '.*' BEFORE AFTER` (each report is a link to a
 * hidden folder whose name differs from run to run: -x '.*' compares through the links).
 */
const [dirArg, ...flags] = process.argv.slice(2);
if (dirArg === undefined) {
  process.stderr.write('usage: npm run snapshot -- DIR [--sweeps]\n');
  process.exit(2);
}
const dir = resolve(dirArg);
mkdirSync(dir, { recursive: true });
const scenarios = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml')).sort();
const jobs: string[][] = scenarios.map((f) => ['run', join(root, 'scenarios', f), '--no-timing', '-q', '--out', join(dir, f.replace(/\.yaml$/, ''))]);
// Replications too: the confidence columns and bands only appear with more than one.
jobs.push(['run', join(root, 'scenarios/node-failure-at-peak.yaml'), '-r', '3', '--no-timing', '-q', '--out', join(dir, 'node-failure-at-peak-r3')]);
if (flags.includes('--sweeps')) {
  for (const f of readdirSync(join(root, 'scenarios/sweeps')).filter((x) => x.endsWith('.yaml')).sort()) jobs.push(['sweep', join(root, 'scenarios/sweeps', f), '--no-timing', '-q', '--out', join(dir, `sweep-${f.replace(/\.yaml$/, '')}`)]);
}
let failed = 0;
for (const args of jobs) {
  const started = Date.now();
  const r = await cliInProcess(args);
  process.stdout.write(`${r.code === 0 || r.code === 1 ? 'ok ' : 'FAILED'} ${args[1].slice(root.length)}${args.includes('-r') ? ' ×3' : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (r.code !== 0 && r.code !== 1) {
    failed++;
    process.stderr.write(r.stderr);
  }
}
process.exit(failed === 0 ? 0 : 1);
