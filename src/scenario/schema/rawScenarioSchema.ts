/**
 * The scenario file format as users write it: one strict zod schema (unknown keys are
 * errors) that both validates files and generates the JSON Schema editors use. Values
 * keep their units here; normaliseScenario converts them.
 */
import { z } from 'zod';
import { durationText, listText, percentText, withDefault } from './defaultText.js';
import { DEFAULT_DURATION_S, DEFAULT_EDGE_LATENCY_S, DEFAULT_HIT_RATIO, DEFAULT_ORIGIN_RTT_S, DEFAULT_SEED, DEFAULT_SLO, DEFAULT_WARMUP_S, DEFAULT_WINDOW_S } from '../normalise/defaults.js';
import { REQUEST_CLASSES } from '../Scenario.js';
import { clusterSchema } from './clusterSchema.js';
import { eventsSchema } from './eventsSchema.js';
import { mechanicsSchema } from './mechanicsSchema.js';
import { rabbitmqSchema } from '../rabbitmq/rabbitmqSchema.js';
import { classSchema, openMapSchema } from '../classes/classSchema.js';
import { CUSTOM_CLASS_DEFAULTS } from '../classes/customClassDefaults.js';
import { trafficSchema } from './trafficSchema.js';
import {
  countSchema,
  durationSchema,
  fractionSchema,
} from './unitSchemas.js';

const cdnSchema = z
  .strictObject(
    {
      enabled: z.boolean({ error: 'true or false' }).optional().describe('Whether Fastly is in front. Default true.'),
      hitRatio: openMapSchema(
        REQUEST_CLASSES,
        (c) => fractionSchema(c === undefined ? 'Probability that Fastly answers a request of this class from cache.' : `Probability that Fastly answers a ${c} request from cache.`),
        'request classes to hit ratios',
      )
        .optional()
        .describe(
          `Fastly hit ratio per class, merged over the defaults (${listText(DEFAULT_HIT_RATIO)}; ` +
            `${CUSTOM_CLASS_DEFAULTS.hitRatio} for the rest). Only cacheable classes may be above 0.`,
        ),
      edgeLatency: durationSchema('nonnegative', withDefault('Latency of a cache hit as the shopper sees it.', durationText(DEFAULT_EDGE_LATENCY_S))).optional(),
      originRtt: durationSchema('nonnegative', withDefault('Round trip Fastly ↔ origin added to every miss.', durationText(DEFAULT_ORIGIN_RTT_S))).optional(),
      serveStale: z
        .boolean({ error: 'true or false' })
        .optional()
        .describe(
          'Fastly answers a cacheable request whose origin fetch fails (5xx) with the stale copy it still holds (stale-if-error). Default false.',
        ),
    },
    { error: 'a map { enabled, hitRatio, edgeLatency, originRtt, serveStale }' },
  )
  .optional()
  .describe('Fastly CDN in front of the cluster.');

const NONE_OR = (what: string) => `none, or ${what}`;

const latencyTarget = (what: string, deflt: string) =>
  z
    .union([z.literal('none'), z.null(), durationSchema('positive', 'A latency target.')], { error: NONE_OR('a positive duration') })
    .optional()
    .describe(`${what}; none for no target. ${deflt}`);
const errorRateTarget = (deflt: string) =>
  z
    .union([z.literal('none'), z.null(), fractionSchema('An error-rate target.')], { error: NONE_OR('a probability such as 0.1%') })
    .optional()
    .describe(`Highest acceptable share of failed requests (5xx, 1213); none for no target. ${deflt}`);

const classSloSchema = z.strictObject(
  {
    p95: latencyTarget('Target 95th-percentile latency of this class (in the SLO scope)', 'Default none.'),
    p99: latencyTarget('Target 99th-percentile latency of this class (in the SLO scope)', 'Default none.'),
    errorRate: errorRateTarget('Default the SLO-wide errorRate.'),
  },
  { error: 'a map { p95, p99, errorRate }' },
);

const sloSchema = z
  .strictObject(
    {
      p95: latencyTarget('Target 95th-percentile latency of pages (in the SLO scope)', 'Default none.'),
      p99: latencyTarget('Target 99th-percentile latency of pages (in the SLO scope)', `Default ${DEFAULT_SLO.p99S === null ? 'none' : durationText(DEFAULT_SLO.p99S)} (Adobe "healthy" band for uncached pages).`),
      errorRate: errorRateTarget(`Default ${DEFAULT_SLO.errorRate === null ? 'none' : percentText(DEFAULT_SLO.errorRate)}. Checked for all pages and for every class.`),
      scope: z
        .enum(['all', 'origin'], { error: 'one of all, origin' })
        .optional()
        .describe('Which responses the latency targets read: origin (the pages that missed Fastly, what capacity decides) or all (CDN hits included). Default origin.'),
      classes: openMapSchema(REQUEST_CLASSES, (c) => classSloSchema.describe(`Targets of ${c ?? 'this class\'s'} requests.`), 'request classes to targets')
        .optional()
        .describe('Targets of single classes, beside the SLO-wide ones.'),
    },
    { error: 'a map { p95, p99, errorRate, scope, classes }' },
  )
  .optional()
  .describe('Service-level objectives the report checks.');

export const NAME_PATTERN = /^[a-z0-9-]+$/;

/** A name of a scenario or sweep: lowercase letters, digits and hyphens (it names the output folder). */
export const nameSchema = z
  .string({ error: 'a name of lowercase letters, digits and hyphens' })
  .regex(NAME_PATTERN, { error: 'a name of lowercase letters, digits and hyphens' });

export const rawScenarioSchema = z
  .strictObject(
    {
      $schema: z.string({ error: 'a string' }).optional().describe('JSON Schema of this file, for editors.'),
      name: nameSchema.describe('Scenario name, [a-z0-9-]+; also the output folder name. Required.'),
      seed: countSchema(0, withDefault('Seed of every random stream of the run.', DEFAULT_SEED)).optional(),
      duration: durationSchema('positive', withDefault('Simulated time.', durationText(DEFAULT_DURATION_S))).optional(),
      warmup: durationSchema('nonnegative', withDefault('Initial time the statistics discard; < duration.', durationText(DEFAULT_WARMUP_S))).optional(),
      window: durationSchema('positive', withDefault('Width of a timeseries.csv row; ≤ duration.', durationText(DEFAULT_WINDOW_S))).optional(),
      cluster: clusterSchema,
      cdn: cdnSchema,
      traffic: trafficSchema,
      classes: openMapSchema(REQUEST_CLASSES, classSchema, 'request classes to demands')
        .optional()
        .describe('Per-class demand overrides, merged field by field over the defaults (docs/assumptions.md), and classes of this scenario\'s own (any other name).'),
      slo: sloSchema,
      events: eventsSchema,
      mechanics: mechanicsSchema,
      rabbitmq: rabbitmqSchema,
    },
    { error: 'a map of scenario fields' },
  )
  .describe('A magesim scenario: an Adobe Commerce Cloud Pro cluster, its traffic and its targets.');

/** A scenario file after YAML parsing and schema validation, units not yet converted. */
export type RawScenario = z.output<typeof rawScenarioSchema>;
