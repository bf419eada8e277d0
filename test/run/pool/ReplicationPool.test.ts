import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/loadScenario.js';
import { flagOverride } from '../../../src/scenario/overrides.js';
import { compiled } from '../../support/compiled.js';

const scenario = (() => {
  const r = loadScenario(fileURLToPath(new URL('../sweep/mmc.yaml', import.meta.url)), [flagOverride('--set', ['duration'], '6m')]);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
})();

// The compiled pool: its worker threads run the compiled worker file (from the sources
// the pool runs replications in this thread).
const { ReplicationPool } = await compiled<typeof import('../../../src/run/pool/ReplicationPool.js')>('src/run/pool/ReplicationPool.js');

/** A replication's figures without its wall-clock time. */
const figures = ({ wallS, ...rest }: { wallS: number }) => (expect(wallS).toBeGreaterThan(0), rest);

describe('ReplicationPool', () => {
  it('leaves its idle workers to the next pool, which gives the same figures with them', async () => {
    const first = new ReplicationPool(2);
    expect(first.inThread).toBe(false);
    const a = await Promise.all([first.figures(scenario, 1), first.figures(scenario, 2)]);
    await first.close();
    const left = ReplicationPool.spareWorkers();
    expect(left).toBeGreaterThanOrEqual(1);
    const second = new ReplicationPool(1);
    const running = second.figures(scenario, 2);
    // The second pool took a waiting worker instead of starting one.
    expect(ReplicationPool.spareWorkers()).toBe(left - 1);
    expect(figures(await running)).toEqual(figures(a[1]));
    expect(figures(await second.figures(scenario, 1))).toEqual(figures(a[0]));
    await second.close();
    expect(ReplicationPool.spareWorkers()).toBe(left);
  });

  it('a replication that throws rejects with its message; the worker goes on to the next', async () => {
    const pool = new ReplicationPool(1);
    const broken = { ...scenario, traffic: null } as unknown as typeof scenario;
    await expect(pool.figures(broken, 1)).rejects.toThrow(/traffic|null|undefined/);
    const again = await pool.figures(scenario, 1);
    expect(again.events).toBeGreaterThan(0);
    await pool.close();
  });
});
