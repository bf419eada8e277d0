import { closeSync, openSync, writeSync, mkdirSync, writeFileSync, renameSync, rmSync, symlinkSync, readdirSync, readlinkSync, rmdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, basename, join, resolve } from 'node:path';
import { SNAPSHOT_PATTERN, inspectOutputPath } from './outputPath.js';
import { BadInput } from './BadInput.js';
import { withLock } from './withLock.js';
import { processAlive } from './processAlive.js';
import { sleepSync } from './sleepSync.js';
import type { ReportFile } from '../report/ReportFile.js';

/** How long a replaced snapshot outlives the swap, for readers that followed the old link, ms. */
const GRACE_MS = 200;


function writeReportFile(path: string, content: ReportFile): void {
  if (typeof content === 'string') return writeFileSync(path, content);
  const fd = openSync(path, 'w');
  try {
    for (const chunk of content) {
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `files` as the report at `out` (which `checkOutputPath` accepted). The files
 * go into a new sibling snapshot folder `.NAME.magesim-<pid>-<id>`; a link to it is
 * then renamed over `out`, atomically, so a reader sees the whole previous report or
 * the whole new one and never a missing path. Then the snapshots no link points to —
 * the one just replaced (after a grace period) and those left by runs that were killed
 * — are deleted. The swap and the clean-up run under a lock, so that two runs writing
 * the same report each delete only what is safe: the last one to swap wins, and
 * nothing is left over. What is at `out` is examined again under the lock, as another
 * run or a user may have changed it while this one simulated: anything magesim may not
 * replace is refused then too (BadInput), with this run's snapshot removed.
 * Signals are held off while the files are written and swapped, so an interrupted run
 * leaves the previous report as it was.
 */
export async function writeReportDir(out: string, files: Record<string, ReportFile>): Promise<void> {
  const path = resolve(out);
  const parent = dirname(path);
  const name = basename(path);
  mkdirSync(parent, { recursive: true });
  const snapshot = `.${name}.magesim-${process.pid}-${randomBytes(6).toString('hex')}`;
  await withSignalsHeld(() => {
    const snapshotPath = join(parent, snapshot);
    let swapped = false;
    try {
      mkdirSync(snapshotPath);
      for (const [file, content] of Object.entries(files)) writeReportFile(join(snapshotPath, file), content);
      const lock = join(parent, `.${name}.magesim-lock`);
      let replaced: string | null = null;
      withLock(lock, () => {
        const state = inspectOutputPath(out);
        if (typeof state === 'string') throw new BadInput(`${state} (found when writing the report: it changed while this run simulated; nothing was written)`);
        const link = join(parent, `${snapshot}.link`);
        symlinkSync(snapshot, link);
        if (state.kind === 'empty-dir') rmdirSync(path);
        // A report written before reports were links is a plain folder, which a link
        // cannot be renamed over: it is moved aside first (the one moment the path is
        // missing, once per such folder) and deleted as a replaced snapshot.
        if (state.kind === 'report-dir') {
          replaced = `.${name}.magesim-0-${randomBytes(6).toString('hex')}`;
          renameSync(path, join(parent, replaced));
        } else if (state.kind === 'report-link') replaced = readlinkSync(path);
        try {
          renameSync(link, path);
        } catch (error) {
          if (state.kind === 'report-dir') renameSync(join(parent, replaced!), path);
          throw error;
        }
        swapped = true;
      });
      // A reader that followed the old link just before the swap may still be opening
      // its files: the replaced snapshot goes after a grace period, by this run only (a new report replaces nothing and waits for nothing).
      if ((replaced as string | null) !== null) sleepSync(GRACE_MS);
      withLock(lock, () => {
        if (replaced !== null && SNAPSHOT_PATTERN(name).test(replaced) && readlinkSync(path) !== replaced) rmSync(join(parent, replaced), { recursive: true, force: true });
        removeStale(parent, name, readlinkSync(path));
      });
    } catch (error) {
      if (!swapped) for (const p of [snapshotPath, `${snapshotPath}.link`]) rmSync(p, { recursive: true, force: true });
      throw error;
    }
  });
}

/**
 * Deletes what killed runs left of report `name`: snapshots (and half-made links) of
 * processes that are gone, except the `current` one. A live run's snapshot is its own
 * to swap in, or the replacing run's to delete after its grace period.
 */
function removeStale(parent: string, name: string, current: string): void {
  const pattern = SNAPSHOT_PATTERN(name);
  for (const entry of readdirSync(parent)) {
    if (entry === current) continue;
    const link = entry.endsWith('.link') ? entry.slice(0, -5) : entry;
    const m = pattern.exec(link);
    if (!m) continue;
    const pid = Number(m[1]);
    if (!processAlive(pid)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * Runs `work` with SIGINT, SIGTERM and SIGHUP held; one that came meanwhile ends the
 * process afterwards, by its default action. `work` is synchronous, so a signal's
 * listener cannot run until the event loop reads it: the loop turns before the
 * listeners go, or a Ctrl-C during the write would be dropped, not deferred.
 */
async function withSignalsHeld(work: () => void): Promise<void> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  let caught: NodeJS.Signals | null = null;
  const hold = (signal: NodeJS.Signals): void => {
    caught ??= signal;
  };
  for (const s of signals) process.on(s, hold);
  try {
    work();
  } finally {
    // Two check phases have a poll phase between them, where a pending signal is read.
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
    for (const s of signals) process.off(s, hold);
    if (caught !== null) process.kill(process.pid, caught);
  }
}
