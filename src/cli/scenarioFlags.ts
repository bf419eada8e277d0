import { parse } from 'yaml';
import { flagOverride, parseSetFlag, type RawOverride } from '../scenario/overrides.js';
import { BadInput } from './BadInput.js';

/** The flags that change a scenario before it is validated: `--set path=value` (repeatable), `--seed`, `--duration`. */
export interface ScenarioFlags {
  set?: string[] | string;
  seed?: string;
  duration?: string;
}

/**
 * The overrides the flags ask for, in the order they apply: every `--set` as given, then
 * `--seed` and `--duration` (which are `--set seed=…` and `--set duration=…` under their
 * own names). A flag that is not of the form it needs is bad input naming it.
 */
export function scenarioOverrides(flags: ScenarioFlags): RawOverride[] {
  const sets = flags.set === undefined ? [] : Array.isArray(flags.set) ? flags.set : [flags.set];
  const overrides: RawOverride[] = [];
  for (const text of sets) {
    const o = parseSetFlag(String(text));
    if (typeof o === 'string') throw new BadInput(o);
    overrides.push(o);
  }
  for (const [name, path] of [['seed', 'seed'], ['duration', 'duration']] as const) {
    const given = flags[name] as unknown;
    if (given === undefined) continue;
    if (Array.isArray(given)) throw new BadInput(`--${name}: given ${given.length} times (${given.join(', ')}); give it once`);
    overrides.push(flagOverride(`--${name}`, [path], yamlScalar(String(given))));
  }
  return overrides;
}

/** `7` → 7, `30m` → '30m': the value as it would read in the file. */
function yamlScalar(text: string): unknown {
  try {
    const v: unknown = parse(text);
    return typeof v === 'number' || typeof v === 'string' ? v : text;
  } catch {
    return text;
  }
}
