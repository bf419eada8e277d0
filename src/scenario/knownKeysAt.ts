import { z } from 'zod';
import type { FieldPath } from './Problem.js';

/** The schemas a value may have to match, looking through optional, nullable and unions. */
function alternatives(schema: z.ZodType): z.ZodType[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return alternatives(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(alternatives);
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

/** Keys a map at `path` may have according to `schema` (for "did you mean" hints). */
export function knownKeysAt(schema: z.ZodType, path: FieldPath): string[] {
  let current = alternatives(schema);
  for (const segment of path) {
    current = current.flatMap((s) => children(s, segment)).flatMap(alternatives);
  }
  const keys = current.flatMap((s) => (s instanceof z.ZodObject ? Object.keys(s.shape) : []));
  return [...new Set(keys)];
}
