/**
 * Closed-form queueing results: the oracles of the tests and the demo. Rates per second, times in
 * seconds. References: Kleinrock, Queueing Systems vol. 1 (1975), §3.2–3.6, §5.7;
 * Gross & Harris, Fundamentals of Queueing Theory, §2.3.
 */

/** Erlang B: probability an arrival finds all c servers busy in M/M/c/c, offered load a = λ/μ. */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Erlang C: probability an arrival waits in M/M/c, offered load a = λ/μ < c. */
export function erlangC(c: number, a: number): number {
  const b = erlangB(c, a);
  const rho = a / c;
  return b / (1 - rho * (1 - b));
}

export interface MmcResult {
  /** P(wait) */
  pWait: number;
  /** mean waiting time in queue, s */
  wq: number;
  /** mean response (sojourn) time, s */
  w: number;
  /** mean queue length */
  lq: number;
  /** mean number in system */
  l: number;
  /** server utilisation */
  rho: number;
}

/** M/M/c with arrival rate λ and service rate μ per server. */
export function mmc(c: number, lambda: number, mu: number): MmcResult {
  const a = lambda / mu;
  const pWait = erlangC(c, a);
  const wq = pWait / (c * mu - lambda);
  const w = wq + 1 / mu;
  return { pWait, wq, w, lq: lambda * wq, l: lambda * w, rho: a / c };
}

/** M/G/1 mean wait by Pollaczek–Khinchine: Wq = λ·E[S²] / (2(1 − ρ)). */
export function mg1(lambda: number, meanS: number, varianceS: number): { wq: number; w: number; lq: number; rho: number } {
  const rho = lambda * meanS;
  const es2 = varianceS + meanS * meanS;
  const wq = (lambda * es2) / (2 * (1 - rho));
  return { wq, w: wq + meanS, lq: lambda * wq, rho };
}
