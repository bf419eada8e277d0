import { type Document, isAlias, isCollection, isMap, isScalar, isSeq, type LineCounter, type Node, visit } from 'yaml';
import type { ScenarioError } from '../errors/ScenarioError.js';

const CORE_PREFIX = 'tag:yaml.org,2002:';

/**
 * What YAML allows but a scenario file does not, each at its own line and column: an
 * explicit tag on any value (`!!binary`, `!!omap`, `!!set`, `!!timestamp`, `!custom`…:
 * some would become bytes or dates, others be silently dropped), and a key that is not
 * a plain name (`? [a, b]`, `? {a: 1}`, an alias, `null:` or `~:`).
 */
export function plainYamlProblems(doc: Document, lineCounter: LineCounter, file: string): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const at = (node: Node, expected: string, found: string): void => {
    const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
    errors.push({ file, line, column: col, path: '', expected, found });
  };
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (key === null) return;
      if (isAlias(key)) at(key, 'a field name', `an alias (*${key.source}) as a key`);
      else if (isCollection(key)) at(key, 'a field name', `a ${isMap(key) ? 'map' : 'list'} as a key`);
      else if (isScalar(key) && key.value === null) at(key, 'a field name', 'an empty key (null or ~)');
    },
    Node(_, node) {
      if (node.tag === undefined) return;
      const tag = node.tag.startsWith(CORE_PREFIX) ? `!!${node.tag.slice(CORE_PREFIX.length)}` : node.tag;
      const kind = isMap(node) ? 'a map' : isSeq(node) ? 'a list' : 'a value';
      at(node, 'plain values, maps and lists (scenario files use no YAML tags)', `${kind} tagged \`${tag}\``);
    },
  });
  return errors;
}
