import { describe, expect, it } from 'vitest';
import { formatScenarioError } from '../../src/scenario/index.js';

describe('formatScenarioError', () => {
  const base = { file: 'a.yaml', line: 3, column: 9, path: 'cluster.tier', expected: 'a tier', found: '`Pro13`' };

  it('gives file:line:column: path: expected …, found …', () => {
    expect(formatScenarioError(base)).toBe('a.yaml:3:9: cluster.tier: expected a tier, found `Pro13`');
  });

  it('appends the hint in parentheses', () => {
    expect(formatScenarioError({ ...base, hint: 'did you mean `Pro12`?' })).toBe(
      'a.yaml:3:9: cluster.tier: expected a tier, found `Pro13` (did you mean `Pro12`?)',
    );
  });

  it('leaves the path out for an error about the whole file', () => {
    expect(formatScenarioError({ ...base, path: '', expected: 'valid YAML', found: 'a syntax error' })).toBe(
      'a.yaml:3:9: expected valid YAML, found a syntax error',
    );
  });
});
