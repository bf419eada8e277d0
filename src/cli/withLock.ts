import { mkdirSync, writeFileSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from './processAlive.js';
import { sleepSync } from './sleepSync.js';

/** How long a run waits for another to finish swapping the same report, ms. */
const WAIT_MS = 30_000;
const POLL_MS = 5;
/** A lock folder with no pid yet after this long lost its holder between mkdir and the pid write, ms. */
const ORPHAN_MS = 2_000;

/**
 * Runs `work` holding the lock folder `lockPath` (mkdir is atomic: one process wins).
 * The holder's pid is written inside; a lock whose holder is gone (killed mid-swap) is
 * taken over. Waits at most WAIT_MS for a live holder, then throws.
 */
export function withLock(lockPath: string, work: () => void): void {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lockPath);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(lockPath);
      if (holder === null ? orphaned(lockPath) : !processAlive(holder)) {
        rmSync(lockPath, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another magesim run (pid ${holder ?? '?'}) holds ${lockPath}`);
      sleepSync(POLL_MS);
    }
  }
  try {
    writeFileSync(join(lockPath, 'pid'), String(process.pid));
    work();
  } finally {
    rmSync(lockPath, { recursive: true, force: true });
  }
}

/** The pid in a lock folder; null while it is being written (a holder that just made it). */
function holderOf(lockPath: string): number | null {
  try {
    const pid = Number(readFileSync(join(lockPath, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function orphaned(lockPath: string): boolean {
  try {
    return Date.now() - statSync(lockPath).mtimeMs > ORPHAN_MS;
  } catch {
    return false;
  }
}
