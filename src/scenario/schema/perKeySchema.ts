import { z } from 'zod';

/**
 * A strict map whose keys are some of `keys` (unknown keys are errors), each value
 * checked by `value(key)`. Used for per-class and per-behaviour maps.
 */
export function perKeySchema<K extends string, V extends z.ZodType>(
  keys: readonly K[],
  value: (key: K) => V,
  what: string,
) {
  const shape = Object.fromEntries(keys.map((key) => [key, value(key).optional()])) as Record<K, z.ZodOptional<V>>;
  return z.strictObject(shape, { error: `a map of ${what}` });
}
