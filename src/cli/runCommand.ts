import type { Scenario } from '../scenario/Scenario.js';
import { runScenarioParallel } from '../run/runScenarioParallel.js';
import { incidentsSection, consoleSummary } from '../report/index.js';
import { runFiles } from '../report/runFiles.js';
import type { ReportFile } from '../report/ReportFile.js';
import { checkMet, sloChecks, sloVerdict } from '../run/slo.js';
import { setupFingerprint } from '../run/setupFingerprint.js';
import { summaryJson } from '../run/results/summaryJson.js';
import { rotationSteps } from '../run/rotationSteps.js';
import { incidents } from '../run/incidents.js';
import { writeReportDir } from './writeReportDir.js';
import { packageVersion } from './packageVersion.js';
import { progressBar } from './progressBar.js';
import { MARKER_FILE, reportMarker } from './reportMarker.js';

export interface RunOptions {
  /** The report folder (accepted by `checkOutputPath` before simulating). */
  out: string;
  replications: number;
  quiet: boolean;
  checkSlo: boolean;
  /** Leave out run.json's `timing` block, the only content that differs between identical runs. */
  noTiming: boolean;
}

/** Exit code when `--check-slo` is given and the SLO is missed. */
export const EXIT_SLO_MISSED = 1;

/**
 * `magesim run`: simulates the scenario, writes its report files (RUN_FILES, from
 * report/runFiles.ts) and run.json into the output folder atomically, prints the console
 * summary (unless quiet) and returns the exit code.
 */
export async function runCommand(scenario: Scenario, o: RunOptions, print: (text: string) => void): Promise<number> {
  const progress = progressBar(scenario.durationS, o.replications, o.quiet);
  let done;
  try {
    done = await runScenarioParallel(scenario, o.replications, progress.onProgress);
  } finally {
    progress.stop();
  }
  const s = done.summary;
  const verdict = sloVerdict(s, scenario.slo);
  const incidentRows = incidents(scenario.events, done.runs, scenario.slo, scenario.mechanics.databaseBytes);
  const dir = o.out;
  const title = `${scenario.name}: ${o.replications} × ${fmtS(scenario.durationS)} simulated (${fmtS(scenario.warmupS)} warm-up), seed ${scenario.seed}`;
  const checks = sloChecks(s, scenario.slo);
  const files: Record<string, ReportFile> = runFiles({
    title,
    summary: s,
    checks: checks.map((c) => ({ ...c, met: checkMet(c) })),
    incidents: incidentRows,
    steps: rotationSteps(s.log),
    summaryJson: summaryJson(s, checks, setupFingerprint(scenario, done.seeds, packageVersion())),
  });
  const runJson = {
    ...reportMarker(packageVersion(), [...Object.keys(files), MARKER_FILE]),
    scenario,
    seeds: done.seeds,
    replications: o.replications,
    eventsProcessed: s.events,
    slo: { met: verdict.met, checks: verdict.lines },
    ...(o.noTiming ? {} : { timing: { wallClockS: round3(done.wallS), eventsPerS: Math.round(s.events / done.wallS) } }),
  };
  files[MARKER_FILE] = JSON.stringify(runJson, null, 2) + '\n';
  await writeReportDir(dir, files);
  if (!o.quiet) {
    print(consoleSummary(title, s, verdict));
    const section = incidentsSection(incidentRows);
    if (section) print(section + '\n');
    print(`${s.events.toLocaleString('en')} events in ${done.wallS.toFixed(2)} s; reports in ${dir}/\n`);
  }
  return o.checkSlo && !verdict.met ? EXIT_SLO_MISSED : 0;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function fmtS(s: number): string {
  return s >= 3600 && s % 3600 === 0 ? `${s / 3600} h` : s >= 60 && s % 60 === 0 ? `${s / 60} min` : `${s} s`;
}
