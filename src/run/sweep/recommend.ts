import type { Sweep, SweepCell } from '../../scenario/sweep/Sweep.js';
import { TIER_PATH } from '../../scenario/sweep/sweepRules.js';
import { valueText } from '../../scenario/sweep/loadSweep.js';
import type { CellResult } from './CellResult.js';

/** A tier's standing against the recommended load. */
export interface TierStanding {
  tier: string;
  /** The monthly price from the sweep's `cost`, or null when ordered by vCPU. */
  cost: number | null;
  vcpu: number;
  /** Certified capacity (capacity_lo) in each failure state; null when below the range. */
  capacityByFailure: Record<string, number | null>;
  covers: boolean;
  /** min over failure states of capacity_lo / load − 1: how much more load it certainly carries. */
  headroom: number | null;
}

/** The recommendation for one combination of the other varied fields. */
export interface Recommendation {
  /** The other varied fields' values (empty when only the tier varies). */
  values: Record<string, string>;
  load: number;
  unit: string;
  orderedBy: 'cost' | 'vcpu';
  tiers: TierStanding[];
  /** The cheapest tier that covers the load in every failure state; null when none does. */
  recommended: string | null;
  headroom: number | null;
}

/**
 * The cheapest tier whose certified capacity covers `recommend.load` in every failure
 * state: cheapest by the sweep's `cost`, or by total vCPU (then the output says so).
 * A tier covers the load when capacity_lo ≥ load in each state. `vcpus[i]` is cell i's
 * total vCPU (from its scenario).
 */
export function recommend(sweep: Sweep, cells: readonly SweepCell[], results: readonly CellResult[], vcpus: readonly number[]): Recommendation[] {
  if (sweep.recommend === null || sweep.frontier === null) return [];
  const tierAxis = sweep.vary.findIndex((a) => a.path === TIER_PATH);
  const load = sweep.recommend.load;
  const groups = new Map<string, { values: Record<string, string>; cells: number[] }>();
  cells.forEach((cell, i) => {
    const values = Object.fromEntries(sweep.vary.flatMap((a, j) => (j === tierAxis ? [] : [[a.path, valueText(cell.values[j])]])));
    const key = JSON.stringify(values);
    const g = groups.get(key) ?? { values, cells: [] };
    g.cells.push(i);
    groups.set(key, g);
  });
  return [...groups.values()].map(({ values, cells: indices }) => {
    const byTier = new Map<string, TierStanding>();
    for (const i of indices) {
      const tier = valueText(cells[i].values[tierAxis]);
      const t = byTier.get(tier) ?? { tier, cost: sweep.cost?.[tier] ?? null, vcpu: vcpus[i], capacityByFailure: {}, covers: true, headroom: null };
      t.capacityByFailure[cells[i].failure] = results[i].capacityLo;
      byTier.set(tier, t);
    }
    const tiers = [...byTier.values()].map((t) => {
      const caps = Object.values(t.capacityByFailure);
      const covers = caps.every((c) => c !== null && c >= load);
      const worst = caps.some((c) => c === null) ? null : Math.min(...(caps as number[]));
      return { ...t, covers, headroom: worst === null ? null : worst / load - 1 };
    });
    const orderedBy = sweep.cost === null ? 'vcpu' : 'cost';
    const price = (t: TierStanding): number => (orderedBy === 'cost' ? t.cost! : t.vcpu);
    tiers.sort((a, b) => price(a) - price(b) || (a.tier < b.tier ? -1 : 1));
    const best = tiers.find((t) => t.covers) ?? null;
    return { values, load, unit: sweep.frontier!.unit, orderedBy, tiers, recommended: best?.tier ?? null, headroom: best?.headroom ?? null };
  });
}
