import { parseDurationS } from '../units.js';

/**
 * When an override shortens the run (`--duration 20m`), the file's timeline events at
 * or after the new end would never happen: they are left out of the run and of every
 * output, with a warning naming them (`origin` is the flag). A duration that is not
 * valid is left for the schema to report.
 */
export function dropEventsPastDuration(raw: Record<string, unknown>, origin: string): { raw: Record<string, unknown>; warnings: string[] } {
  const durationS = parseDurationS(raw.duration);
  const events = raw.events;
  if (!(durationS > 0 && Number.isFinite(durationS)) || !Array.isArray(events)) return { raw, warnings: [] };
  const atS = (e: unknown): number => (e !== null && typeof e === 'object' ? parseDurationS((e as Record<string, unknown>).at) : NaN);
  const dropped = events.filter((e) => atS(e) >= durationS);
  if (dropped.length === 0) return { raw, warnings: [] };
  const warning = `${origin}: the run ends at ${durationS} s, before ${dropped.length} timeline event(s), which are left out: ${dropped.map((e) => describeEvent(e as Record<string, unknown>, atS(e))).join('; ')}`;
  return { raw: { ...raw, events: events.filter((e) => !(atS(e) >= durationS)) }, warnings: [warning] };
}

function describeEvent(e: Record<string, unknown>, atS: number): string {
  const where = typeof e.node === 'number' ? ` node ${e.node}` : e.type === 'az-outage' ? ` zone ${String(e.az)}` : '';
  return `${String(e.type)}${where} at ${atS} s`;
}
