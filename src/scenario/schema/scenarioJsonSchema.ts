import { z } from 'zod';
import { rawScenarioSchema } from './rawScenarioSchema.js';

/**
 * JSON Schema (draft 2020-12) of the scenario file format, generated from the same zod
 * schema that validates files, with a description on every field for editor help.
 * Cross-field rules and numeric refinements are not expressed in it.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(rawScenarioSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, title: 'magesim scenario' };
}
