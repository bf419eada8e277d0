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
  type BehaviourName,
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
  type ClassName,
  type Scenario,
  type ServiceName,
  type Services,
  type Slo,
  type Tier,
  type TierName,
  type TimelineEvent,
  type Traffic,
} from './Scenario.js';
export type { ScenarioError, ScenarioResult } from './errors/ScenarioError.js';
export { loadScenario } from './loadScenario.js';
export { loadScenarioText } from './loadScenarioText.js';
export { formatScenarioError } from './errors/formatScenarioError.js';
export { scenarioJsonSchema } from './schema/scenarioJsonSchema.js';
export { readScenarioFile } from './read/readScenarioFile.js';
export { parseScenarioText, type ParsedScenarioText } from './read/parseScenarioText.js';
export { validateRawScenario } from './validate/validateRawScenario.js';
export { normaliseScenario } from './normalise/normaliseScenario.js';
export { checkScenarioRules, SCENARIO_RULES, type ScenarioRule } from './validate/scenarioRules.js';
export { rawScenarioSchema, type RawScenario } from './schema/rawScenarioSchema.js';
export { LOGNORMAL_MAX_P95_OVER_MEAN } from './schema/phpCpuSchema.js';
export { SUM_TOLERANCE } from './schema/trafficSchema.js';
export { EVENT_TYPES } from './schema/eventsSchema.js';
export { parseBytes, parseBytesPerS, parseDurationS, parseFraction, parseRatePerS } from './units.js';
export { DEFAULT_MECHANICS } from './normalise/defaultMechanics.js';
export { type FieldPath, formatPath, type Problem } from './errors/Problem.js';
export { type Position, type SourceLocator } from './read/sourceLocator.js';
export * as scenarioDefaults from './normalise/defaults.js';
