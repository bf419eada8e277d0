import { MmcModel } from './MmcModel.js';
import { replicationSeed } from '../../run/seeds.js';
import { studentT } from '../../../sim/stats/confidenceInterval.js';
import { LatencyHistogram } from '../../../sim/stats/LatencyHistogram.js';
import { mmc } from '../../../sim/queueingTheory.js';

export interface DemoOptions {
  servers: number;
  rho: number;
  customers: number;
  replications: number;
  seed: number;
}

/**
 * Runs the kernel demo: `replications` independent M/M/c runs (mean service 1 s) and
 * a text report comparing the mean response time's 95 % interval with Erlang C.
 */
export function runDemo(o: DemoOptions): string {
  const means: number[] = [];
  const merged = new LatencyHistogram();
  let events = 0;
  const started = process.hrtime.bigint();
  for (let r = 0; r < o.replications; r++) {
    const model = new MmcModel(o.servers, o.rho, o.customers, replicationSeed(o.seed, r)).run();
    means.push(model.response.mean);
    merged.merge(model.response);
    events += model.kernel.eventsProcessed;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const ci = studentT(means, 0.95);
  const exact = mmc(o.servers, o.rho * o.servers, 1).w;
  const inside = ci.lower <= exact && exact <= ci.upper;
  const ms = (s: number): string => `${(s * 1000).toFixed(1)} ms`;
  return [
    `M/M/${o.servers} at ρ = ${o.rho}, mean service 1 s: ${o.replications} replications × ${o.customers.toLocaleString('en')} customers`,
    `  mean response   ${ci.mean.toFixed(4)} s ± ${ci.halfWidth.toFixed(4)} (95 % CI)`,
    `  Erlang C        ${exact.toFixed(4)} s  ${inside ? 'inside the interval' : 'OUTSIDE the interval'}`,
    `  p50 ${ms(merged.percentile(0.5))}   p95 ${ms(merged.percentile(0.95))}   p99 ${ms(merged.percentile(0.99))}   max ${ms(merged.max)}`,
    `  ${events.toLocaleString('en')} events in ${seconds.toFixed(2)} s (${(events / seconds / 1e6).toFixed(1)} M events/s)`,
    '',
  ].join('\n');
}
