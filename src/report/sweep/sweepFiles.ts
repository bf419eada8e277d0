import type { Recommendation } from '../../run/sweep/recommend.js';
import type { SweepTables } from '../../run/sweep/sweepTables.js';
import { sweepPage, type SweepPageInput } from '../html/sweepPage.js';
import type { ReportFile } from '../ReportFile.js';
import { frontierCsv, sweepCsv } from './sweepCsv.js';

/** Every file a sweep writes beside its marker (run.json), in the order they are listed; frontier.csv and recommendation.json only when the sweep has a frontier or a `recommend`. */
export const SWEEP_FILES = ['sweep.csv', 'frontier.csv', 'recommendation.json', 'sweep.json', 'summary.json', 'report.html'] as const;
export type SweepFile = (typeof SWEEP_FILES)[number];

/** A finished sweep's results, as its report files show them. */
export interface SweepResults {
  tables: SweepTables;
  /** With `recommend`: the load it was asked for and the recommendation per failure state; else null. */
  recommendation: { load: number; unit: string; recommendations: Recommendation[] } | null;
  /** sweep.json's and summary.json's documents. */
  sweepJson: unknown;
  summaryJson: unknown;
  page: SweepPageInput;
}

/** The sweep's report files, each once. */
export function sweepFiles(r: SweepResults): Partial<Record<SweepFile, ReportFile>> {
  const files: Partial<Record<SweepFile, ReportFile>> = { 'sweep.csv': sweepCsv(r.tables) };
  if (r.tables.frontier !== null) files['frontier.csv'] = frontierCsv(r.tables.valueColumns, r.tables.frontier);
  if (r.recommendation !== null) files['recommendation.json'] = JSON.stringify(r.recommendation, null, 2) + '\n';
  files['sweep.json'] = JSON.stringify(r.sweepJson, null, 2) + '\n';
  files['summary.json'] = JSON.stringify(r.summaryJson, null, 2) + '\n';
  files['report.html'] = sweepPage(r.page);
  return files;
}
