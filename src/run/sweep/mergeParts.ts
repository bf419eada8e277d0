import type { CellResult } from './CellResult.js';
import { shardsOf } from './shard.js';
import { PART_FORMAT, PART_FORMAT_VERSION, type SweepPart } from './SweepPart.js';

/**
 * The cells of a whole sweep from its shards' parts, in grid order, or what is wrong
 * with the parts: from different sweeps (or magesim versions), shard counts that
 * differ, a shard given twice or missing, a part whose cells are not its shard's.
 * `names` label the parts in messages (their folders).
 */
export function mergeParts(parts: readonly SweepPart[], names: readonly string[]): { cells: CellResult[]; wallS: number } | string {
  if (parts.length === 0) return 'expected at least one part';
  for (const [i, p] of parts.entries()) {
    if (p.format !== PART_FORMAT || p.formatVersion !== PART_FORMAT_VERSION) return `${names[i]}: expected a sweep part (format ${PART_FORMAT} ${PART_FORMAT_VERSION}), found format ${String(p.format)} ${String(p.formatVersion)}`;
  }
  const first = parts[0];
  for (let i = 1; i < parts.length; i++) {
    if (parts[i].sweepHash !== first.sweepHash) {
      return `${names[i]}: expected a part of the same sweep as ${names[0]} (${first.sweepName}, sweep ${first.sweepHash.slice(0, 12)}), found one of ${parts[i].sweepName} (sweep ${parts[i].sweepHash.slice(0, 12)}): another sweep file, base scenario, --set or magesim version`;
    }
    if (parts[i].shard.count !== first.shard.count) {
      return `${names[i]}: expected shard i/${first.shard.count} like ${names[0]}, found shard ${parts[i].shard.index}/${parts[i].shard.count}`;
    }
  }
  const n = first.shard.count;
  const seen = new Map<number, string>();
  for (const [i, p] of parts.entries()) {
    const earlier = seen.get(p.shard.index);
    if (earlier !== undefined) return `${names[i]}: expected each shard once, found shard ${p.shard.index}/${n} twice (also ${earlier})`;
    seen.set(p.shard.index, names[i]);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) return `expected every shard 1 to ${n}, found no part of shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: run \`magesim sweep … --shard ${missing[0]}/${n}\` for it`;
  const byKey = new Map<string, CellResult>();
  const shardOf = shardsOf(first.grid.map((c) => c.key), n);
  for (const [i, p] of parts.entries()) {
    for (const c of p.cells) {
      if (shardOf.get(c.key) !== p.shard.index) return `${names[i]}: cell ${c.key} does not belong to shard ${p.shard.index}/${n}`;
      byKey.set(c.key, c);
    }
  }
  const absent = first.grid.map((c) => c.key).filter((k) => !byKey.has(k));
  if (absent.length > 0) return `expected every cell of the sweep, found none for ${absent.slice(0, 3).join('; ')}${absent.length > 3 ? ` and ${absent.length - 3} more` : ''}`;
  return { cells: first.grid.map((c) => c.key).map((k) => byKey.get(k)!), wallS: parts.reduce((a, p) => a + p.wallS, 0) };
}
