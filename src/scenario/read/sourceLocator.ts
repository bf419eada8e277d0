import { type Document, isAlias, isCollection, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { FieldPath } from '../errors/Problem.js';

export interface Position {
  line: number;
  column: number;
}

/** Where a field path points in the file: 1-based line and column. */
export type SourceLocator = (path: FieldPath, pointAt?: 'key' | 'value') => Position;

/**
 * Maps field paths to positions in a parsed YAML document. A scalar points at itself; a
 * map or list, or a key (`pointAt: 'key'`), at its key; a missing field at the nearest
 * map or list that exists on its path (the one that should hold it).
 */
export function sourceLocator(doc: Document, lineCounter: LineCounter): SourceLocator {
  const position = (node: Node | null | undefined): Position | undefined => {
    if (!node?.range) return undefined;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };
  return (path, pointAt = 'value') => {
    let node = doc.contents as Node | null;
    let key: Node | undefined;
    let depth = 0;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc) ?? null;
      if (isMap(node)) {
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
        if (pair === undefined) break;
        key = pair.key as Node;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        key = undefined;
        node = node.items[segment] as Node | null;
      } else {
        break;
      }
      depth++;
    }
    const complete = depth === path.length;
    const preferKey = pointAt === 'key' || !complete || node === null || isCollection(node);
    return (preferKey ? position(key) : undefined) ?? position(node) ?? position(key) ?? { line: 1, column: 1 };
  };
}
