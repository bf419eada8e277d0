import { describe, it, expect } from 'vitest';
import { erlangB, erlangC, mmc, mg1 } from '../../sim/queueingTheory.js';

describe('queueingTheory', () => {
  it('erlangB matches published table values', () => {
    // Erlang B tables (e.g. Gross & Harris, Table; or any teletraffic table), 4 decimals.
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 10);
    expect(erlangB(5, 4)).toBeCloseTo(0.1991, 4);
    expect(erlangB(10, 5)).toBeCloseTo(0.0184, 4);
  });

  it('erlangC reduces to ρ for one server and matches the two-server closed form', () => {
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
    // M/M/2: P(wait) = 2ρ² / (1 + ρ), ρ = a/2.
    const rho = 0.8;
    expect(erlangC(2, 2 * rho)).toBeCloseTo((2 * rho * rho) / (1 + rho), 12);
  });

  it('mmc gives the M/M/1 formulas for one server', () => {
    const r = mmc(1, 0.9, 1);
    expect(r.w).toBeCloseTo(10, 10);
    expect(r.lq).toBeCloseTo(0.81 / 0.1, 10);
    expect(r.l).toBeCloseTo(9, 10);
  });

  it('mg1 with exponential service equals M/M/1 and halves the wait for deterministic service', () => {
    expect(mg1(0.5, 1, 1).wq).toBeCloseTo(mmc(1, 0.5, 1).wq, 12);
    expect(mg1(0.5, 1, 0).wq).toBeCloseTo(mmc(1, 0.5, 1).wq / 2, 12);
  });
});
