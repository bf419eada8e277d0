import { DEFAULT_CDN_ENABLED, DEFAULT_EDGE_LATENCY_S, DEFAULT_HIT_RATIO, DEFAULT_ORIGIN_RTT_S, DEFAULT_SERVE_STALE } from './defaults.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { Cdn, ClassDemand, ClassName, RequestClass } from '../Scenario.js';
import { CUSTOM_CLASS_DEFAULTS } from '../classes/customClassDefaults.js';
import { parseDurationS, parseFraction } from '../units.js';

type RawCdn = NonNullable<RawScenario['cdn']>;

/**
 * The CDN with a hit ratio for every class: the file's value, else the default for a
 * cacheable class (0 if it has none, as for a class of the scenario's own), else 0. A default never makes an uncacheable class
 * hit; an explicit ratio > 0 on one is a rule error (scenarioRules).
 */
export function normaliseCdn(raw: RawCdn = {}, classes: Record<ClassName, ClassDemand>): Cdn {
  const hitRatio: Record<ClassName, number> = {};
  for (const c of Object.keys(classes)) {
    const given = raw.hitRatio?.[c];
    hitRatio[c] = given !== undefined ? parseFraction(given) : classes[c].cacheable ? (DEFAULT_HIT_RATIO[c as RequestClass] ?? CUSTOM_CLASS_DEFAULTS.hitRatio) : 0;
  }
  return {
    enabled: raw.enabled ?? DEFAULT_CDN_ENABLED,
    hitRatio,
    edgeLatencyS: raw.edgeLatency === undefined ? DEFAULT_EDGE_LATENCY_S : parseDurationS(raw.edgeLatency),
    originRttS: raw.originRtt === undefined ? DEFAULT_ORIGIN_RTT_S : parseDurationS(raw.originRtt),
    serveStale: raw.serveStale ?? DEFAULT_SERVE_STALE,
  };
}
