import { EVENT_DEFINITIONS } from '../events/timelineEvents.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { TimelineEvent } from '../Scenario.js';
import type { FieldPath } from '../errors/Problem.js';
import { parseDurationS } from '../units.js';

export type RawEvent = NonNullable<RawScenario['events']>[number];

/** An event of the timeline with the file's view of it: its index in `events` and its raw fields. */
export interface PlacedEvent {
  index: number;
  raw: RawEvent;
  event: TimelineEvent;
}

const DEFINITION = new Map(EVENT_DEFINITIONS.map((d) => [d.type, d]));

/** One raw event in seconds with 0-based nodes (the file counts from 1), by its type's definition. */
export function normaliseEvent(raw: RawEvent): TimelineEvent {
  const d = DEFINITION.get(raw.type)!;
  // The schema's discriminated union guarantees `raw` is the event `d` defines.
  return (d.normalise as (raw: RawEvent, atS: number) => TimelineEvent)(raw, parseDurationS(raw.at));
}

/** The path of a field of placed event `p` in the file, for a problem's message. */
export const fieldOf = (p: PlacedEvent, ...field: (string | number)[]): FieldPath => ['events', p.index, ...field];

/** The file's events in time order; events at the same time keep their file order. */
export function placeEvents(raw: RawScenario['events'] = []): PlacedEvent[] {
  const placed = raw.map((r, index) => ({ index, raw: r, event: normaliseEvent(r) }));
  return placed.sort((a, b) => a.event.atS - b.event.atS || a.index - b.index);
}

/** The validated `events` section as the timeline: seconds, 0-based nodes, in time order. */
export function normaliseEvents(raw: RawScenario['events']): TimelineEvent[] {
  return placeEvents(raw).map((p) => p.event);
}
