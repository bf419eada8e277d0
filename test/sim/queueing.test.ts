import { describe, it } from 'vitest';
import { replicate, exponentialService, deterministicService, type OpenStationResult } from '../support/OpenStation.js';
import { erlangB, mmc, mg1 } from '../../sim/queueingTheory.js';
import { expectWithinCi } from '../support/expectWithinCi.js';
import { LogNormal } from '../../sim/distributions/LogNormal.js';
import { Gamma } from '../../sim/distributions/Gamma.js';

const pick = (runs: OpenStationResult[], f: (r: OpenStationResult) => number): number[] => runs.map(f);

describe('FcfsStation against queueing theory', () => {
  it('M/M/1 at ρ = 0.5 matches mean response, mean queue length and P(wait)', () => {
    const runs = replicate({ seed: 100, lambda: 0.5, service: exponentialService(1), servers: 1, warmupS: 2_000, horizonS: 100_000 }, 10);
    const th = mmc(1, 0.5, 1);
    expectWithinCi(pick(runs, (r) => r.meanResponseS), th.w, 0.03, 'W');
    expectWithinCi(pick(runs, (r) => r.meanQueue), th.lq, 0.05, 'Lq');
    expectWithinCi(pick(runs, (r) => r.queuedOnArrival / r.arrivals), th.pWait, 0.02, 'P(wait)');
  });

  it('M/M/1 at ρ = 0.9 matches mean response, mean queue length and P(wait)', () => {
    const runs = replicate({ seed: 200, lambda: 0.9, service: exponentialService(1), servers: 1, warmupS: 10_000, horizonS: 200_000 }, 16);
    const th = mmc(1, 0.9, 1);
    expectWithinCi(pick(runs, (r) => r.meanResponseS), th.w, 0.08, 'W');
    expectWithinCi(pick(runs, (r) => r.meanQueue), th.lq, 0.09, 'Lq');
    expectWithinCi(pick(runs, (r) => r.queuedOnArrival / r.arrivals), th.pWait, 0.01, 'P(wait)');
  });

  for (const c of [4, 16]) {
    it(`M/M/${c} at ρ = 0.8 matches Erlang C`, () => {
      const lambda = 0.8 * c;
      const runs = replicate({ seed: 300 + c, lambda, service: exponentialService(1), servers: c, warmupS: 1_000, horizonS: 400_000 / Math.sqrt(c) }, 10);
      const th = mmc(c, lambda, 1);
      expectWithinCi(pick(runs, (r) => r.meanResponseS), th.w, 0.03, 'W');
      expectWithinCi(pick(runs, (r) => r.queuedOnArrival / r.arrivals), th.pWait, 0.05, 'P(wait) (Erlang C)');
      expectWithinCi(pick(runs, (r) => r.meanQueue), th.lq, 0.1, 'Lq');
    });
  }

  it('M/D/1 at ρ = 0.8 matches Pollaczek–Khinchine', () => {
    const runs = replicate({ seed: 400, lambda: 0.8, service: deterministicService(1), servers: 1, warmupS: 2_000, horizonS: 100_000 }, 12);
    const th = mg1(0.8, 1, 0);
    expectWithinCi(pick(runs, (r) => r.meanWaitS), th.wq, 0.05, 'Wq');
    expectWithinCi(pick(runs, (r) => r.meanResponseS), th.w, 0.03, 'W');
  });

  it('M/G/1 with lognormal service (cv 1.5) at ρ = 0.7 matches Pollaczek–Khinchine', () => {
    const service = LogNormal.fromMeanCv(1, 1.5);
    const runs = replicate({ seed: 500, lambda: 0.7, service, servers: 1, warmupS: 5_000, horizonS: 200_000 }, 16);
    const th = mg1(0.7, service.mean, service.variance);
    expectWithinCi(pick(runs, (r) => r.meanWaitS), th.wq, 0.08, 'Wq');
  });

  it('M/G/1 with Erlang-3 service at ρ = 0.75 matches Pollaczek–Khinchine', () => {
    const service = Gamma.erlang(3, 1);
    const runs = replicate({ seed: 600, lambda: 0.75, service, servers: 1, warmupS: 2_000, horizonS: 100_000 }, 12);
    const th = mg1(0.75, service.mean, service.variance);
    expectWithinCi(pick(runs, (r) => r.meanWaitS), th.wq, 0.06, 'Wq');
  });

  it('M/M/c/c blocking matches Erlang B', () => {
    const c = 5;
    const a = 4;
    const runs = replicate({ seed: 700, lambda: a, service: exponentialService(1), servers: c, queueLimit: 0, warmupS: 100, horizonS: 20_000 }, 10);
    expectWithinCi(pick(runs, (r) => r.rejected / r.arrivals), erlangB(c, a), 0.03, 'P(block)');
  });

  it("Little's law L = λW and the utilisation law U = X·S/c hold on every run", () => {
    const cases = [
      { seed: 800, lambda: 0.7, service: exponentialService(1), servers: 1 },
      { seed: 801, lambda: 3, service: deterministicService(1), servers: 4 },
      { seed: 802, lambda: 6, service: LogNormal.fromMeanCv(2, 1), servers: 16 },
    ];
    for (const base of cases) {
      const runs = replicate({ ...base, warmupS: 1_000, horizonS: 50_000 }, 8);
      // Per run: L − λ·W and U − X·S/c are zero up to edge effects; their means must be 0.
      const little = pick(runs, (r) => (r.meanQueue - r.throughput * r.meanWaitS) / r.meanInSystem);
      const util = pick(runs, (r) => (r.utilisation - (r.throughput * r.meanServiceS) / base.servers) / r.utilisation);
      expectWithinCiAbs(little, 0, 0.01, `Little (servers=${base.servers})`);
      expectWithinCiAbs(util, 0, 0.01, `utilisation law (servers=${base.servers})`);
    }
  });
});

describe('ProcessorSharingCpu against queueing theory', () => {
  it('M/M/1-PS mean response equals the FCFS value 1/(μ − λ)', () => {
    const runs = replicate({ seed: 900, lambda: 0.8, service: exponentialService(1), servers: 1, discipline: 'ps', warmupS: 2_000, horizonS: 100_000 }, 12);
    expectWithinCi(pick(runs, (r) => r.meanResponseS), 1 / (1 - 0.8), 0.05, 'W (M/M/1-PS)');
    expectWithinCi(pick(runs, (r) => r.utilisation), 0.8, 0.01, 'U');
  });

  it('a 4-core CPU with exponential demands matches M/M/4 (same birth–death process)', () => {
    const runs = replicate({ seed: 901, lambda: 3.2, service: exponentialService(1), servers: 4, discipline: 'ps', warmupS: 1_000, horizonS: 50_000 }, 10);
    expectWithinCi(pick(runs, (r) => r.meanResponseS), mmc(4, 3.2, 1).w, 0.03, 'W (M/M/4-PS)');
    expectWithinCi(pick(runs, (r) => r.meanInSystem), mmc(4, 3.2, 1).l, 0.04, 'L');
  });

  it('M/D/1-PS mean response depends on the mean demand only: 1/(μ − λ)', () => {
    // Processor sharing is insensitive: E[T] = E[S]/(1 − ρ) for any demand distribution.
    const runs = replicate({ seed: 902, lambda: 0.6, service: deterministicService(1), servers: 1, discipline: 'ps', warmupS: 1_000, horizonS: 100_000 }, 10);
    expectWithinCi(pick(runs, (r) => r.meanResponseS), 1 / (1 - 0.6), 0.04, 'W (M/D/1-PS)');
  });
});

/** Like expectWithinCi for an expected value of 0: the half width is bounded absolutely. */
function expectWithinCiAbs(estimates: number[], expected: number, maxHalfWidth: number, label: string): void {
  expectWithinCi(estimates.map((x) => x + 1), expected + 1, maxHalfWidth, label);
}
