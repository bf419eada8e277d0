import type { Setup } from '../results/summaryFormat.js';

/** What makes two runs incomparable, each a sentence, and notes that do not (another magesim version). */
export interface SetupDiff {
  differences: string[];
  notes: string[];
}

const list = (xs: readonly number[]): string => (xs.length > 6 ? `${xs.slice(0, 6).join(', ')}, … (${xs.length})` : xs.join(', '));

/**
 * Compares the fingerprints of two runs. With the normalised scenarios (run.json's
 * `scenario`, without the fields the fingerprint lists apart), a differing hash is told
 * as the fields that differ; fields only one side has, when the magesim versions differ,
 * are a new version's additions: noted, not a difference.
 */
export function setupDifferences(base: Setup, cur: Setup, baseScenario?: unknown, curScenario?: unknown): SetupDiff {
  const differences: string[] = [];
  const notes: string[] = [];
  if (base.magesim !== cur.magesim) notes.push(`magesim ${base.magesim} → ${cur.magesim}`);
  if (base.scenarioHash !== cur.scenarioHash) {
    const paths = baseScenario !== undefined && curScenario !== undefined ? diffPaths(baseScenario, curScenario, '') : null;
    if (paths === null) differences.push(`scenario: the normalised scenarios differ (hash ${base.scenarioHash.slice(0, 12)} → ${cur.scenarioHash.slice(0, 12)})`);
    else {
      const oneSided = paths.filter((p) => p.oneSided);
      const both = paths.filter((p) => !p.oneSided);
      const versionOnly = base.magesim !== cur.magesim;
      for (const p of [...both, ...(versionOnly ? [] : oneSided)].slice(0, 8)) differences.push(`scenario: ${p.text}`);
      const shown = [...both, ...(versionOnly ? [] : oneSided)].length;
      if (shown > 8) differences.push(`scenario: and ${shown - 8} more fields`);
      if (versionOnly && oneSided.length > 0) notes.push(`fields only one magesim version has: ${oneSided.map((p) => p.path).slice(0, 8).join(', ')}`);
    }
  }
  differences.push(...runDifferences(base, cur, base.replications === cur.replications ? null : `replications: ${base.replications} → ${cur.replications}`));
  return { differences, notes };
}

/**
 * What runs and sweeps share in their fingerprints: replications (told by the caller,
 * as `replications`, when they differ; else the seeds), duration and warm-up.
 */
export function runDifferences(base: RunLike, cur: RunLike, replications: string | null): string[] {
  const out: string[] = [];
  if (replications !== null) out.push(replications);
  else if (base.seeds.some((s, i) => s !== cur.seeds[i])) out.push(`seeds: ${list(base.seeds)} → ${list(cur.seeds)}`);
  if (base.durationS !== cur.durationS) out.push(`duration: ${base.durationS} s → ${cur.durationS} s`);
  if (base.warmupS !== cur.warmupS) out.push(`warm-up: ${base.warmupS} s → ${cur.warmupS} s`);
  return out;
}

interface RunLike {
  seeds: readonly number[];
  durationS: number;
  warmupS: number;
}

interface PathDiff {
  path: string;
  text: string;
  oneSided: boolean;
}

const SKIP = new Set(['name', 'source', 'seed', 'durationS', 'warmupS']);
const show = (v: unknown): string => (typeof v === 'object' && v !== null ? JSON.stringify(v).slice(0, 60) : String(v));

function diffPaths(a: unknown, b: unknown, at: string): PathDiff[] {
  const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isMap(a) && isMap(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => at !== '' || !SKIP.has(k)).sort();
    return keys.flatMap((k) => {
      const path = at === '' ? k : `${at}.${k}`;
      if (!(k in a) || a[k] === undefined) return [{ path, text: `${path}: only in the current run (${show(b[k])})`, oneSided: true }];
      if (!(k in b) || b[k] === undefined) return [{ path, text: `${path}: only in the baseline (${show(a[k])})`, oneSided: true }];
      return diffPaths(a[k], b[k], path);
    });
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.flatMap((x, i) => diffPaths(x, b[i], `${at}[${i}]`));
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path: at, text: `${at}: ${show(a)} → ${show(b)}`, oneSided: false }];
}
