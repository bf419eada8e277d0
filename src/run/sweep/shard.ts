import { join } from 'node:path';

/** `--shard i/N`: shard i (1-based) of N. */
export interface Shard {
  index: number;
  count: number;
}

/** FNV-1a (32-bit) of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The shard (1-based, among `count`) of each cell key: the keys are put in the order of
 * their FNV-1a hash (ties by the key itself) and dealt to shards 1, 2, …, count, 1, 2, …
 * in that order. So shards differ by at most one cell, and the assignment depends on the
 * set of keys alone (the varied values and failure states), never on the order of a
 * list in the sweep file, so every process of an array job agrees on it without talking
 * to the others. (A hash modulo the count, the usual choice, put 3 of 6 cells on one
 * shard and none on three others for the bundled frontier.)
 */
export function shardsOf(keys: readonly string[], count: number): Map<string, number> {
  const ranked = keys.map((key) => ({ key, h: fnv1a(key) })).sort((a, b) => a.h - b.h || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return new Map(ranked.map((r, rank) => [r.key, (rank % count) + 1]));
}

/**
 * `--shard 2/5`, or `--shards 5` with the array job's index in `JOB_COMPLETION_INDEX`
 * (Kubernetes Indexed Jobs, 0-based: shard = index + 1). Returns the shard or a message.
 */
export function parseShard(shard: string | undefined, shards: number | undefined, env: NodeJS.ProcessEnv): Shard | null | string {
  if (shard !== undefined && shards !== undefined) return `--shard and --shards: expected one of them, found both`;
  if (shard !== undefined) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(shard);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!(count >= 1 && index >= 1 && index <= count && count <= 100_000)) return `--shard: expected i/N with 1 ≤ i ≤ N (e.g. 2/5), found "${shard}"`;
    return { index, count };
  }
  if (shards !== undefined) {
    if (!(Number.isInteger(shards) && shards >= 1 && shards <= 100_000)) return `--shards: expected a whole number ≥ 1, found ${shards}`;
    const text = env.JOB_COMPLETION_INDEX;
    const index = text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : NaN;
    if (!(index >= 0 && index < shards)) {
      return `--shards ${shards}: expected JOB_COMPLETION_INDEX to hold the job's index, 0 to ${shards - 1} (Kubernetes Indexed Jobs set it), found ${text === undefined ? 'it unset' : `"${text}"`}`;
    }
    return { index: index + 1, count: shards };
  }
  return null;
}

/** The default report folder: reports/<name>/, or reports/<name>.shard-<i>-of-<N>/ for a shard's part. */
export function defaultSweepOut(name: string, shard: Shard | null): string {
  return shard === null ? join('reports', name) : join('reports', `${name}.shard-${shard.index}-of-${shard.count}`);
}
