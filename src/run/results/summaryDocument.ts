import { z } from 'zod';
import { summaryJsonSchema } from './summaryFormat.js';
import { sweepSummarySchema } from './sweepSummaryFormat.js';

/** summary.json as any report writes it: a run's (format magesim-summary) or a sweep's (magesim-sweep-summary). */
export const anySummarySchema = z.discriminatedUnion('format', [summaryJsonSchema, sweepSummarySchema]);
export type AnySummary = z.infer<typeof anySummarySchema>;

/** The published JSON Schema of summary.json. */
export function summaryJsonSchemaDocument(): Record<string, unknown> {
  return { ...(z.toJSONSchema(anySummarySchema, { target: 'draft-2020-12' }) as Record<string, unknown>), title: 'magesim summary.json' };
}
