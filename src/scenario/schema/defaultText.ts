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

/** A fraction as a percentage: `75%`. */
export const percentText = (f: number): string => `${round(f * 100)}%`;

/** ` Default X.` after a description. */
export const withDefault = (description: string, shown: string | number): string => `${description} Default ${shown}.`;

const round = (x: number): number => Number(x.toPrecision(6));
