import { comparePage, type CompareSeries } from '../html/comparePage.js';
import type { CompareReport } from './CompareReport.js';
import { compareJson } from './compareJson.js';
import { compareJunit } from './compareJunit.js';
import { compareMarkdown } from './compareMarkdown.js';

/** Every file a compare writes beside its marker (run.json). */
export const COMPARE_FILES = ['compare.json', 'compare.md', 'junit.xml', 'report.html'] as const;
export type CompareFile = (typeof COMPARE_FILES)[number];

/** A compare's files, each once: as data, as a pull-request comment, for CI's test view, and the page. */
export function compareFiles(report: CompareReport, title: string, series: CompareSeries): Record<CompareFile, string> {
  return {
    'compare.json': compareJson(report),
    'compare.md': compareMarkdown(report),
    'junit.xml': compareJunit(report),
    'report.html': comparePage({ title, report, series }),
  };
}
