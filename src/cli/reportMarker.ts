import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What makes a folder a magesim report: its `run.json` names the program, the report
 * format and the files the run wrote. magesim replaces or deletes only folders that
 * carry it and hold nothing else.
 */
export const REPORT_FORMAT = 'magesim-report';
export const REPORT_FORMAT_VERSION = 1;
export const MARKER_FILE = 'run.json';

/** The files of a report written before run.json listed them. */
const EARLIER_REPORT_FILES = ['summary.csv', 'timeseries.csv', 'resources.csv', 'events.csv', 'incidents.csv', MARKER_FILE];

/** The fields of run.json that mark the folder as a report of `files` (run.json included). */
export function reportMarker(version: string, files: string[]): { format: string; formatVersion: number; magesim: string; files: string[] } {
  return { format: REPORT_FORMAT, formatVersion: REPORT_FORMAT_VERSION, magesim: version, files };
}

/**
 * Whether folder `dir` holds a magesim report — a run.json with this format, or one
 * written before the format was named (it has `magesim`, `scenario` and `seeds`) —
 * and what else it holds: null when it is no report, otherwise the entries the run did
 * not write (someone added them, so replacing the report would delete them).
 */
export function reportForeignEntries(dir: string): string[] | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dir, MARKER_FILE), 'utf8'));
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const o = json as Record<string, unknown>;
  const earlier = typeof o.magesim === 'string' && typeof o.scenario === 'object' && Array.isArray(o.seeds);
  if (o.format !== REPORT_FORMAT && !earlier) return null;
  const listed = Array.isArray(o.files) && o.files.every((f) => typeof f === 'string') ? (o.files as string[]) : EARLIER_REPORT_FILES;
  try {
    return readdirSync(dir).filter((entry) => !listed.includes(entry));
  } catch {
    return null;
  }
}
