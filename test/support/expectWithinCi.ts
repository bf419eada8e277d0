import { expect } from 'vitest';
import { studentT } from '../../sim/stats/confidenceInterval.js';

/** Confidence level of every oracle check: a correct model fails 1 time in 1000. */
export const ORACLE_LEVEL = 0.999;

/**
 * Asserts that `expected` lies inside the Student-t interval of the per-replication
 * estimates, and that the interval is narrower than `maxRelHalfWidth` of the expected
 * value — so the check has the power to catch an error of that size.
 */
export function expectWithinCi(estimates: number[], expected: number, maxRelHalfWidth: number, label: string): void {
  const ci = studentT(estimates, ORACLE_LEVEL);
  const detail = `${label}: expected ${expected.toPrecision(6)}, CI ${ci.mean.toPrecision(6)} ± ${ci.halfWidth.toPrecision(3)}`;
  expect(ci.lower <= expected && expected <= ci.upper, detail).toBe(true);
  expect(ci.halfWidth <= maxRelHalfWidth * Math.abs(expected), `${detail}: interval too wide to test`).toBe(true);
}
