import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareConfig } from '../scenario/compare/CompareConfig.js';
import { terminalSafe } from '../scenario/errors/terminalSafe.js';
import { compareSummaries } from '../run/compare/compareSummaries.js';
import { setupDifferences } from '../run/compare/setupDifferences.js';
import { anySummarySchema, type AnySummary } from '../run/results/summaryDocument.js';
import { compareSweepSummaries, sweepSetupDifferences } from '../run/compare/compareSweeps.js';
import { comparableScenario } from '../run/setupFingerprint.js';
import type { Scenario } from '../scenario/Scenario.js';
import type { CompareReport } from '../report/compare/CompareReport.js';
import { outcomeOf } from '../report/compare/CompareReport.js';
import { compareConsole } from '../report/compare/compareConsole.js';
import type { CompareSeries } from '../report/html/comparePage.js';
import { compareFiles } from '../report/compare/compareFiles.js';
import { readTimeseries } from './readTimeseries.js';
import { BadInput } from './BadInput.js';
import { packageVersion } from './packageVersion.js';
import { MARKER_FILE, reportMarker } from './reportMarker.js';
import { writeReportDir } from './writeReportDir.js';

/** Exit codes of `compare` beyond 0 and 2: a regression or failed gate, and setups that cannot be compared. */
export const EXIT_REGRESSED = 1;
export const EXIT_NOT_COMPARABLE = 4;

interface RunFolder {
  summary: AnySummary;
  /** run.json's normalised scenario, when there is one: to say which fields differ. */
  scenario?: unknown;
}

/** A run or sweep folder's summary.json (validated) and run.json's scenario; bad input when it is neither. */
export function readRunFolder(dir: string): RunFolder {
  const shown = terminalSafe(dir);
  const file = join(dir, 'summary.json');
  if (!existsSync(dir)) throw new BadInput(`${shown}: expected a run folder (written by \`magesim run\`), found nothing there`);
  if (!existsSync(file)) {
    throw new BadInput(`${shown}: expected a run or sweep folder holding summary.json, found no summary.json (a report of an earlier magesim, or another folder)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BadInput(`${terminalSafe(file)}: expected JSON written by magesim, found text that does not parse (${(e as Error).message})`);
  }
  const parsed = anySummarySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadInput(`${terminalSafe(file)}: ${issue.path.join('.') || '(top)'}: expected a magesim summary.json (format magesim-summary or magesim-sweep-summary, version 1), found ${terminalSafe(issue.message)}`);
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

/** The scenario's or the sweep's name. */
export const reportName = (s: AnySummary): string => (s.format === 'magesim-summary' ? s.setup.scenario : s.setup.sweep);

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
 * its files (COMPARE_FILES, report/compare/compareFiles.ts) to the output folder (also when not
 * comparable: CI shows why) and prints what moved. Returns the exit code.
 */
export async function compareCommand(baselineDir: string, currentDir: string, o: CompareOptions, print: (text: string) => void): Promise<number> {
  const base = readRunFolder(baselineDir);
  const cur = readRunFolder(currentDir);
  const side = (path: string, f: RunFolder) =>
    f.summary.format === 'magesim-summary' ? { path, kind: 'run' as const, name: f.summary.setup.scenario, setup: f.summary.setup } : { path, kind: 'sweep' as const, name: f.summary.setup.sweep, setup: f.summary.setup };
  const b = base.summary;
  const c = cur.summary;
  let diff;
  let compare;
  if (b.format === 'magesim-summary' && c.format === 'magesim-summary') {
    diff = setupDifferences(b.setup, c.setup, base.scenario, cur.scenario);
    compare = () => compareSummaries(b, c, o.config);
  } else if (b.format === 'magesim-sweep-summary' && c.format === 'magesim-sweep-summary') {
    diff = sweepSetupDifferences(b.setup, c.setup);
    compare = () => compareSweepSummaries(b, c, o.config);
  } else {
    throw new BadInput(`${terminalSafe(currentDir)}: expected the same kind of report as ${terminalSafe(baselineDir)} (a ${b.format === 'magesim-summary' ? 'run' : 'sweep'}), found a ${c.format === 'magesim-summary' ? 'run' : 'sweep'}`);
  }
  const { differences, notes } = diff;
  const comparable = differences.length === 0 || o.allowDifferent;
  const report: CompareReport = {
    baseline: side(baselineDir, base),
    current: side(currentDir, cur),
    differences,
    notes,
    allowedDifferent: differences.length > 0 && o.allowDifferent,
    failOnChange: o.failOnChange,
    result: comparable ? compare() : null,
  };
  const series: CompareSeries =
    b.format === 'magesim-sweep-summary' && c.format === 'magesim-sweep-summary' ? { kind: 'sweep', baseline: b, current: c } : { kind: 'run', baseline: readTimeseries(baselineDir), current: readTimeseries(currentDir) };
  const title = `${report.current.name}: ${currentDir} against ${baselineDir}`;
  const files = compareFiles(report, title, series);
  await writeReportDir(o.out, { ...files, [MARKER_FILE]: JSON.stringify({ ...reportMarker(packageVersion(), [...Object.keys(files), MARKER_FILE]), kind: 'compare' }, null, 2) + '\n' });
  if (!o.quiet) print(compareConsole(report) + `reports in ${o.out}/\n`);
  const outcome = outcomeOf(report);
  return outcome === 'not-comparable' ? EXIT_NOT_COMPARABLE : outcome === 'fail' ? EXIT_REGRESSED : 0;
}
