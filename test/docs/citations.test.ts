import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every file of the project's own text: docs, README, sources, scenarios (not tests: they name what they forbid). */
function projectFiles(): string[] {
  const out = [join(root, 'README.md')];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|ts|yaml|json)$/.test(e)) out.push(p);
    }
  };
  for (const d of ['docs', 'src', 'sim', 'scenarios']) walk(join(root, d));
  return out;
}

describe('the project cites only what a reader can open', () => {
  it('no file cites a document outside the repository', () => {
    const outside = /DOMAIN(\.md)?\b|shared\/|seed document|\/work\//;
    const found = projectFiles().flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (outside.test(line) ? [`${f.slice(root.length)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('every relative link in README.md and docs/ resolves', () => {
    const broken: string[] = [];
    for (const f of projectFiles().filter((p) => p.endsWith('.md'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        const target = m[1];
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(resolve(dirname(f), target))) broken.push(`${f.slice(root.length)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
