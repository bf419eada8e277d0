/**
 * A validated raw scenario as a Scenario: units converted to SI (seconds, per second, bytes),
 * every default filled in, tiers resolved, the timeline in time order. Pure; assumes
 * the schema accepted `raw` (cross-field rules run on its result, see scenarioRules).
 */
import { DEFAULT_DURATION_S, DEFAULT_SEED, DEFAULT_SLO, DEFAULT_WARMUP_S, DEFAULT_WINDOW_S } from './defaults.js';
import { normaliseCdn } from './normaliseCdn.js';
import { normaliseClasses } from '../classes/normaliseClasses.js';
import { normaliseCluster } from './normaliseCluster.js';
import { normaliseEvents } from './normaliseEvents.js';
import { normaliseMechanics } from './normaliseMechanics.js';
import { normaliseRabbitmq } from '../rabbitmq/normaliseRabbitmq.js';
import { normaliseTraffic } from './normaliseTraffic.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { Scenario, Slo } from '../Scenario.js';
import { parseDurationS, parseFraction } from '../units.js';

function seconds(raw: string | number | undefined, fallbackS: number): number {
  return raw === undefined ? fallbackS : parseDurationS(raw);
}

/** `none` and an empty value switch a target off. */
function target(raw: string | number | null | undefined, fallback: number | null, parse: (v: string | number) => number) {
  if (raw === undefined) return fallback;
  return raw === null || raw === 'none' ? null : parse(raw);
}

function normaliseSlo(raw: RawScenario['slo'] = {}): Slo {
  const errorRate = target(raw.errorRate, DEFAULT_SLO.errorRate, parseFraction);
  const classes: Slo['classes'] = {};
  for (const [name, c] of Object.entries(raw.classes ?? {})) {
    if (c === undefined) continue;
    classes[name] = { p95S: target(c.p95, null, parseDurationS), p99S: target(c.p99, null, parseDurationS), errorRate: target(c.errorRate, errorRate, parseFraction) };
  }
  return {
    p95S: target(raw.p95, DEFAULT_SLO.p95S, parseDurationS),
    p99S: target(raw.p99, DEFAULT_SLO.p99S, parseDurationS),
    errorRate,
    scope: raw.scope ?? DEFAULT_SLO.scope,
    classes,
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** `source` is the file name kept for messages ('' when built in code). The result is deeply frozen. */
export function normaliseScenario(raw: RawScenario, source: string): Scenario {
  const cluster = normaliseCluster(raw.cluster);
  const classes = normaliseClasses(raw, cluster.db.split);
  return deepFreeze({
    name: raw.name,
    source,
    seed: raw.seed ?? DEFAULT_SEED,
    durationS: seconds(raw.duration, DEFAULT_DURATION_S),
    warmupS: seconds(raw.warmup, DEFAULT_WARMUP_S),
    windowS: seconds(raw.window, DEFAULT_WINDOW_S),
    cluster,
    cdn: normaliseCdn(raw.cdn, classes),
    traffic: normaliseTraffic(raw.traffic),
    classes,
    slo: normaliseSlo(raw.slo),
    events: normaliseEvents(raw.events),
    mechanics: normaliseMechanics(raw.mechanics, Object.keys(classes)),
    // Absent, not undefined, without a section: the normalised scenario (run.json) stays as it was.
    ...(raw.rabbitmq === undefined ? {} : { rabbitmq: normaliseRabbitmq(raw.rabbitmq) }),
  });
}
