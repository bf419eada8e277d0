import { describe, expect, it } from 'vitest';
import { formatScenarioError, loadScenarioText } from '../../src/scenario/index.js';
import { terminalSafe } from '../../src/scenario/errors/terminalSafe.js';

function messages(text: string): string[] {
  const r = loadScenarioText(text, 'f.yaml');
  if (r.ok) throw new Error('expected errors');
  return r.errors.map(formatScenarioError);
}

describe('YAML features a scenario does not use', () => {
  it.each([
    ['cluster: !!binary aGVsbG8=', 2, 'a value tagged `!!binary`'],
    ['cluster: !!omap [ { a: 1 } ]', 2, 'a list tagged `!!omap`'],
    ['events: !!set { a, b }', 2, 'a map tagged `!!set`'],
    ['events: !!timestamp 2001-12-14', 2, 'a value tagged `!!timestamp`'],
    ['cluster: !custom { tier: Pro24 }', 2, 'a map tagged `!custom`'],
    ['cluster: { tier: !!str Pro24 }', 2, 'a value tagged `!!str`'],
  ])('a tag (%s) is an error at its line, not a crash or a silent default', (line, at, found) => {
    const [m, ...rest] = messages(`name: t\n${line}\n`);
    expect(rest).toEqual([]);
    expect(m).toMatch(new RegExp(`^f\\.yaml:${at}:\\d+: expected plain values, maps and lists`));
    expect(m).toContain(`found ${found}`);
  });

  it.each([
    ['? [a, b]\n: 1', 2, 'a list as a key'],
    ['? { a: 1 }\n: 1', 2, 'a map as a key'],
    ['null: 3', 2, 'an empty key (null or ~)'],
    ['cluster:\n  ~: 3', 3, 'an empty key (null or ~)'],
  ])('a key that is not a plain name (%s) is located at its own line', (text, at, found) => {
    const [m] = messages(`name: t\n${text}\n`);
    expect(m).toMatch(new RegExp(`^f\\.yaml:${at}:\\d+: expected a field name, found ${found.replace(/[()]/g, '\\$&')}`));
  });
});

describe('values echoed in messages are terminal-safe', () => {
  it('control characters, escape sequences and line breaks are shown escaped: one message is one line', () => {
    const [m] = messages('name: "t\\x1b[2J\\r\\nf.yaml:1:1: ok\\x07\\0\\u202e"\n');
    expect(m).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202e]/);
    expect(m).toContain('found `t\\x1b[2J\\r\\nf.yaml:1:1: ok\\x07\\0\\u{202e}`');
  });

  it('an unknown key carrying escapes cannot forge a line either', () => {
    const [m] = messages('name: t\n"clu\\rster\\n": 1\n');
    expect(m.split('\n')).toHaveLength(1);
    expect(m).toContain('clu\\rster\\n');
  });

  it('long values are cut, with their length', () => {
    const [m] = messages(`name: ${'x'.repeat(5000)}A\n`);
    expect(m.length).toBeLessThan(400);
    expect(m).toContain('… (5001 characters)');
  });

  it('the invisible byte-order mark and lone surrogates are shown escaped too', () => {
    expect(terminalSafe('a\ufeffb\ud800c')).toBe('a\\u{feff}b\\u{d800}c');
  });

  it('terminalSafe leaves ordinary text, accents and emoji alone', () => {
    expect(terminalSafe('Pro24 café 🚀 “quotes”')).toBe('Pro24 café 🚀 “quotes”');
    expect(terminalSafe('\x9b31m')).toBe('\\x9b31m');
  });
});
