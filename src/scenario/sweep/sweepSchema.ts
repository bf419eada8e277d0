import { z } from 'zod';
import { nameSchema } from '../schema/rawScenarioSchema.js';
import { countSchema, fractionSchema } from '../schema/unitSchemas.js';

/** A value a field can take: what would follow `key: ` in a scenario file. */
const valueSchema = z
  .union([z.string(), z.number(), z.boolean(), z.record(z.string(), z.unknown())], { error: 'a value: text, a number, true/false or a map' })
  .describe('A value of the field, written as in a scenario file (40/s, Pro48, 0.5, { vcpuPerNode: 8, ramGbPerNode: 32 }).');

/** `1/s`, `200/s`, 40: a load, as the load field takes it. */
const loadValueSchema = z
  .union([z.string(), z.number()], { error: 'a load such as 20/s, or a number' })
  .describe('A value of the load field: a number, or a number followed by its unit (20/s).');

export const SWEEP_DEFAULTS = { replications: 5, maxReplicationsPerBatch: 4, precision: 0.02, confidence: 0.95 } as const;

export const rawSweepSchema = z
  .strictObject(
    {
      $schema: z.string({ error: 'a string' }).optional().describe('JSON Schema of this file, for editors.'),
      name: nameSchema
        .optional()
        .describe("Sweep name, [a-z0-9-]+; the output folder is reports/<name>/. Default: the file's name."),
      scenario: z.string({ error: 'the path of a scenario file' }).min(1, { error: 'the path of a scenario file' }).describe('The base scenario, relative to this file. Required.'),
      set: z
        .record(z.string(), valueSchema, { error: 'a map of field paths to values' })
        .optional()
        .describe('Fields set in every cell, by path (cluster.tier, duration): the base scenario changed without editing it.'),
      replications: countSchema(1, `Replications per cell, or per probe's first batch (frontier). Replication i uses the same seeds in every cell and probe (common random numbers). Default ${SWEEP_DEFAULTS.replications}.`, 1000).optional(),
      maxReplications: countSchema(2, `Frontier: most replications a probe may take (in batches of \`replications\`) before it is called inconclusive. Default ${SWEEP_DEFAULTS.maxReplicationsPerBatch} × replications.`, 1000).optional(),
      vary: z
        .record(z.string(), z.array(valueSchema, { error: 'a list of values' }).min(1, { error: 'a list of at least one value' }), { error: 'a map of field paths to lists of values' })
        .optional()
        .describe('A full factorial grid: each field path (cluster.tier, traffic.sessions.rate) with the values it takes.'),
      failures: z
        .record(z.string(), z.array(z.record(z.string(), z.unknown(), { error: 'a timeline event (a map)' }), { error: 'a list of timeline events' }), {
          error: 'a map of failure-state names to timelines',
        })
        .optional()
        .describe('Named failure states, each a list of timeline events (as in a scenario\'s `events`) added to the base. Default: one state, none, with no event.'),
      frontier: z
        .strictObject(
          {
            load: z.string({ error: 'a field path such as traffic.sessions.rate' }).describe('The load field the search varies. Required.'),
            range: z.tuple([loadValueSchema, loadValueSchema], { error: 'a list [lowest, highest] of two loads' }).describe('The loads searched, [lowest, highest], with the same unit. Required.'),
            precision: fractionSchema(`Stop when the bracket [capacity_lo, capacity_hi] is narrower than this fraction of capacity_lo. Default ${SWEEP_DEFAULTS.precision * 100}%.`).optional(),
          },
          { error: 'a map { load, range, precision }' },
        )
        .optional()
        .describe('Search the largest load that meets the SLO with 95 % confidence, for every other cell, instead of a grid on the load.'),
      recommend: z
        .strictObject({ load: loadValueSchema.describe('The load the tier must carry, in the frontier\'s unit.') }, { error: 'a map { load }' })
        .optional()
        .describe('Name the cheapest tier (of vary.cluster.tier) whose certified capacity covers this load in every failure state. Needs frontier.'),
      cost: z
        .record(z.string(), z.number({ error: 'a price: a positive number' }).positive({ error: 'a price: a positive number' }), { error: 'a map of tiers to monthly prices' })
        .optional()
        .describe('Monthly price per tier, as you know it (any currency), for the recommendation. Without it tiers are ordered by vCPU.'),
    },
    { error: 'a map of sweep fields' },
  )
  .describe('A magesim sweep: a base scenario, what to vary, failure states, and a capacity frontier to search.');

export type RawSweep = z.infer<typeof rawSweepSchema>;

/** JSON Schema (draft 2020-12) of sweep files, from the schema that validates them. */
export function sweepJsonSchema(): Record<string, unknown> {
  return { ...(z.toJSONSchema(rawSweepSchema, { target: 'draft-2020-12' }) as Record<string, unknown>), title: 'magesim sweep' };
}
