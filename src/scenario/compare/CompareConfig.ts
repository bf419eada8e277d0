/** Which rows of a summary a rule applies to: summary.csv's classes, resources.csv's resources, or both. */
export type RowKind = 'class' | 'resource';

/** A threshold on the current value, like a k6 threshold: `value op limit` must hold. */
export interface Gate {
  op: '<' | '<=' | '>' | '>=';
  limit: number;
  text: string;
}

/** An allowed change for the worse: relative (0.05 for 5 %) or absolute, in the figure's unit. */
export interface Allowance {
  relative: boolean;
  value: number;
}

/** A compare rule, its patterns compiled; `source` says where it came from (file:line, or the built-in defaults). */
export interface CompareRule {
  metric: string;
  kind: RowKind | null;
  row: string;
  better: 'lower' | 'higher' | 'none' | null;
  allow: Allowance;
  gate: Gate | null;
  source: string;
}

/** compare.yaml normalised: the confidence (of each interval; 1 − the false-discovery rate of the verdicts) and the rules in order (the file's, then the built-in ones). */
export interface CompareConfig {
  confidence: number;
  rules: CompareRule[];
}

/** Whether `name` matches a pattern in which * stands for any text and ? for one character. */
export function globMatch(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(name);
}
