/**
 * Defaults as scenario files write them, for schema descriptions that read the default
 * constants (normalise/defaults.ts) instead of restating them.
 */

/** A duration in the largest unit that writes it whole or nearly: `100us`, `1.5ms`, `8ms`, `20s`, `5m`, `1h`. */
export function durationText(s: number): string {
  if (s === 0) return '0s';
  if (s >= 3600 && s % 3600 === 0) return `${s / 3600}h`;
  if (s >= 60 && s % 60 === 0) return `${s / 60}m`;
  if (s >= 1) return `${round(s)}s`;
  if (s >= 0.001) return `${round(s * 1000)}ms`;
  return `${round(s * 1e6)}us`;
}

/** A size in the largest unit that writes it whole: `2KB`, `128MB`, `20GB`. */
export function bytesText(b: number): string {
  const units: [string, number][] = [['TB', 2 ** 40], ['GB', 2 ** 30], ['MB', 2 ** 20], ['KB', 2 ** 10]];
  for (const [unit, size] of units) if (b >= size && b % size === 0) return `${b / size}${unit}`;
  return `${b}B`;
}

/** A fraction as a percentage: `75%`. */
export const percentText = (f: number): string => `${round(f * 100)}%`;

/** ` Default X.` after a description. */
export const withDefault = (description: string, shown: string | number): string => `${description} Default ${shown}.`;

const round = (x: number): number => Number(x.toPrecision(6));

/** Non-default entries of a per-name default map, as `home 0.95, category 0.9`; `min` leaves out entries at or below it. */
export function listText(values: Readonly<Record<string, number | undefined>>, min = -Infinity): string {
  return Object.entries(values)
    .filter((entry): entry is [string, number] => entry[1] !== undefined && entry[1] > min)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
}
