import type { Scenario, TimelineEvent } from '../scenario/Scenario.js';
import { parseDurationS } from '../scenario/units.js';
import { runSizeProblem } from '../scenario/runFitsRule.js';
import { formatPath } from '../scenario/Problem.js';

export interface Overrides {
  seed?: number;
  duration?: string;
}

/** The scenario with the flags applied, and what the user should know about it (printed on stderr). */
export interface Overridden {
  scenario: Scenario;
  warnings: string[];
}

/**
 * Command-line flags override the file (precedence: defaults < file < flags). Returns
 * the scenario, or a message naming the flag, the expected form and what was found. A
 * `--duration` that ends the run before some of the timeline's events leaves them out
 * (they would never happen, and must not appear in incidents.csv) with a warning; it
 * goes through the same memory estimate as the file's own duration.
 */
export function applyOverrides(s: Scenario, o: Overrides): Overridden | string {
  let out = s;
  const warnings: string[] = [];
  if (o.seed !== undefined) {
    if (!Number.isSafeInteger(o.seed) || o.seed < 0) return `--seed: expected a whole number ≥ 0, found ${o.seed}`;
    out = { ...out, seed: o.seed };
  }
  if (o.duration !== undefined) {
    const durationS = parseDurationS(/^\s*[\d.e+-]+\s*$/i.test(o.duration) ? Number(o.duration) : o.duration);
    if (!(durationS > 0 && Number.isFinite(durationS))) return `--duration: expected a duration such as 30m, 1h or 90s, found "${o.duration}"`;
    if (!(durationS > out.warmupS)) return `--duration: expected more than the scenario's warm-up (${out.warmupS} s), found ${durationS} s`;
    const dropped = out.events.filter((e) => e.atS >= durationS);
    if (dropped.length > 0) {
      warnings.push(`--duration ${o.duration}: the run ends at ${durationS} s, before ${dropped.length} timeline event(s), which are left out: ${dropped.map(describeEvent).join('; ')}`);
    }
    out = { ...out, durationS, windowS: Math.min(out.windowS, durationS), events: out.events.filter((e) => e.atS < durationS) };
    const tooBig = runSizeProblem(out);
    if (tooBig !== null) return `--duration: expected ${tooBig.expected}, found ${durationS} s: ${tooBig.found} (${tooBig.hint}; ${formatPath(tooBig.path)} in the file)`;
  }
  return { scenario: out, warnings };
}

function describeEvent(e: TimelineEvent): string {
  const where = 'node' in e ? ` node ${e.node + 1}` : e.type === 'az-outage' ? ` zone ${e.az}` : '';
  return `${e.type}${where} at ${e.atS} s`;
}
