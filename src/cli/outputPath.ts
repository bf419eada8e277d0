import { lstatSync, mkdtempSync, readdirSync, readlinkSync, rmdirSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { reportForeignEntries } from './reportMarker.js';

/**
 * A report path is a symbolic link `NAME → .NAME.magesim-<pid>-<id>`, a sibling
 * folder holding one run's files: replacing a report renames a new link over the old
 * one, which is atomic, so a reader never finds the path missing or two runs' files
 * mixed (rename(2) cannot replace a non-empty folder; a link can be replaced).
 */
export const SNAPSHOT_PATTERN = (name: string): RegExp => new RegExp(`^\\.${escapeRegExp(name)}\\.magesim-(\\d+)-[0-9a-f]+$`);

/** What is at the output path now, once it is known to be safe to write there. */
export type OutputState =
  /** Nothing: the report is new. */
  | { kind: 'new' }
  /** An empty folder: removed and replaced by the report. */
  | { kind: 'empty-dir' }
  /** A link magesim made to a report snapshot: replaced atomically. */
  | { kind: 'report-link' }
  /** A plain folder holding a magesim report (written before reports were links): moved aside, then replaced. */
  | { kind: 'report-dir' };

/**
 * Checks, before anything is simulated, that magesim may write its report at `out`:
 * only a new path, an empty folder, or a report magesim wrote itself may be replaced,
 * in a location where it can create entries.
 * Returns the state, or a message naming the path, the reason and what to do instead.
 */
export function checkOutputPath(out: string): OutputState | string {
  const path = resolve(out);
  const shown = `--out ${out}`;
  const parentProblem = checkParent(dirname(path), shown);
  return parentProblem ?? inspectOutputPath(out);
}

/**
 * What is at the output path `out` now, or why it may not be replaced. Cheap and
 * without side effects: the writer calls it again, under its lock, just before the swap.
 */
export function inspectOutputPath(out: string): OutputState | string {
  const path = resolve(out);
  const shown = `--out ${out}`;
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'new' };
    if (code === 'ENOTDIR') return `${shown}: a part of the path above it is a file, so no folder can be made there`;
    return `${shown}: cannot be examined (${reason(error)})`;
  }
  if (st.isSymbolicLink()) return inspectLink(path, shown);
  if (st.isDirectory()) {
    let entries: string[];
    try {
      entries = readdirSync(path);
    } catch (error) {
      return `${shown}: cannot be read (${reason(error)})`;
    }
    if (entries.length === 0) return { kind: 'empty-dir' };
    const foreign = reportForeignEntries(path);
    if (foreign === null) return `${shown}: is a folder holding other files (not a magesim report); magesim will not replace it: choose a new or empty folder, or a previous report`;
    return foreign.length === 0 ? { kind: 'report-dir' } : foreignMessage(shown, foreign);
  }
  return `${shown}: is a file, not a folder; magesim will not replace it: choose a new or empty folder, or a previous report`;
}

/** A link is replaceable only when magesim made it: it names a snapshot beside it holding nothing but a report. */
function inspectLink(path: string, shown: string): OutputState | string {
  let target: string;
  try {
    target = readlinkSync(path);
  } catch (error) {
    return `${shown}: cannot read the link (${reason(error)})`;
  }
  const ours = SNAPSHOT_PATTERN(basename(path)).test(target);
  let targetIsDir = false;
  try {
    targetIsDir = statSync(path).isDirectory();
  } catch {
    if (!ours) return `${shown}: is a link to ${target}, which does not exist (a dangling link); remove it or choose another --out`;
  }
  if (!ours) return `${shown}: is a link to ${target}, not a report magesim wrote; magesim will not replace it: choose another --out`;
  if (!targetIsDir) return { kind: 'report-link' };
  const foreign = reportForeignEntries(path);
  if (foreign === null) return `${shown}: is a link to ${target}, which holds no magesim report; magesim will not replace it: choose another --out`;
  return foreign.length === 0 ? { kind: 'report-link' } : foreignMessage(shown, foreign);
}

function foreignMessage(shown: string, foreign: string[]): string {
  const names = foreign.length > 5 ? `${foreign.slice(0, 5).join(', ')} and ${foreign.length - 5} more` : foreign.join(', ');
  return `${shown}: is a magesim report that holds files magesim did not write: ${names}; replacing it would delete them: move them out of the report, or choose another --out`;
}

/** The nearest existing folder above the report must be one we can create entries in. */
function checkParent(parent: string, shown: string): string | null {
  let dir = parent;
  for (;;) {
    let st: Stats | undefined;
    try {
      st = statSync(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') return `${shown}: its folder ${dir} cannot be examined (${reason(error)})`;
    }
    if (st !== undefined) {
      if (!st.isDirectory()) return `${shown}: ${dir} is a file, so no folder can be made under it`;
      // A real attempt, not access(2): root passes every permission check, but not a read-only mount.
      try {
        rmdirSync(mkdtempSync(join(dir, '.magesim-probe-')));
      } catch (error) {
        return `${shown}: magesim cannot create anything in ${dir} (${reason(error)}: read-only or not writable); choose another --out`;
      }
      return null;
    }
    const up = dirname(dir);
    if (up === dir) return `${shown}: no existing folder above it`;
    dir = up;
  }
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? e.message;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
