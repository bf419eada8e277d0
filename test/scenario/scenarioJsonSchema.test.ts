import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, scenarioJsonSchema } from '../../src/scenario/index.js';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  description?: string;
  additionalProperties?: unknown;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  const?: unknown;
};

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema() as JsonSchema & Record<string, unknown>;

  it('returns a draft 2020-12 object schema with the top-level sections', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['name', 'seed', 'duration', 'warmup', 'window', 'cluster', 'cdn', 'traffic', 'classes', 'slo', 'events', 'mechanics']),
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

  it('describes each event type as a strict, described map told apart by `type`', () => {
    const events = schema.properties?.events.items?.oneOf ?? [];
    expect(events.map((e) => e.properties?.type.const)).toEqual([...EVENT_TYPES]);
    for (const e of events) {
      expect(e.additionalProperties).toBe(false);
      expect(e.required).toEqual(expect.arrayContaining(['at', 'type']));
      expect(Object.values(e.properties ?? {}).filter((p) => !p.description)).toEqual([]);
    }
  });

  it('matches the committed scenarios/scenario.schema.json (update with `npx vitest run -u`)', async () => {
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot('../../scenarios/scenario.schema.json');
  });
});
