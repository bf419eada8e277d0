import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeParts } from '../run/sweep/mergeParts.js';
import { PART_FILE, PART_FORMAT, type SweepPart } from '../run/sweep/SweepPart.js';
import { partFromJson } from '../run/sweep/partJson.js';
import { sweepConsole } from '../report/sweep/sweepConsole.js';
import { terminalSafe } from '../scenario/errors/terminalSafe.js';
import { BadInput } from './BadInput.js';
import { packageVersion } from './packageVersion.js';
import { sweepReport } from './sweepReport.js';
import { writeReportDir } from './writeReportDir.js';

/** A shard's part, read from its folder; bad input when it is not one. */
export function readPart(dir: string): SweepPart {
  const file = join(dir, PART_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new BadInput(`${terminalSafe(dir)}: expected a sweep part (a folder written by \`magesim sweep --shard\`, holding ${PART_FILE}), found ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? `no ${PART_FILE}` : String((e as Error).message)}`);
  }
  let json: unknown;
  try {
    json = partFromJson(text);
  } catch {
    throw new BadInput(`${terminalSafe(file)}: expected JSON written by magesim, found text that does not parse`);
  }
  const p = json as Partial<SweepPart> | null;
  if (p === null || typeof p !== 'object' || p.format !== PART_FORMAT || typeof p.sweepHash !== 'string' || !Array.isArray(p.cells) || !Array.isArray(p.grid) || typeof p.shard !== 'object') {
    throw new BadInput(`${terminalSafe(file)}: expected a sweep part (format ${PART_FORMAT}), found another file`);
  }
  return p as SweepPart;
}

/**
 * `magesim merge PART… --out DIR`: joins the parts of a sharded sweep into the report
 * one process would have written — the same bytes, as every file is a function of the
 * cells' results — after checking the parts belong together: one sweep, every shard
 * once. Returns the exit code.
 */
export async function mergeCommand(dirs: readonly string[], o: { out: string; quiet: boolean; noTiming: boolean }, print: (text: string) => void): Promise<number> {
  const parts = dirs.map(readPart);
  const merged = mergeParts(parts, dirs.map((d) => terminalSafe(d)));
  if (typeof merged === 'string') throw new BadInput(`merge: ${merged}`);
  const first = parts[0];
  const version = packageVersion();
  const { files, tables, recommendations } = sweepReport({ sweep: first.sweep, grid: first.grid, vcpus: first.vcpus, cells: merged.cells, wallS: o.noTiming ? null : merged.wallS }, version);
  await writeReportDir(o.out, files);
  if (!o.quiet) {
    print(sweepConsole(`${first.sweep.name}: ${first.grid.length} cells merged from ${parts.length} shard${parts.length === 1 ? '' : 's'}`, tables, recommendations));
    print(`reports in ${o.out}/\n`);
  }
  return 0;
}
