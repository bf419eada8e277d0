import {
  DEFAULT_ASSETS_PER_PAGE,
  DEFAULT_BEHAVIOURS,
  DEFAULT_JOURNEYS,
  DEFAULT_PROFILE,
  DEFAULT_REQUEST_MIX,
  DEFAULT_SESSION_RATE_PER_S,
  DEFAULT_THINK_TIME,
} from './defaults.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { Behaviour, BehaviourName, ClassName, ProfilePoint, Traffic } from '../Scenario.js';
import { behaviourNamesOf } from '../classes/classNames.js';
import { parseDurationS, parseFraction, parseRatePerS } from '../units.js';

type RawTraffic = NonNullable<RawScenario['traffic']>;
type RawProfile = NonNullable<NonNullable<RawTraffic['sessions']>['profile']>;

/** Points in seconds; a first point after 0 is also held from 0. */
function normaliseProfile(raw: RawProfile | undefined): ProfilePoint[] {
  if (raw === undefined) return DEFAULT_PROFILE.map((p) => ({ ...p }));
  const points = raw.map((p) => ({ atS: parseDurationS(p.at), x: p.x }));
  return points[0].atS > 0 ? [{ atS: 0, x: points[0].x }, ...points] : points;
}

/** Given shares as fractions; keys left out are absent (read as 0). */
function fractions(raw: Readonly<Record<string, string | number | undefined>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (value !== undefined) out[key] = parseFraction(value);
  }
  return out;
}

/** The validated `traffic` section with every default filled in, in SI units. */
export function normaliseTraffic(raw: RawTraffic = {}): Traffic {
  if (raw.requests !== undefined) {
    const { rate, profile, mix } = raw.requests;
    return {
      kind: 'requests',
      ratePerS: parseRatePerS(rate),
      profile: normaliseProfile(profile),
      mix: mix === undefined ? { ...DEFAULT_REQUEST_MIX } : fractions(mix),
    };
  }
  const shares: Readonly<Record<BehaviourName, number | undefined>> = raw.behaviours === undefined ? DEFAULT_BEHAVIOURS : fractions(raw.behaviours);
  const behaviours: Record<BehaviourName, number> = {};
  const journeys: Record<BehaviourName, ClassName[]> = {};
  for (const b of behaviourNamesOf({ traffic: raw })) {
    behaviours[b] = shares[b] ?? 0;
    journeys[b] = [...(raw.journeys?.[b] ?? DEFAULT_JOURNEYS[b as Behaviour])];
  }
  return {
    kind: 'sessions',
    ratePerS: raw.sessions === undefined ? DEFAULT_SESSION_RATE_PER_S : parseRatePerS(raw.sessions.rate),
    profile: normaliseProfile(raw.sessions?.profile),
    behaviours,
    journeys,
    thinkTime: {
      baseS: raw.thinkTime?.base === undefined ? DEFAULT_THINK_TIME.baseS : parseDurationS(raw.thinkTime.base),
      jitterS: raw.thinkTime?.jitter === undefined ? DEFAULT_THINK_TIME.jitterS : parseDurationS(raw.thinkTime.jitter),
    },
    assetsPerPage: raw.assetsPerPage ?? DEFAULT_ASSETS_PER_PAGE,
  };
}
