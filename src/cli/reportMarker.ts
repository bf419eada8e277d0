import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What makes a folder a magesim report: its `run.json` names the program and the
 * report format. magesim replaces or deletes only folders that carry it.
 */
export const REPORT_FORMAT = 'magesim-report';
export const REPORT_FORMAT_VERSION = 1;
export const MARKER_FILE = 'run.json';

/** The fields of run.json that mark the folder as a report. */
export function reportMarker(version: string): { format: string; formatVersion: number; magesim: string } {
  return { format: REPORT_FORMAT, formatVersion: REPORT_FORMAT_VERSION, magesim: version };
}

/**
 * Whether folder `dir` holds a magesim report: a run.json with this format, or one
 * written before the format was named (it has `magesim`, `scenario` and `seeds`).
 */
export function isReportDir(dir: string): boolean {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dir, MARKER_FILE), 'utf8'));
  } catch {
    return false;
  }
  if (typeof json !== 'object' || json === null) return false;
  const o = json as Record<string, unknown>;
  if (o.format === REPORT_FORMAT) return true;
  return typeof o.magesim === 'string' && typeof o.scenario === 'object' && Array.isArray(o.seeds);
}
