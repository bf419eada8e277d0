import { z } from 'zod';

/**
 * summary.json: a run's results as data (every figure of summary.csv and resources.csv,
 * the SLO verdict, per class and per replication, with 95 % intervals) and the
 * fingerprint of its setup, for `magesim compare` and for any program that reads
 * results. One schema validates what is read and publishes the JSON Schema.
 */
export const SUMMARY_FORMAT = 'magesim-summary';
export const SUMMARY_FORMAT_VERSION = 1;

const value = z.number().nullable().describe('null when there is no value (a latency with no successful response)');

export const statSchema = z
  .object({
    mean: value.describe('mean over the replications (of those with a value); null when none has one'),
    ci95: value.describe('half-width of the 95 % Student-t interval of the mean; null with fewer than two values'),
    replications: z.array(value).describe('the figure of each replication, in the order of setup.seeds; null where it has none'),
  })
  .strict();

export const setupSchema = z
  .object({
    scenario: z.string().describe('the scenario name'),
    scenarioHash: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the normalised scenario without name, file, seed, duration and warm-up (listed apart)'),
    seeds: z.array(z.number().int()).min(1).describe('replication i ran with seeds[i]'),
    replications: z.number().int().min(1),
    durationS: z.number().positive().describe('simulated seconds'),
    warmupS: z.number().min(0).describe('seconds discarded at the start'),
    magesim: z.string().describe('the magesim version that ran it'),
  })
  .strict();

export const sloCheckSchema = z
  .object({
    class: z.string().describe('`all` (pages) or a class'),
    figure: z.string().describe('the figure judged, a key of classes[].figures'),
    unit: z.enum(['ms', 'fraction']),
    limit: z.number(),
    value: value,
    met: z.boolean(),
    label: z.string(),
  })
  .strict();

export const summaryJsonSchema = z
  .object({
    format: z.literal(SUMMARY_FORMAT),
    formatVersion: z.literal(SUMMARY_FORMAT_VERSION),
    setup: setupSchema,
    measuredS: z.number().describe('seconds measured per replication (duration − warm-up)'),
    slo: z.object({ met: z.boolean(), checks: z.array(sloCheckSchema) }).strict(),
    classes: z
      .array(z.object({ class: z.string(), figures: z.record(z.string(), statSchema).describe('summary.csv columns: requests, error_rate, p95_ms, errors_<cause>, …') }).strict())
      .describe('a row per class, then `all` (pages)'),
    resources: z
      .array(
        z
          .object({
            resource: z.string(),
            kind: z.string(),
            node: z.number().int().describe('numbered from 1'),
            figures: z.record(z.string(), statSchema).describe('resources.csv columns: mean_capacity, utilisation, mean_busy, mean_queue, mean_service_ms, arrivals, completed, rejected'),
          })
          .strict(),
      )
      .describe('every resource that ran in the measured time'),
  })
  .strict();

export type Stat = z.infer<typeof statSchema>;
export type Setup = z.infer<typeof setupSchema>;
export type SummaryJson = z.infer<typeof summaryJsonSchema>;
