/**
 * Schema of the `events` section: the timeline of failures and operations, one strict
 * map per event, told apart by `type`; each type's schema is its definition's
 * (`src/scenario/events/`). Checks that need the cluster or the order of the timeline
 * (nodes that exist, crash before recover, a larger tier) are rules (timelineRules).
 */
import { z } from 'zod';
import { EVENT_DEFINITIONS } from '../events/timelineEvents.js';

/** The definitions' schemas, first and rest: the non-empty list `discriminatedUnion` wants. */
const [FIRST, ...REST] = EVENT_DEFINITIONS.map((d) => d.schema);

export const EVENT_TYPES = EVENT_DEFINITIONS.map((d) => d.type);

const EVENT_TYPE_EXPECTED = `an event type: ${EVENT_TYPES.join(', ')}`;

const isMap = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

const timelineEventSchema = z.discriminatedUnion('type', [FIRST, ...REST], {
  error: (issue) => (isMap(issue.input) ? EVENT_TYPE_EXPECTED : 'an event { at, type, … }'),
});

export const eventsSchema = z
  .array(timelineEventSchema, { error: 'a list of events { at, type, … }' })
  .optional()
  .describe(
    'The timeline of failures and operations: [{ at, type, … }, …] in any order; nodes count from 1. ' +
      `Types: ${EVENT_TYPES.join(', ')}. Default none.`,
  );
