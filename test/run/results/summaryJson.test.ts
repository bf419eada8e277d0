import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/loadScenario.js';
import { flagOverride } from '../../../src/scenario/overrides.js';
import { runScenario } from '../../../src/run/runScenario.js';
import { sloChecks } from '../../../src/run/slo.js';
import { setupFingerprint } from '../../../src/run/setupFingerprint.js';
import { summaryJson } from '../../../src/run/results/summaryJson.js';
import { summaryJsonSchema } from '../../../src/run/results/summaryFormat.js';
import { summaryJsonSchemaDocument } from '../../../src/run/results/summaryDocument.js';
import { resourcesCsv, summaryCsv } from '../../../src/report/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bundled = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml'));

/** A bundled scenario, shortened (3 min, 1 min of warm-up: timeline events later than that are left out), run twice. */
function shortRun(file: string) {
  const r = loadScenario(join(root, 'scenarios', file), [flagOverride('--duration', ['duration'], '3m'), flagOverride('--set', ['warmup'], '1m')]);
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
  const run = runScenario(r.scenario, 2);
  const json = summaryJson(run.summary, sloChecks(run.summary, r.scenario.slo), setupFingerprint(r.scenario, run.seeds, 'test'));
  return { run, json };
}

const Ajv2020 = Ajv2020Module.default;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(summaryJsonSchemaDocument());

describe('summary.json', () => {
  it('matches the committed docs/summary.schema.json (update with `npx vitest run -u`)', async () => {
    await expect(`${JSON.stringify(summaryJsonSchemaDocument(), null, 2)}\n`).toMatchFileSnapshot('../../../docs/summary.schema.json');
  });

  it.each(bundled)('of %s is valid against the published JSON Schema', (file) => {
    const { json } = shortRun(file);
    const text = JSON.parse(JSON.stringify(json)) as unknown;
    expect(validate(text), JSON.stringify(validate.errors)).toBe(true);
    expect(summaryJsonSchema.safeParse(text).success).toBe(true);
  });

  it('holds the figures of summary.csv and resources.csv, per replication, and the SLO checks as booleans', () => {
    const { run, json } = shortRun('node-failure-at-peak.yaml');
    const csv = Papa.parse<Record<string, string>>(summaryCsv(run.summary), { header: true, skipEmptyLines: true }).data;
    expect(json.classes.map((c) => c.class)).toEqual(csv.map((r) => r.class));
    for (const [i, row] of csv.entries()) {
      const figures = json.classes[i].figures;
      for (const [column, cell] of Object.entries(row)) {
        if (column === 'class') continue;
        const [figure, part] = column.endsWith('_ci95') ? [column.slice(0, -5), 'ci95' as const] : [column, 'mean' as const];
        const v = figures[figure][part];
        if (cell === '') expect(v, column).toBeNull();
        else expect(v, `${row.class} ${column}`).toBeCloseTo(Number(cell), 3);
      }
      for (const stat of Object.values(figures)) {
        expect(stat.replications).toHaveLength(2);
        const values = stat.replications.filter((x): x is number => x !== null);
        if (values.length > 0) expect(stat.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
      }
    }
    const resources = Papa.parse<Record<string, string>>(resourcesCsv(run.summary), { header: true, skipEmptyLines: true }).data;
    expect(json.resources.map((r) => r.resource)).toEqual(resources.map((r) => r.resource));
    for (const [i, row] of resources.entries()) {
      expect(json.resources[i].figures.utilisation.mean).toBeCloseTo(Number(row.utilisation), 4);
      expect(json.resources[i].figures.mean_service_ms.mean ?? 0).toBeCloseTo(Number(row.mean_service_ms || 0), 3);
    }
    expect(typeof json.slo.met).toBe('boolean');
    expect(json.slo.checks.length).toBeGreaterThan(0);
    for (const c of json.slo.checks) expect(c.met).toBe(c.value !== null && c.value <= c.limit);
    expect(json.slo.met).toBe(json.slo.checks.every((c) => c.met));
  });

  it('records a fingerprint of the setup: the same scenario gives the same hash whatever its seed, duration or file', () => {
    const a = setupFingerprint(load('default.yaml', []), [1], 'x');
    const b = setupFingerprint(load('default.yaml', [flagOverride('--seed', ['seed'], 9), flagOverride('--duration', ['duration'], '45m')]), [9], 'x');
    const c = setupFingerprint(load('default.yaml', [flagOverride('--set', ['cluster', 'tier'], 'Pro48')]), [1], 'x');
    expect(b.scenarioHash).toBe(a.scenarioHash);
    expect(b.durationS).not.toBe(a.durationS);
    expect(c.scenarioHash).not.toBe(a.scenarioHash);
  });
});

function load(file: string, overrides: Parameters<typeof loadScenario>[1]) {
  const r = loadScenario(join(root, 'scenarios', file), overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

