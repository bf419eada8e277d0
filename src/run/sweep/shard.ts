/** `--shard i/N`: shard i (1-based) of N. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The shard (1-based) a cell belongs to among `count`: FNV-1a of the cell's key, modulo
 * the count. It depends on the key alone (the varied values and the failure state),
 * never on the cell's position in a list that could change, so every process of an
 * array job agrees on it without talking to the others.
 */
export function shardOf(key: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % count) + 1;
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
