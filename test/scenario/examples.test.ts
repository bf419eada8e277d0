import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatScenarioError, loadScenario, rawScenarioSchema } from '../../src/scenario/index.js';

const scenariosDir = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
const files = readdirSync(scenariosDir)
  .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
  .sort();

describe('example scenarios', () => {
  it('include the documented examples', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'default.yaml',
        'baseline-pro12.yaml',
        'black-friday-pro48.yaml',
        'flash-sale-hot-sku.yaml',
        'scaled-architecture.yaml',
        'requests-only.yaml',
        'bench-pro120-peak.yaml',
      ]),
    );
  });

  it.each(files)('%s loads without errors', (file) => {
    const result = loadScenario(join(scenariosDir, file));
    expect(result.ok ? [] : result.errors.map(formatScenarioError)).toEqual([]);
  });

  it.each(files)('%s is named after its file', (file) => {
    const result = loadScenario(join(scenariosDir, file));
    if (result.ok) expect(`${result.scenario.name}.yaml`).toBe(file);
  });

  it.each(files)('%s validates against the raw zod schema', (file) => {
    const raw = parse(readFileSync(join(scenariosDir, file), 'utf8'));
    expect(rawScenarioSchema.safeParse(raw).success).toBe(true);
  });
});

describe('the example scenarios say what they claim', () => {
  const load = (file: string) => {
    const result = loadScenario(join(scenariosDir, file));
    if (!result.ok) throw new Error(result.errors.map(formatScenarioError).join('\n'));
    return result.scenario;
  };

  it('default.yaml is a short Pro24 run of 20 sessions/s', () => {
    const s = load('default.yaml');
    expect([s.cluster.tier.name, s.traffic.kind, s.traffic.ratePerS, s.durationS, s.warmupS]).toEqual([
      'Pro24',
      'sessions',
      20,
      600,
      60,
    ]);
  });

  it('black-friday-pro48.yaml peaks at three times its base rate and comes back', () => {
    const s = load('black-friday-pro48.yaml');
    const xs = s.traffic.profile.map((p) => p.x);
    expect([s.cluster.tier.name, Math.max(...xs), xs[0], xs[xs.length - 1]]).toEqual(['Pro48', 3, 1, 1]);
  });

  it('flash-sale-hot-sku.yaml writes one hot row per add-to-cart and order on a multi-writer cluster', () => {
    const s = load('flash-sale-hot-sku.yaml');
    expect(s.cluster.db.writes).toBe('multi-writer');
    expect([s.classes.addToCart.hotRowWrites, s.classes.placeOrder.hotRowWrites]).toEqual([1, 1]);
  });

  it('scaled-architecture.yaml runs four web nodes on Pro96', () => {
    const s = load('scaled-architecture.yaml');
    expect(s.cluster.tier.name).toBe('Pro96');
    expect(s.cluster.architecture).toMatchObject({ kind: 'scaled', webNodes: 4 });
  });

  it('requests-only.yaml and bench-pro120-peak.yaml use request mode', () => {
    expect(load('requests-only.yaml').traffic.kind).toBe('requests');
    const bench = load('bench-pro120-peak.yaml');
    expect([bench.cluster.tier.name, bench.traffic.kind, bench.traffic.ratePerS, bench.durationS]).toEqual([
      'Pro120',
      'requests',
      600,
      3600,
    ]);
  });
});
