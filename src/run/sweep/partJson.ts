import type { SweepPart } from './SweepPart.js';

const NON_FINITE: Record<string, number> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY };

/**
 * A part as JSON text. JSON has no NaN or infinity (a latency with no successful
 * response is NaN), so they are written as the strings "NaN", "Infinity" and
 * "-Infinity" inside `{ "$number": … }` and read back as numbers: a part read from disk
 * is the part that was written, and a merged report has the bytes of an unsharded one.
 */
export function partToJson(part: SweepPart): string {
  return JSON.stringify(part, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { $number: String(v) } : v)) + '\n';
}

/** The part `partToJson` wrote. */
export function partFromJson(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const n = (v as Record<string, unknown>).$number;
      if (keys.length === 1 && typeof n === 'string' && n in NON_FINITE) return NON_FINITE[n];
    }
    return v;
  });
}
