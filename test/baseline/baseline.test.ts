import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/inProcess.js';
import { BASELINES, root, runArgs } from './baselines.js';

/**
 * The project's own regression gate: each committed baseline is run again and compared
 * with `--fail-on-change`. A change to the model or to a bundled scenario that moves any
 * number fails here until `npm run baselines` refreshes reports/baseline/ in the same
 * commit (see docs/ci.md).
 */

describe('the committed baselines (reports/baseline/)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'magesim-baseline-'));
  it.each(BASELINES.map((b) => [b.name, b] as const))('%s: no figure moved', async (name, b) => {
    const current = join(tmp, name);
    const ran = await cliInProcess(runArgs(b, current));
    expect(ran.code, ran.stderr).toBe(0);
    const out = join(tmp, `${name}.compare`);
    const r = await cliInProcess(['compare', join(root, 'reports/baseline', name), current, '--fail-on-change', '--out', out, '-q']);
    const said = r.code === 0 ? '' : `${readFileSync(join(out, 'compare.md'), 'utf8')}\nIf the change is intended: npm run baselines ${name}, review the diff, commit it.`;
    expect(r.code, `${r.stderr}${said}`).toBe(0);
  });
});
