import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/index.js';

type JsonSchema = { properties?: Record<string, JsonSchema>; description?: string; additionalProperties?: unknown; required?: string[] };

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema() as JsonSchema & Record<string, unknown>;

  it('returns a draft 2020-12 object schema with the top-level sections', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['name', 'seed', 'duration', 'warmup', 'window', 'cluster', 'cdn', 'traffic', 'classes', 'slo']),
    );
    expect(schema.properties?.cluster).toBeTypeOf('object');
    expect(schema.required).toEqual(['name']);
  });

  it('rejects unknown keys, as the loader does', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties?.cluster.additionalProperties).toBe(false);
  });

  it('describes every field of every section, for editor help', () => {
    const undescribed: string[] = [];
    const visit = (node: JsonSchema, path: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) undescribed.push(`${path}${key}`);
        if (child.properties) visit(child, `${path}${key}.`);
      }
    };
    visit(schema, '');
    expect(undescribed).toEqual([]);
  });

  it('matches the committed scenarios/scenario.schema.json (update with `npx vitest run -u`)', async () => {
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot('../../scenarios/scenario.schema.json');
  });
});
