import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareConfig } from '../scenario/compare/CompareConfig.js';
import { terminalSafe } from '../scenario/terminalSafe.js';
import { compareSummaries } from '../run/compare/compareSummaries.js';
import { setupDifferences } from '../run/compare/setupDifferences.js';
import { summaryJsonSchema, type SummaryJson } from '../run/results/summaryFormat.js';
import { comparableScenario } from '../run/setupFingerprint.js';
import type { Scenario } from '../scenario/Scenario.js';
import type { CompareReport } from '../report/compare/CompareReport.js';
import { outcomeOf } from '../report/compare/CompareReport.js';
import { compareConsole } from '../report/compare/compareConsole.js';
import { compareJson } from '../report/compare/compareJson.js';
import { compareJunit } from '../report/compare/compareJunit.js';
import { compareMarkdown } from '../report/compare/compareMarkdown.js';
import { BadInput } from './BadInput.js';
import { packageVersion } from './packageVersion.js';
import { MARKER_FILE, reportMarker } from './reportMarker.js';
import { writeReportDir } from './writeReportDir.js';

/** Exit codes of `compare` beyond 0 and 2: a regression or failed gate, and setups that cannot be compared. */
export const EXIT_REGRESSED = 1;
export const EXIT_NOT_COMPARABLE = 4;

interface RunFolder {
  summary: SummaryJson;
  /** run.json's normalised scenario, when there is one: to say which fields differ. */
  scenario?: unknown;
}

/** A run folder's summary.json (validated) and run.json's scenario; bad input when it is not a run folder. */
export function readRunFolder(dir: string): RunFolder {
  const shown = terminalSafe(dir);
  const file = join(dir, 'summary.json');
  if (!existsSync(dir)) throw new BadInput(`${shown}: expected a run folder (written by \`magesim run\`), found nothing there`);
  if (!existsSync(file)) {
    const what = existsSync(join(dir, 'frontier.csv')) || existsSync(join(dir, 'sweep.csv')) ? 'a sweep report (compare takes run folders)' : 'no summary.json (a report of magesim before 0.1.0, or another folder)';
    throw new BadInput(`${shown}: expected a run folder holding summary.json, found ${what}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BadInput(`${terminalSafe(file)}: expected JSON written by magesim, found text that does not parse (${(e as Error).message})`);
  }
  const parsed = summaryJsonSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadInput(`${terminalSafe(file)}: ${issue.path.join('.') || '(top)'}: expected a magesim summary.json (format magesim-summary 1), found ${terminalSafe(issue.message)}`);
  }
  let scenario: unknown;
  try {
    const run = JSON.parse(readFileSync(join(dir, MARKER_FILE), 'utf8')) as { scenario?: Scenario };
    if (run.scenario !== undefined) scenario = comparableScenario(run.scenario);
  } catch {
    scenario = undefined;
  }
  return { summary: parsed.data, scenario };
}

export interface CompareOptions {
  out: string;
  config: CompareConfig;
  allowDifferent: boolean;
  failOnChange: boolean;
  quiet: boolean;
}

/**
 * `magesim compare BASELINE CURRENT`: reads both run folders, says what makes them
 * incomparable (exit 4 unless --allow-different), compares figure by figure, writes
 * compare.json, compare.md and junit.xml to the output folder (also when not
 * comparable: CI shows why) and prints what moved. Returns the exit code.
 */
export async function compareCommand(baselineDir: string, currentDir: string, o: CompareOptions, print: (text: string) => void): Promise<number> {
  const base = readRunFolder(baselineDir);
  const cur = readRunFolder(currentDir);
  const { differences, notes } = setupDifferences(base.summary.setup, cur.summary.setup, base.scenario, cur.scenario);
  const comparable = differences.length === 0 || o.allowDifferent;
  const report: CompareReport = {
    baseline: { path: baselineDir, setup: base.summary.setup },
    current: { path: currentDir, setup: cur.summary.setup },
    differences,
    notes,
    allowedDifferent: differences.length > 0 && o.allowDifferent,
    failOnChange: o.failOnChange,
    result: comparable ? compareSummaries(base.summary, cur.summary, o.config) : null,
  };
  const files = { 'compare.json': compareJson(report), 'compare.md': compareMarkdown(report), 'junit.xml': compareJunit(report) };
  await writeReportDir(o.out, { ...files, [MARKER_FILE]: JSON.stringify({ ...reportMarker(packageVersion(), [...Object.keys(files), MARKER_FILE]), kind: 'compare' }, null, 2) + '\n' });
  if (!o.quiet) print(compareConsole(report) + `reports in ${o.out}/\n`);
  const outcome = outcomeOf(report);
  return outcome === 'not-comparable' ? EXIT_NOT_COMPARABLE : outcome === 'fail' ? EXIT_REGRESSED : 0;
}
