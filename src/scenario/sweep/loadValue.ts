const LOAD = /^\s*((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(\S.*?)?\s*$/;

/** `20/s` → { x: 20, unit: '/s' }, 40 → { x: 40, unit: '' }; null when it is not a number with an optional unit. */
export function parseLoadValue(value: unknown): { x: number; unit: string } | null {
  if (typeof value === 'number') return Number.isFinite(value) ? { x: value, unit: '' } : null;
  if (typeof value !== 'string') return null;
  const m = LOAD.exec(value);
  if (m === null) return null;
  const x = Number(m[1]);
  return Number.isFinite(x) ? { x, unit: m[2] ?? '' } : null;
}

/** A load as the field takes it: `${x}${unit}`, or the number; x to 4 significant digits (finer than any precision a search asks). */
export function formatLoadValue(x: number, unit: string): string | number {
  const rounded = roundLoad(x);
  return unit === '' ? rounded : `${rounded}${unit}`;
}

/** The load a probe runs at: x to 4 significant digits, so probes print and run at the same value. */
export function roundLoad(x: number): number {
  return Number(x.toPrecision(4));
}
