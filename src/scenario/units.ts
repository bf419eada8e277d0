/**
 * Units of the scenario file. Durations become seconds, rates become per second,
 * sizes become bytes, byte rates bytes per second, probabilities numbers in [0, 1]. Every parser returns NaN for text it does not
 * accept and for a value too large to be a number (`1e400s` would be Infinity), so the
 * schema can check the syntax (the patterns) and the range (the parsed value)
 * separately, and nothing infinite gets past it.
 */

const NUMBER = String.raw`(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;

// [multiplier, divisor]: dividing keeps `250ms` → 0.25 and `18000/min` → 300 exact.
const SECONDS_PER_DURATION_UNIT: Record<string, [number, number]> = {
  us: [1, 1e6],
  'µs': [1, 1e6], // U+00B5 micro sign
  'μs': [1, 1e6], // U+03BC greek mu, what most keyboards type
  ms: [1, 1e3],
  s: [1, 1],
  m: [60, 1],
  h: [3600, 1],
};

// Binary multiples: 1KB = 1024 B, as Galera (`gcache.size`) and MySQL read them.
const BYTES_PER_SIZE_UNIT: Record<string, [number, number]> = {
  B: [1, 1],
  KB: [1024, 1],
  MB: [1024 ** 2, 1],
  GB: [1024 ** 3, 1],
  TB: [1024 ** 4, 1],
};

const PER_SECOND_PER_RATE_UNIT: Record<string, [number, number]> = { s: [1, 1], min: [1, 60], h: [1, 3600] };

/** The value of `<number><unit>` text; NaN when it overflows (`1e400s`): every value is finite or refused. */
function scale(text: string, [multiplier, divisor]: [number, number]): number {
  const value = (Number(text) * multiplier) / divisor;
  return Number.isFinite(value) ? value : NaN;
}

/** One `<number><unit>` part of a duration, for each unit from the largest down. */
const DURATION_PARTS = ['h', 'm(?!s)', 's', 'ms', '(?:us|µs|μs)'].map((unit) => String.raw`(?:${NUMBER}\s*${unit}\s*)?`).join('');
/**
 * `250ms`, `100us`, `100µs`, `30s`, `5m`, `1h`, or parts from the largest unit down:
 * `1h30m`, `2m 30s`; a bare number (not a string) is seconds.
 */
export const DURATION_PATTERN = String.raw`^\s*(?=[\d.])${DURATION_PARTS}$`;
/** `300/s`, `18000/min`, `1e6/h`; a bare number (not a string) is per second. */
export const RATE_PATTERN = String.raw`^\s*${NUMBER}\s*/\s*(?:s|min|h)\s*$`;
/** `512B`, `2KB`, `128MB`, `20GB`, `1TB` (multiples of 1024); a bare number (not a string) is bytes. */
export const BYTES_PATTERN = String.raw`^\s*${NUMBER}\s*(?:B|KB|MB|GB|TB)\s*$`;
/** `175MB/s`, `1GB/s`; a bare number (not a string) is bytes per second. */
export const BYTES_PER_S_PATTERN = String.raw`^\s*${NUMBER}\s*(?:B|KB|MB|GB|TB)\s*/\s*s\s*$`;
/** `0.1%`; a bare number (not a string) is a fraction in [0, 1]. */
export const PERCENT_PATTERN = String.raw`^\s*${NUMBER}\s*%\s*$`;

const durationRe = new RegExp(DURATION_PATTERN);
const durationPartRe = new RegExp(String.raw`(${NUMBER})\s*(us|µs|μs|ms|s|m|h)`, 'g');
const rateRe = new RegExp(String.raw`^\s*(${NUMBER})\s*/\s*(s|min|h)\s*$`);
const percentRe = new RegExp(String.raw`^\s*(${NUMBER})\s*(%)\s*$`);
const bytesRe = new RegExp(String.raw`^\s*(${NUMBER})\s*(B|KB|MB|GB|TB)\s*$`);
const bytesPerSRe = new RegExp(String.raw`^\s*(${NUMBER})\s*(B|KB|MB|GB|TB)\s*/\s*s\s*$`);

/**
 * A parser of `<number><unit>` text matched by `re` (the number in group 1, the unit in
 * group 2), scaled by the unit's entry in `units`; a bare number passes through as is.
 */
function unitParser(re: RegExp, units: Record<string, [number, number]>): (value: unknown) => number {
  return (value) => {
    if (typeof value === 'number') return value;
    if (typeof value !== 'string') return NaN;
    const m = re.exec(value);
    return m ? scale(m[1], units[m[2]]) : NaN;
  };
}

/** Seconds of a duration (`250ms`, `5m`, `1h30m`, or a number of seconds); NaN if not a duration. */
export function parseDurationS(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !durationRe.test(value)) return NaN;
  let seconds = 0;
  for (const m of value.matchAll(durationPartRe)) seconds += scale(m[1], SECONDS_PER_DURATION_UNIT[m[2]]);
  return Number.isFinite(seconds) ? seconds : NaN;
}

/** Events per second of a rate (`300/s`, `18000/min`, `1e6/h`, or a number per second); NaN if not a rate. */
export const parseRatePerS = unitParser(rateRe, PER_SECOND_PER_RATE_UNIT);

/** Bytes of a size (`128MB`, `20GB`, or a number of bytes); NaN if not a size. */
export const parseBytes = unitParser(bytesRe, BYTES_PER_SIZE_UNIT);

/** Bytes per second of a byte rate (`175MB/s`, `1GB/s`, or a number of bytes per second); NaN if not one. */
export const parseBytesPerS = unitParser(bytesPerSRe, BYTES_PER_SIZE_UNIT);

/** A probability in [0, 1] from a number or a percentage (`0.1%` → 0.001); NaN if neither. */
export const parseFraction = unitParser(percentRe, { '%': [1, 100] });
