/**
 * P(K = k) for k = 0…n of K ~ Binomial(n, p): the number of successes in n independent
 * trials of probability p. Computed through logarithms, so a large n cannot underflow
 * (0.01¹⁰⁰⁰ is 0 in doubles; its logarithm is not).
 */
export function binomialPmf(n: number, p: number): number[] {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`binomialPmf: n must be a whole number ≥ 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomialPmf: p must be in [0, 1], got ${p}`);
  const pmf = new Array<number>(n + 1).fill(0);
  if (p === 0 || p === 1) {
    pmf[p === 0 ? 0 : n] = 1;
    return pmf;
  }
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logChoose = 0;
  for (let k = 0; k <= n; k++) {
    pmf[k] = Math.exp(logChoose + k * logP + (n - k) * logQ);
    logChoose += Math.log(n - k) - Math.log(k + 1);
  }
  return pmf;
}
