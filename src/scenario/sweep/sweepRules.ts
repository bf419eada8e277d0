import type { Problem } from '../errors/Problem.js';
import { parseFieldPath } from '../overrides.js';
import type { RawSweep } from './sweepSchema.js';
import { parseLoadValue } from './loadValue.js';

/** The tier field: the recommendation compares its values. */
export const TIER_PATH = 'cluster.tier';

/** Cross-field rules of a sweep file (the schema passed): paths, the frontier's range, what a recommendation needs. */
export function sweepRules(raw: RawSweep): Problem[] {
  const problems: Problem[] = [];
  const pathProblem = (path: (string | number)[], text: string, pointAt: 'key' | 'value'): void => {
    if (parseFieldPath(text) === null) problems.push({ path, expected: 'a field path such as cluster.tier or traffic.sessions.rate', found: `\`${text}\``, pointAt });
  };
  for (const key of Object.keys(raw.set ?? {})) pathProblem(['set', key], key, 'key');
  for (const [key, values] of Object.entries(raw.vary ?? {})) {
    pathProblem(['vary', key], key, 'key');
    const seen = new Set<string>();
    values.forEach((v, i) => {
      const text = JSON.stringify(v);
      if (seen.has(text)) problems.push({ path: ['vary', key, i], expected: 'values that differ', found: `\`${typeof v === 'string' ? v : text}\` twice` });
      seen.add(text);
    });
  }
  for (const key of Object.keys(raw.failures ?? {})) {
    if (!/^[A-Za-z0-9_-]+$/.test(key)) problems.push({ path: ['failures', key], expected: 'a failure-state name of letters, digits, - and _', found: `\`${key}\``, pointAt: 'key' });
  }
  const f = raw.frontier;
  if (f !== undefined) {
    pathProblem(['frontier', 'load'], f.load, 'value');
    if (raw.vary?.[f.load] !== undefined) {
      problems.push({ path: ['vary', f.load], expected: 'no grid on the frontier\'s load field (the search chooses its values)', found: 'a list of values', pointAt: 'key', related: [['frontier', 'load']] });
    }
    const [lo, hi] = f.range.map(parseLoadValue);
    f.range.forEach((v, i) => {
      const parsed = i === 0 ? lo : hi;
      if (parsed === null || !(parsed.x > 0)) problems.push({ path: ['frontier', 'range', i], expected: 'a positive load such as 20/s', found: `\`${String(v)}\`` });
    });
    if (lo !== null && hi !== null && lo.x > 0 && hi.x > 0) {
      if (lo.unit !== hi.unit) problems.push({ path: ['frontier', 'range', 1], expected: `the unit of the lowest load (${lo.unit || 'a bare number'})`, found: `\`${String(f.range[1])}\`` });
      else if (!(hi.x > lo.x)) problems.push({ path: ['frontier', 'range', 1], expected: `a highest load above the lowest (${String(f.range[0])})`, found: `\`${String(f.range[1])}\`` });
      const r = raw.recommend === undefined ? null : parseLoadValue(raw.recommend.load);
      if (raw.recommend !== undefined && (r === null || r.unit !== lo.unit || !(r.x > 0))) {
        problems.push({ path: ['recommend', 'load'], expected: `a positive load in the frontier's unit (${lo.unit || 'a bare number'})`, found: `\`${String(raw.recommend.load)}\`` });
      }
    }
    if ((raw.replications ?? 2) < 2) problems.push({ path: ['replications'], expected: 'at least 2 with a frontier (a confidence interval needs two replications)', found: String(raw.replications) });
  } else if (raw.recommend !== undefined) {
    problems.push({ path: ['recommend'], expected: 'a frontier to recommend from (add `frontier: { load, range }`)', found: 'no frontier', pointAt: 'key' });
  }
  if (raw.maxReplications !== undefined && raw.maxReplications < (raw.replications ?? 5)) {
    problems.push({ path: ['maxReplications'], expected: `at least replications (${raw.replications ?? 5})`, found: String(raw.maxReplications) });
  }
  const tiers = raw.vary?.[TIER_PATH];
  if (raw.recommend !== undefined && tiers === undefined) {
    problems.push({ path: ['recommend'], expected: `tiers to choose from: vary.${TIER_PATH}`, found: `no vary.${TIER_PATH}`, pointAt: 'key' });
  }
  if (raw.cost !== undefined) {
    const named = (tiers ?? []).filter((t): t is string => typeof t === 'string');
    for (const t of named) {
      if (raw.cost[t] === undefined) problems.push({ path: ['cost'], expected: `a price for every varied tier (${named.join(', ')})`, found: `none for ${t}` });
    }
    for (const key of Object.keys(raw.cost)) {
      if (!named.includes(key)) problems.push({ path: ['cost', key], expected: `a tier of vary.${TIER_PATH} (${named.join(', ') || 'none varied'})`, found: `\`${key}\``, pointAt: 'key' });
    }
  }
  return problems;
}
