import { mkdirSync, writeFileSync, renameSync, rmSync, existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/**
 * Writes `files` into `dir` atomically: everything goes to a sibling temporary folder
 * first, which then replaces `dir` by rename, so a reader never sees a half-written
 * report and a failure leaves the previous report as it was.
 */
export function writeReportDir(dir: string, files: Record<string, string>): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(dir)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(tmp, name), text);
    if (existsSync(dir)) {
      const old = join(parent, `.${basename(dir)}.old-${process.pid}`);
      renameSync(dir, old);
      renameSync(tmp, dir);
      rmSync(old, { recursive: true, force: true });
    } else renameSync(tmp, dir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}
