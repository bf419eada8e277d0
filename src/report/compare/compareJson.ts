import { outcomeOf, type CompareReport } from './CompareReport.js';

export const COMPARE_FORMAT = 'magesim-compare';
export const COMPARE_FORMAT_VERSION = 1;

/** compare.json: the whole comparison as data (non-finite numbers as null). */
export function compareJson(r: CompareReport): string {
  const body = { format: COMPARE_FORMAT, formatVersion: COMPARE_FORMAT_VERSION, outcome: outcomeOf(r), ...r };
  return JSON.stringify(body, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}
