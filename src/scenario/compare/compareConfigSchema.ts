import { z } from 'zod';
import { PERCENT_PATTERN } from '../units.js';
import { percentText } from '../schema/defaultText.js';
import { DEFAULT_COMPARE_CONFIDENCE } from './defaultCompareRules.js';

/** `5%`, `+5 %`: a relative change; a plain number is an absolute one in the figure's unit. */
const RELATIVE = String.raw`^\s*\+?\s*\d+(?:\.\d+)?\s*%\s*$`;
/** `< 0.1%`, `<= 800`, `>= 99%`: a threshold on the current value. */
export const GATE_PATTERN = String.raw`^\s*(<=|<|>=|>)\s*(\d+(?:\.\d+)?(?:e-?\d+)?)\s*(%?)\s*$`;

const globSchema = (what: string) => z.string({ error: `a name or a pattern with * and ? (${what})` }).min(1, { error: `a name or a pattern with * and ? (${what})` });

export const compareRuleSchema = z
  .strictObject(
    {
      metric: globSchema('p95_ms, errors_*').describe('The figure, a column of summary.csv or resources.csv (p95_ms, error_rate, utilisation); * and ? match any text or character. Required.'),
      class: globSchema('all, checkout, *').optional().describe('The rows of summary.csv it applies to: a class, `all` (pages) or a pattern. Give class or resource, not both; neither: both kinds of row.'),
      resource: globSchema('cpu.node1, php-fpm.*').optional().describe('The rows of resources.csv it applies to (cpu.node1, php-fpm.*).'),
      better: z.enum(['lower', 'higher', 'none'], { error: 'lower, higher or none' }).optional().describe('Which way is better; none: report a change, never fail on it.'),
      allow: z
        .union([z.string().regex(new RegExp(RELATIVE), { error: 'a relative change such as 5% or an absolute one as a number' }), z.number().min(0)], {
          error: 'a relative change such as 5% or an absolute one as a number',
        })
        .optional()
        .describe('The change for the worse allowed before it is a regression: relative (5%) or absolute in the figure\'s unit (0.001 for an error rate, 20 for 20 ms). Default 0.'),
      gate: z
        .string({ error: 'a threshold such as "< 0.1%" or "<= 800"' })
        .regex(new RegExp(GATE_PATTERN), { error: 'a threshold such as "< 0.1%" or "<= 800"' })
        .optional()
        .describe('An absolute threshold the current value must meet, like a k6 threshold: "< 0.1%" (fractions as percentages), "<= 800" (ms).'),
    },
    { error: 'a rule: a map { metric, class or resource, better, allow, gate }' },
  )
  .describe('A rule: how a figure is judged (better, allow) and any threshold (gate).');

export const rawCompareConfigSchema = z
  .strictObject(
    {
      $schema: z.string({ error: 'a string' }).optional().describe('JSON Schema of this file, for editors.'),
      confidence: z
        .string({ error: 'a percentage such as 95%' })
        .regex(new RegExp(PERCENT_PATTERN), { error: 'a percentage such as 95%' })
        .optional()
        .describe(`Confidence of each figure's interval; 1 − it is the false-discovery rate of the regressed and improved verdicts over all judged figures (Benjamini–Hochberg). Default ${percentText(DEFAULT_COMPARE_CONFIDENCE)}.`),
      defaults: z.boolean({ error: 'true or false' }).optional().describe('Apply the built-in rules after these (latency, error rate, throughput, utilisation, the SLO). Default true.'),
      rules: z.array(compareRuleSchema, { error: 'a list of rules' }).optional().describe('Rules, first match first: the first with `better` judges a figure; every matching `gate` applies.'),
    },
    { error: 'a map of compare settings' },
  )
  .describe('Rules for `magesim compare`: which changes are regressions, and absolute gates.');

export type RawCompareConfig = z.infer<typeof rawCompareConfigSchema>;
export type RawCompareRule = z.infer<typeof compareRuleSchema>;

/** JSON Schema (draft 2020-12) of compare.yaml, from the schema that validates it. */
export function compareConfigJsonSchema(): Record<string, unknown> {
  return { ...(z.toJSONSchema(rawCompareConfigSchema, { target: 'draft-2020-12' }) as Record<string, unknown>), title: 'magesim compare configuration' };
}
