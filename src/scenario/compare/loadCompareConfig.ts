import { formatPath, type Problem } from '../errors/Problem.js';
import type { ScenarioError } from '../errors/ScenarioError.js';
import { parseScenarioText } from '../read/parseScenarioText.js';
import { COMPARE_FILE, readScenarioFile } from '../read/readScenarioFile.js';
import { parseFraction } from '../units.js';
import { validateRaw } from '../validate/validateRawScenario.js';
import type { CompareConfig, CompareRule, Gate } from './CompareConfig.js';
import { GATE_PATTERN, rawCompareConfigSchema, type RawCompareRule } from './compareConfigSchema.js';
import { DEFAULT_COMPARE_CONFIDENCE, DEFAULT_COMPARE_RULES } from './defaultCompareRules.js';

export type CompareConfigResult = { ok: true; config: CompareConfig } | { ok: false; errors: ScenarioError[] };

/** The built-in configuration: 95 % and the default rules. */
export const DEFAULT_COMPARE_CONFIG: CompareConfig = { confidence: DEFAULT_COMPARE_CONFIDENCE, rules: [...DEFAULT_COMPARE_RULES] };

function gateOf(text: string): Gate {
  const m = new RegExp(GATE_PATTERN).exec(text)!;
  const limit = Number(m[2]) / (m[3] === '%' ? 100 : 1);
  return { op: m[1] as Gate['op'], limit, text: text.trim() };
}

function ruleOf(r: RawCompareRule, source: string): CompareRule {
  return {
    metric: r.metric,
    kind: r.class !== undefined ? 'class' : r.resource !== undefined ? 'resource' : null,
    row: r.class ?? r.resource ?? '*',
    better: r.better ?? null,
    allow: r.allow === undefined ? { relative: false, value: 0 } : typeof r.allow === 'number' ? { relative: false, value: r.allow } : { relative: true, value: Number(r.allow.replace(/[+%\s]/g, '')) / 100 },
    gate: r.gate === undefined ? null : gateOf(r.gate),
    source,
  };
}

/**
 * Reads compare.yaml: validated against its schema (each problem with file, line and
 * field, like a scenario's), then its rules in order, followed by the built-in ones
 * unless `defaults: false`. Never throws on bad input.
 */
export function loadCompareConfig(file: string): CompareConfigResult {
  const read = readScenarioFile(file, COMPARE_FILE);
  if (!read.ok) return read;
  const parsed = parseScenarioText(read.text, file, COMPARE_FILE);
  if (!parsed.ok) return parsed;
  const { problems, value } = validateRaw(rawCompareConfigSchema, parsed.raw);
  const all: Problem[] = [...problems];
  if (value !== undefined) {
    (value.rules ?? []).forEach((r, i) => {
      if (r.class !== undefined && r.resource !== undefined) all.push({ path: ['rules', i], expected: 'class or resource, not both', found: `class ${r.class} and resource ${r.resource}` });
      if (r.better === undefined && r.gate === undefined) all.push({ path: ['rules', i], expected: 'better, gate or both', found: 'neither: the rule would do nothing' });
      if (r.allow !== undefined && (r.better === undefined || r.better === 'none')) all.push({ path: ['rules', i, 'allow'], expected: 'allow with better: lower or higher', found: `allow ${String(r.allow)} with better ${r.better ?? 'unset'}` });
    });
    const confidence = value.confidence === undefined ? DEFAULT_COMPARE_CONFIDENCE : parseFraction(value.confidence);
    if (!(confidence >= 0.5 && confidence < 1)) all.push({ path: ['confidence'], expected: 'a confidence from 50% to below 100%', found: String(value.confidence) });
  }
  if (value === undefined || all.length > 0) {
    return {
      ok: false,
      errors: all.map((p) => {
        const { line, column } = parsed.locate(p.path, p.pointAt);
        return { file, line, column, path: formatPath(p.path), expected: p.expected, found: p.found };
      }),
    };
  }
  const own = (value.rules ?? []).map((r, i) => ruleOf(r, `${file}:${parsed.locate(['rules', i]).line}`));
  return {
    ok: true,
    config: {
      confidence: value.confidence === undefined ? DEFAULT_COMPARE_CONFIDENCE : parseFraction(value.confidence),
      rules: [...own, ...(value.defaults === false ? [] : DEFAULT_COMPARE_RULES)],
    },
  };
}
