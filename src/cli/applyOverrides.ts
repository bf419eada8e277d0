import type { Scenario } from '../scenario/Scenario.js';
import { parseDurationS } from '../scenario/units.js';

export interface Overrides {
  seed?: number;
  duration?: string;
}

/**
 * Command-line flags override the file (precedence: defaults < file < flags). Returns
 * the scenario, or a message naming the flag, the expected form and what was found.
 */
export function applyOverrides(s: Scenario, o: Overrides): Scenario | string {
  let out = s;
  if (o.seed !== undefined) {
    if (!Number.isSafeInteger(o.seed) || o.seed < 0) return `--seed: expected a whole number ≥ 0, found ${o.seed}`;
    out = { ...out, seed: o.seed };
  }
  if (o.duration !== undefined) {
    const durationS = parseDurationS(/^\s*[\d.e+-]+\s*$/i.test(o.duration) ? Number(o.duration) : o.duration);
    if (!(durationS > 0 && Number.isFinite(durationS))) return `--duration: expected a duration such as 30m, 1h or 90s, found "${o.duration}"`;
    if (!(durationS > out.warmupS)) return `--duration: expected more than the scenario's warm-up (${out.warmupS} s), found ${durationS} s`;
    out = { ...out, durationS, windowS: Math.min(out.windowS, durationS) };
  }
  return out;
}
