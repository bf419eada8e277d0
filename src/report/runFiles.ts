import type { IncidentRow, RunSummary } from '../run/RunSummary.js';
import type { SummaryJson } from '../run/results/summaryFormat.js';
import type { RotationStep } from '../run/rotationSteps.js';
import { eventsCsv, incidentsCsv, resourcesCsv, summaryCsv, timeseriesCsv } from './csv.js';
import { runPage, type JudgedCheck } from './html/runPage.js';
import type { ReportFile } from './ReportFile.js';

/** Every file a run writes beside its marker (run.json), in the order they are listed. */
export const RUN_FILES = ['summary.csv', 'timeseries.csv', 'resources.csv', 'events.csv', 'incidents.csv', 'report.html', 'summary.json'] as const;
export type RunFile = (typeof RUN_FILES)[number];

/** A finished run's results, as its report files show them. */
export interface RunResults {
  /** The page's title: scenario, replications, duration, seed. */
  title: string;
  summary: RunSummary;
  checks: readonly JudgedCheck[];
  incidents: readonly IncidentRow[];
  steps: readonly RotationStep[];
  summaryJson: SummaryJson;
}

/** The run's report files, each once: the CSV tables, the page, the summary as data. */
export function runFiles(r: RunResults): Record<RunFile, ReportFile> {
  const s = r.summary;
  return {
    'summary.csv': summaryCsv(s),
    'timeseries.csv': timeseriesCsv(s),
    'resources.csv': resourcesCsv(s),
    'events.csv': eventsCsv(s),
    'incidents.csv': incidentsCsv(r.incidents),
    'report.html': runPage({ title: r.title, summary: s, checks: r.checks, incidents: r.incidents, steps: r.steps }),
    'summary.json': JSON.stringify(r.summaryJson, null, 2) + '\n',
  };
}
