export {
  AZS,
  BALANCING,
  BEHAVIOURS,
  DB_SPLITS,
  DB_WRITE_MODES,
  REQUEST_CLASSES,
  SERVICES,
  TIER_NAMES,
  type Architecture,
  type AzName,
  type Balancing,
  type Behaviour,
  type Cdn,
  type ClassDemand,
  type Cluster,
  type DbSplit,
  type DbWriteMode,
  type DistSpec,
  type Mechanics,
  type NodeSize,
  type ProfilePoint,
  type RequestClass,
  type Scenario,
  type ServiceName,
  type Services,
  type Slo,
  type Tier,
  type TierName,
  type TimelineEvent,
  type Traffic,
} from './Scenario.js';
export type { ScenarioError, ScenarioResult } from './ScenarioError.js';
export { loadScenario } from './loadScenario.js';
export { loadScenarioText } from './loadScenarioText.js';
export { formatScenarioError } from './formatScenarioError.js';
export { scenarioJsonSchema } from './scenarioJsonSchema.js';
export { readScenarioFile } from './readScenarioFile.js';
export { parseScenarioText, type ParsedScenarioText } from './parseScenarioText.js';
export { validateRawScenario } from './validateRawScenario.js';
export { normaliseScenario } from './normaliseScenario.js';
export { checkScenarioRules, SCENARIO_RULES, type ScenarioRule } from './scenarioRules.js';
export { rawScenarioSchema, type RawScenario } from './rawScenarioSchema.js';
export { LOGNORMAL_MAX_P95_OVER_MEAN } from './phpCpuSchema.js';
export { SUM_TOLERANCE } from './trafficSchema.js';
export { EVENT_TYPES } from './eventsSchema.js';
export { parseBytes, parseBytesPerS, parseDurationS, parseFraction, parseRatePerS } from './units.js';
export { DEFAULT_MECHANICS } from './defaultMechanics.js';
export { type FieldPath, formatPath, type Problem } from './Problem.js';
export { type Position, type SourceLocator } from './sourceLocator.js';
export * as scenarioDefaults from './defaults.js';
