import { z } from 'zod';
import { type FieldPath, valueAt } from '../errors/Problem.js';

/**
 * The schemas a value may have to match, looking through optional, nullable and unions.
 * A discriminated union whose discriminator `value` names one of its options is that option.
 */
function alternatives(schema: z.ZodType, value: unknown): z.ZodType[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return alternatives(schema.unwrap() as z.ZodType, value);
  }
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const key = schema.def.discriminator;
    const tag = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    const chosen = (schema.options as z.ZodType[]).filter(
      (option) => option instanceof z.ZodObject && (option.shape as Record<string, z.ZodType>)[key]?.safeParse(tag).success,
    );
    if (chosen.length > 0) return chosen.flatMap((s) => alternatives(s, value));
  }
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap((s) => alternatives(s, value));
  return [schema];
}

function children(schema: z.ZodType, segment: string | number): z.ZodType[] {
  if (schema instanceof z.ZodObject) {
    const child = (schema.shape as Record<string, z.ZodType>)[segment];
    return child === undefined ? [] : [child];
  }
  if (schema instanceof z.ZodArray && typeof segment === 'number') return [schema.element as z.ZodType];
  return [];
}

/** Keys a map at `path` of `data` may have according to `schema` (for "did you mean" hints). */
export function knownKeysAt(schema: z.ZodType, path: FieldPath, data?: unknown): string[] {
  let current = alternatives(schema, data);
  path.forEach((segment, i) => {
    const value = valueAt(data, path.slice(0, i + 1));
    current = current.flatMap((s) => children(s, segment)).flatMap((s) => alternatives(s, value));
  });
  const keys = current.flatMap((s) => (s instanceof z.ZodObject ? Object.keys(s.shape) : []));
  return [...new Set(keys)];
}
