import { createHash } from 'node:crypto';
import type { Scenario } from '../scenario/Scenario.js';

/**
 * What makes two runs comparable, as summary.json records it: the normalised scenario
 * (its hash, without what is listed on its own: name, file, seed, duration and
 * warm-up), the seeds and replications, the simulated and warm-up times and the
 * magesim version (which may differ: that is what a regression check compares).
 */
export interface SetupFingerprint {
  scenario: string;
  scenarioHash: string;
  seeds: number[];
  replications: number;
  durationS: number;
  warmupS: number;
  magesim: string;
}

/** Fields of the normalised scenario that the fingerprint lists apart, or that do not change results. */
const LISTED_APART = new Set(['name', 'source', 'seed', 'durationS', 'warmupS']);

/** The normalised scenario as the hash sees it: those fields left out, keys in sorted order, NaN and ∞ spelled out. */
export function comparableScenario(scenario: Scenario): unknown {
  return canonical(Object.fromEntries(Object.entries(scenario).filter(([k]) => !LISTED_APART.has(k))));
}

function canonical(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

export function setupFingerprint(scenario: Scenario, seeds: readonly number[], version: string): SetupFingerprint {
  return {
    scenario: scenario.name,
    scenarioHash: createHash('sha256').update(JSON.stringify(comparableScenario(scenario))).digest('hex'),
    seeds: [...seeds],
    replications: seeds.length,
    durationS: scenario.durationS,
    warmupS: scenario.warmupS,
    magesim: version,
  };
}
