import { z } from 'zod';
import { durationSchema } from '../schema/unitSchemas.js';

const at = durationSchema('nonnegative', 'When it happens, since the start of the run; before `duration`.');

/** One event type's map in the file: `{ at, type, …fields }`, unknown keys refused. */
function eventSchema<const T extends string, S extends z.ZodRawShape>(type: T, fields: S, description: string) {
  const keys = ['at', 'type', ...Object.keys(fields)].join(', ');
  return z
    .strictObject({ at, type: z.literal(type).describe('What happens.'), ...fields }, { error: `a ${type} event { ${keys} }` })
    .describe(`${type}: ${description}`);
}

/** An event as written in the file, once its schema accepted it. */
export type RawEventOf<T extends string, S extends z.ZodRawShape> = z.infer<ReturnType<typeof eventSchema<T, S>>>;

/**
 * One type of timeline event, in one place: its schema in the scenario file and what it
 * becomes in the scenario (seconds, 0-based nodes). The timeline's list of them is
 * `timelineEvents.ts`; an extension defines its event in its own folder and adds it there.
 */
export function defineEvent<const T extends string, S extends z.ZodRawShape, E extends { type: T; atS: number }>(
  type: T,
  fields: S,
  description: string,
  normalise: (raw: RawEventOf<T, S>, atS: number) => E,
) {
  return { type, schema: eventSchema(type, fields, description), normalise };
}
