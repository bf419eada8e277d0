import type { FrontierSpec } from '../../scenario/sweep/Sweep.js';
import { roundLoad } from '../../scenario/sweep/loadValue.js';
import type { ProbeResult } from './CellResult.js';

/**
 * The largest load in `f.range` that meets the SLO, bracketed: probes run one after
 * another (each decides pass, fail or inconclusive with the sweep's confidence; an
 * inconclusive probe counts as a miss for the search but certifies nothing).
 *
 * 1. Probe the range's lowest load; if it does not pass, the capacity is below the range.
 * 2. Bracket with the utilisation law: at load x the busiest resource is busy a
 *    fraction u, and utilisation grows in proportion to load, so it saturates near
 *    x/u (the asymptotic bound of operational analysis); no load past it can meet a
 *    latency target for long. Probe there (at least double the last passing load,
 *    at most the range's top), until a probe misses or the top passes.
 * 3. Bisect the bracket until it is narrower than `precision` × its lower end.
 */
export async function searchFrontier(
  f: FrontierSpec,
  probe: (load: number) => Promise<ProbeResult>,
): Promise<{ probes: ProbeResult[]; capacityLo: number | null; capacityHi: number | null }> {
  const probes: ProbeResult[] = [];
  let certifiedHi: number | null = null;
  const at = async (x: number): Promise<ProbeResult> => {
    const r = await probe(x);
    probes.push(r);
    if (r.sloMet === 'false' && (certifiedHi === null || x < certifiedHi)) certifiedHi = x;
    return r;
  };
  const first = await at(f.lo);
  if (first.sloMet !== 'true') return { probes, capacityLo: null, capacityHi: certifiedHi };
  let lo = f.lo;
  let loProbe = first;
  let hi: number | null = null;
  let step = 0;
  while (hi === null) {
    const u = meanUtilisation(loProbe);
    const saturation = u > 0 ? lo / u : Infinity;
    const next = roundLoad(Math.min(f.hi, Math.max(step === 0 ? saturation : Math.max(saturation, 2 * lo), lo * (1 + 2 * f.precision))));
    step++;
    if (!(next > lo)) break;
    const r = await at(next);
    if (r.sloMet === 'true') {
      lo = next;
      loProbe = r;
      if (next >= f.hi) break;
    } else {
      hi = next;
    }
  }
  while (hi !== null && hi - lo > f.precision * lo) {
    const mid = roundLoad((lo + hi) / 2);
    if (!(mid > lo && mid < hi)) break;
    const r = await at(mid);
    if (r.sloMet === 'true') lo = mid;
    else hi = mid;
  }
  return { probes, capacityLo: lo, capacityHi: certifiedHi };
}

function meanUtilisation(p: ProbeResult): number {
  return p.reps.reduce((a, r) => a + r.busiestUtilisation, 0) / p.reps.length;
}
