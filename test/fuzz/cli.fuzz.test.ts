import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScenarioError, loadScenario } from '../../src/scenario/index.js';
import { flagOverride } from '../../src/scenario/overrides.js';
import { fuzzParameters } from './fuzzRuns.js';
import { UNSAFE_FOR_TERMINAL } from './scenarioContract.js';
import { scenarioDocument } from './scenarioDocuments.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/main.js');
const EXIT_BAD_INPUT = 2;
/** A one-second run of any accepted scenario finishes well within this; a hang fails the property. */
const RUN_TIMEOUT_MS = 120_000;

function magesim(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, timeout: RUN_TIMEOUT_MS });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The message lines of a refusal: `magesim: ` before the first, the usage line after the last dropped. */
function messageLines(stderr: string): string[] {
  const lines = stderr.replace(/\nRun 'magesim --help' for usage\.\n$/, '').split('\n');
  return [lines[0].replace(/^magesim: /, ''), ...lines.slice(1)];
}

let dir = '';
let fileCount = 0;
beforeAll(() => {
  if (!existsSync(bin)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'magesim-fuzz-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeScenario(text: string): string {
  const file = join(dir, `s${fileCount++}.yaml`);
  writeFileSync(file, text);
  return file;
}

describe('magesim on generated scenario files', () => {
  it('validate: exit 0 or 2, never 3, with exactly the loader’s located problems, safe for a terminal', () => {
    fc.assert(
      fc.property(fc.array(scenarioDocument(), { minLength: 8, maxLength: 16 }), (docs) => {
        const files = docs.map((d) => writeScenario(d.text));
        // The file as written (a lone surrogate becomes U+FFFD in UTF-8), through the CLI's own loader.
        const results = files.map((file) => loadScenario(file));
        const r = magesim(['validate', ...files]);
        const failed = results.flatMap((res) => (res.ok ? [] : res.errors.map(formatScenarioError)));
        expect(r.code, r.stderr).toBe(failed.length === 0 ? 0 : EXIT_BAD_INPUT);
        expect(r.stdout).toBe(files.filter((_, i) => results[i].ok).map((f) => `${f}: ok\n`).join(''));
        if (failed.length > 0) expect(messageLines(r.stderr)).toEqual(failed);
        for (const line of messageLines(r.stderr).filter((l) => l !== '')) {
          expect(line).toMatch(/^\/.+\.yaml:\d+:\d+: /);
          expect(line).not.toMatch(UNSAFE_FOR_TERMINAL);
        }
      }),
      fuzzParameters(3),
    );
  });

  it('run --duration 1s: exit 0 with reports, or exit 2 with validate’s located problems and nothing written', () => {
    fc.assert(
      fc.property(scenarioDocument({ maxOps: 2, maxTextOps: 1, finally: { warmup: 0 } }), ({ text }) => {
        const file = writeScenario(text);
        const out = join(dir, `out${fileCount}`);
        const r = magesim(['run', file, '--duration', '1s', '--no-timing', '-q', '--out', out]);
        expect([0, EXIT_BAD_INPUT], `exit ${r.code}: ${r.stderr}`).toContain(r.code);
        // The flag is merged into the document before validation (a file's own bad
        // duration is replaced by it): run reports what the loader reports with it.
        const withFlag = loadScenario(file, [flagOverride('--duration', ['duration'], '1s')]);
        if (r.code === 0) {
          expect(withFlag.ok).toBe(true);
          expect(existsSync(join(out, 'summary.csv'))).toBe(true);
          return;
        }
        expect(existsSync(out)).toBe(false);
        const lines = messageLines(r.stderr);
        expect(withFlag.ok).toBe(false);
        if (!withFlag.ok) expect(lines).toEqual(withFlag.errors.map(formatScenarioError));
        if (loadScenario(file).ok) {
          // The file is fine; the flag is not (a warm-up the text operation moved past 1 s).
          expect(lines[0]).toMatch(/^--duration 1s: /);
        }
      }),
      fuzzParameters(3),
    );
  });
});
