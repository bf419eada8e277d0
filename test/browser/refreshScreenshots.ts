import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../baseline/baselines.js';
import { ensureChromium, launchChromium } from './chromium.js';

/**
 * `npm run screenshots`: the pictures in the README and docs, taken in headless Chromium
 * from pages this checkout writes: node-failure-at-peak's run (3 replications) and a
 * compare of it against the same run on Pro24. Each is the top of its page at a laptop's
 * width, written to a temp name and renamed over docs/images/….
 */
const bin = join(root, 'dist/src/cli/main.js');
const tmp = mkdtempSync(join(tmpdir(), 'magesim-screenshots-'));

/** Runs in the temp folder, so the pages name their folders briefly (`pro24 against pro48`). */
function magesim(...args: string[]): void {
  const r = spawnSync(process.execPath, [bin, ...args, '-q'], { cwd: tmp, encoding: 'utf8' });
  if (r.status !== 0 && !(args[0] === 'compare' && r.status === 1)) throw new Error(`magesim ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

const scenario = join(root, 'scenarios/node-failure-at-peak.yaml');
try {
  magesim('run', scenario, '--replications', '3', '--out', 'pro48');
  magesim('run', scenario, '--replications', '3', '--set', 'cluster.tier=Pro24', '--out', 'pro24');
  magesim('compare', 'pro48', 'pro24', '--allow-different', '--out', 'compare');
  const browser = await launchChromium(ensureChromium());
  const shots = [
    { page: join(tmp, 'pro48', 'report.html'), out: 'docs/images/report-node-failure-at-peak.png', height: 2300 },
    { page: join(tmp, 'compare', 'report.html'), out: 'docs/images/compare-pro48-vs-pro24.png', height: 1500 },
  ];
  for (const s of shots) {
    const page = await browser.newPage({ viewport: { width: 900, height: s.height } });
    await page.goto(pathToFileURL(s.page).href);
    const out = join(root, s.out);
    const partial = `${out}.${process.pid}.tmp.png`;
    await page.screenshot({ path: partial });
    renameSync(partial, out);
    await page.close();
    process.stdout.write(`${s.out}\n`);
  }
  await browser.close();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
