import { z } from 'zod';
import { statSchema } from './summaryFormat.js';

/**
 * summary.json of a sweep: every cell's probes with their figures per replication (the
 * columns of sweep.csv, as numbers), the certified capacity bracket of each frontier
 * cell, and the fingerprint of the sweep's setup.
 */
export const SWEEP_SUMMARY_FORMAT = 'magesim-sweep-summary';
export const SWEEP_SUMMARY_FORMAT_VERSION = 1;

const value = z.number().nullable();
const hash = z.string().regex(/^[0-9a-f]{64}$/);

export const sweepSetupSchema = z
  .object({
    sweep: z.string().describe('the sweep name'),
    definitionHash: hash.describe('SHA-256 of the sweep (its set, vary, failures, frontier, recommend, cost and cells) without the base scenario, listed apart'),
    scenarioHash: hash.describe("SHA-256 of the base scenario's normalised form without name, file, seed, duration and warm-up"),
    seeds: z.array(z.number().int()).min(1).describe('replication i of every cell and probe ran with seeds[i]'),
    replications: z.number().int().min(1),
    maxReplications: z.number().int().min(1),
    durationS: z.number().positive(),
    warmupS: z.number().min(0),
    confidence: z.number().gt(0).lt(1),
    magesim: z.string(),
  })
  .strict();

export const sweepSummarySchema = z
  .object({
    format: z.literal(SWEEP_SUMMARY_FORMAT),
    formatVersion: z.literal(SWEEP_SUMMARY_FORMAT_VERSION),
    setup: sweepSetupSchema,
    frontier: z.object({ load: z.string(), unit: z.string() }).strict().nullable().describe('the load field searched, or null for a grid'),
    cells: z.array(
      z
        .object({
          key: z.string(),
          failure: z.string(),
          values: z.record(z.string(), z.unknown()).describe('the varied fields, by path'),
          capacity: z.object({ lo: value, hi: value }).strict().nullable().describe('frontier: highest load certified to meet the SLO, lowest certified to miss it (null: none in the range)'),
          bottleneck: z.string(),
          probes: z.array(
            z
              .object({
                load: value.describe('the load field (frontier unit); null for a grid cell'),
                sloMet: z.enum(['true', 'false', 'inconclusive']),
                limiting: z.string(),
                figures: z.record(z.string(), statSchema).describe('requests, error_rate, p50_ms, p95_ms, p99_ms, busiest_utilisation (pages)'),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

export type SweepSummary = z.infer<typeof sweepSummarySchema>;
