import { normaliseTier } from './normaliseCluster.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { TimelineEvent } from '../Scenario.js';
import { parseDurationS } from '../units.js';

export type RawEvent = NonNullable<RawScenario['events']>[number];

/** An event of the timeline with the file's view of it: its index in `events` and its raw fields. */
export interface PlacedEvent {
  index: number;
  raw: RawEvent;
  event: TimelineEvent;
}

/** One raw event in seconds with 0-based nodes (the file counts from 1). */
export function normaliseEvent(raw: RawEvent): TimelineEvent {
  const atS = parseDurationS(raw.at);
  switch (raw.type) {
    case 'node-crash':
    case 'node-recover':
      return { type: raw.type, atS, node: raw.node - 1 };
    case 'service-crash': {
      const forS = raw.for === undefined ? null : parseDurationS(raw.for);
      return { type: raw.type, atS, node: raw.node - 1, service: raw.service, forS };
    }
    case 'partition':
      return { type: raw.type, atS, nodes: raw.nodes.map((n) => n - 1), forS: parseDurationS(raw.for) };
    case 'az-outage':
      return { type: raw.type, atS, az: raw.az, forS: parseDurationS(raw.for) };
    case 'upscale':
      return { type: raw.type, atS, to: normaliseTier(raw.to) };
    case 'cache-purge':
    case 'backup':
      return { type: raw.type, atS };
    case 'web-scale-out':
      return { type: raw.type, atS, count: raw.count };
    case 'restore':
      return { type: raw.type, atS, minAgeS: raw.backup === undefined ? 0 : parseDurationS(raw.backup) };
  }
}

/** The file's events in time order; events at the same time keep their file order. */
export function placeEvents(raw: RawScenario['events'] = []): PlacedEvent[] {
  const placed = raw.map((r, index) => ({ index, raw: r, event: normaliseEvent(r) }));
  return placed.sort((a, b) => a.event.atS - b.event.atS || a.index - b.index);
}

/** The validated `events` section as the timeline: seconds, 0-based nodes, in time order. */
export function normaliseEvents(raw: RawScenario['events']): TimelineEvent[] {
  return placeEvents(raw).map((p) => p.event);
}
