/**
 * fast-check arbitraries of scenario documents: a valid structure (a bundled scenario)
 * mutated by a few operations on its data (a number behind a unit made extreme, a value
 * of the wrong type, an unknown key, deep nesting) and then on its text (a YAML tag, a
 * key that is not a plain scalar, control characters, unicode). Most documents are
 * nearly valid, so the loader's deeper checks are reached, not only the parser's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { scenarioJsonSchema } from '../../src/scenario/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

type Data = unknown;
type Path = (string | number)[];

/** The bundled scenarios as plain data: the valid structures every document starts from. */
export const BASES: readonly Data[] = ['scenarios', 'test/cli/scenarios'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(root, dir, f), 'utf8')) as Data),
);

type FieldKind = 'duration' | 'rate' | 'bytes' | 'bytesPerS' | 'percent' | 'number';

/** Every field of the JSON Schema that holds a number or a number with a unit, and its kind. */
function numericFields(): { path: string[]; kind: FieldKind }[] {
  const out = new Map<string, { path: string[]; kind: FieldKind }>();
  const walk = (node: unknown, path: string[], depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 14) return;
    const n = node as Record<string, unknown>;
    if (typeof n.pattern === 'string') {
      const p = n.pattern;
      const kind: FieldKind = p.includes('%') ? 'percent' : p.includes('TB)\\s*/') ? 'bytesPerS' : p.includes('TB') ? 'bytes' : p.includes('min') ? 'rate' : 'duration';
      out.set(path.join('.'), { path, kind });
    } else if ((n.type === 'number' || n.type === 'integer') && !out.has(path.join('.'))) {
      out.set(path.join('.'), { path, kind: 'number' });
    }
    for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(n[key])) for (const c of n[key] as unknown[]) walk(c, path, depth + 1);
    if (n.properties) for (const [k, v] of Object.entries(n.properties as object)) walk(v, [...path, k], depth + 1);
    if (n.items) walk(n.items, [...path, '0'], depth + 1);
  };
  walk(scenarioJsonSchema(), [], 0);
  return [...out.values()];
}

export const NUMERIC_FIELDS = numericFields();

const UNITS: Record<FieldKind, string[]> = {
  duration: ['s', 'ms', 'us', 'µs', 'μs', 'm', 'h', 'h30m', 'd', ''],
  rate: ['/s', '/min', '/h', '/day', ''],
  bytes: ['B', 'KB', 'MB', 'GB', 'TB', 'gb', ''],
  bytesPerS: ['B/s', 'KB/s', 'MB/s', 'GB/s', 'TB/s', 'MB/min'],
  percent: ['%', ' %', ''],
  number: [''],
};

/** Numbers at and past the edges of doubles: overflow once scaled, underflow, zero, huge counts. */
const EDGE_NUMBER_TEXT = fc.constantFrom('1e400', '1e308', '1.7e308', '1.5e304', '1e300', '1e30', '9e15', '1e9', '4294967296', '0', '0.0', '1e-400', '5e-324', '.5', '5.');

/** Numbers at and past every edge, and text that only looks like a number. */
const EXTREME_NUMBER_TEXT = fc.oneof(
  EDGE_NUMBER_TEXT,
  fc.constantFrom('-0', '-1', '1_000', '0x10', '.inf', '-.inf', '.nan', 'NaN', 'Infinity', '１２'),
  fc.double().map(String),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -400, max: 400 })).map(([m, e]) => `${m}e${e}`),
);

/** A value of the right form for a field of `kind` (its own unit, a bare number for plain numbers) at an edge. */
export function edgeValue(kind: FieldKind): fc.Arbitrary<Data> {
  if (kind === 'number') return fc.constantFrom(1e308, 1.7e308, 1e300, 1e30, 9e15, 1e9, 2 ** 53 + 2, 0, 5e-324, 0.5, 3);
  return fc.tuple(EDGE_NUMBER_TEXT, fc.constantFrom(...UNITS[kind].filter((u) => u !== '' && u !== 'd' && u !== '/day' && u !== 'gb' && u !== 'MB/min'))).map(([n, u]) => `${n}${u}`);
}

/** A number written behind a unit of `kind` (or another kind's unit), as YAML text or as a bare number. */
function extremeValue(kind: FieldKind): fc.Arbitrary<Data> {
  const units = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...UNITS[kind]) }, { weight: 1, arbitrary: fc.constantFrom(...Object.values(UNITS).flat()) });
  return fc.oneof(
    { weight: 3, arbitrary: edgeValue(kind) },
    { weight: 3, arbitrary: fc.tuple(EXTREME_NUMBER_TEXT, units).map(([n, u]) => `${n}${u}`) },
    { weight: 2, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e308, -1e308, 5e-324, 2 ** 53, Number.MAX_SAFE_INTEGER + 2)) },
    { weight: 1, arbitrary: wrongType },
  );
}

/** Text from the file's point of view: control characters, unicode, YAML punctuation. */
export const HOSTILE_TEXT = fc.oneof(
  fc.constantFrom('\x1b[2J\x1b[H', 'a\rforged.yaml:1:1: ok', '\x07\x00\x7f\x9b', '\u202eevil\u2066', 'line\nbreak', '\ufeff', '\ud800', '😀'.repeat(40), 'x'.repeat(3000)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'{}[]:,&*!|>%@`#\'"-? \t\n'), maxLength: 12 }),
);

const wrongType: fc.Arbitrary<Data> = fc.oneof(
  fc.constantFrom(null, true, false, [], {}, '', 'none', 'auto', [1, 2], { a: 1 }),
  HOSTILE_TEXT,
  fc.integer(),
);

/** A value nested `depth` levels deep in lists or maps. */
const deeplyNested: fc.Arbitrary<Data> = fc.tuple(fc.integer({ min: 1, max: 400 }), fc.boolean()).map(([depth, lists]) => {
  let value: Data = 1;
  for (let i = 0; i < depth; i++) value = lists ? [value] : { a: value };
  return value;
});

type Op =
  | { op: 'field'; field: number; value: Data }
  | { op: 'leaf'; at: number; value: Data }
  | { op: 'key'; at: number; key: string; value: Data };

/** An operation that sets one numeric field to a value drawn by `value`. */
const fieldOp = (value: (kind: FieldKind) => fc.Arbitrary<Data>): fc.Arbitrary<Op> =>
  fc.nat({ max: NUMERIC_FIELDS.length - 1 }).chain((field) => value(NUMERIC_FIELDS[field].kind).map((v): Op => ({ op: 'field', field, value: v })));

const dataOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fieldOp(extremeValue) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('leaf' as const), at: fc.nat(), value: fc.oneof(wrongType, deeplyNested) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('key' as const), at: fc.nat(), key: fc.oneof(HOSTILE_TEXT, fc.constantFrom('rate', 'tier', 'x', 'at', 'name')), value: wrongType }) },
);

/** Paths of every map and list and every leaf inside `data`. */
function pathsOf(data: Data, path: Path = [], out: { maps: Path[]; leaves: Path[] } = { maps: [], leaves: [] }) {
  if (Array.isArray(data)) data.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (data !== null && typeof data === 'object') {
    out.maps.push(path);
    for (const [k, v] of Object.entries(data)) pathsOf(v, [...path, k], out);
  } else out.leaves.push(path);
  return out;
}

/** Sets `path` in `data` to `value`, making maps on the way (a list index reuses or starts a list). */
function setAt(data: Data, path: readonly (string | number)[], value: Data): Data {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const index = /^\d+$/.test(String(head)) ? Number(head) : undefined;
  if (index !== undefined && Array.isArray(data)) {
    const copy = [...data];
    copy[Math.min(index, copy.length)] = setAt(copy[index], rest, value);
    return copy;
  }
  if (index !== undefined) return [setAt(undefined, rest, value)];
  const map = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, Data>) : {};
  return { ...map, [head]: setAt(map[head], rest, value) };
}

function applyOp(data: Data, o: Op): Data {
  if (o.op === 'field') return setAt(data, NUMERIC_FIELDS[o.field].path, o.value);
  const { maps, leaves } = pathsOf(data);
  if (o.op === 'leaf') return leaves.length === 0 ? data : setAt(data, leaves[o.at % leaves.length], o.value);
  return setAt(data, [...maps[o.at % maps.length], o.key], o.value);
}

/** Tags a scenario refuses: YAML 1.1 types, local and verbatim tags. */
export const REFUSED_TAGS = ['!!binary', '!!set', '!!omap', '!!pairs', '!!timestamp', '!foo', '!<tag:example.com,2000:x>'];
const TAGS = [...REFUSED_TAGS, '!!str', '!!int', '!!float', '!!map', '!!seq', '!'].map((t) => `${t} `);
/** Map keys that are not plain scalars, as lines (the first line is the key). */
export const ODD_KEYS = ['? [a, b]\n: 1', '? {a: 1}\n: 2', 'null: 1', '~: 1', ': 1'];
const TEXT_KEYS = [...ODD_KEYS, '&k x: 1\n*k : 2', '<<: {a: 1}'];

type TextOp = { op: 'tag'; line: number; tag: string } | { op: 'oddKey'; line: number; key: string } | { op: 'insert'; at: number; text: string };

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  fc.record({ op: fc.constant('tag' as const), line: fc.nat(), tag: fc.constantFrom(...TAGS) }),
  fc.record({ op: fc.constant('oddKey' as const), line: fc.nat(), key: fc.constantFrom(...TEXT_KEYS) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: HOSTILE_TEXT }),
);

function applyTextOp(text: string, o: TextOp): string {
  const lines = text.split('\n');
  if (o.op === 'insert') {
    const at = o.at % (text.length + 1);
    return text.slice(0, at) + o.text + text.slice(at);
  }
  const i = o.line % lines.length;
  if (o.op === 'tag') {
    const colon = lines[i].indexOf(': ');
    if (colon >= 0) lines[i] = `${lines[i].slice(0, colon + 2)}${o.tag}${lines[i].slice(colon + 2)}`;
    else lines[i] = lines[i].replace(/^(\s*-?\s*)/, `$1${o.tag}`);
    return lines.join('\n');
  }
  const indent = /^\s*/.exec(lines[i])?.[0] ?? '';
  lines.splice(i, 0, ...o.key.split('\n').map((l) => indent + l));
  return lines.join('\n');
}

export interface GeneratedDocument {
  text: string;
  style: 'yaml' | 'json';
}

export interface DocumentOptions {
  /** Data operations at most (default 4). */
  maxOps?: number;
  /**
   * `edges`: only numeric fields set to values of the right form at the edges of doubles
   * (overflow once converted, underflow, huge counts), so the rest of the file stays valid.
   */
  ops?: 'any' | 'edges';
  /** Text operations at most (default 2); 0 keeps the text valid YAML. */
  maxTextOps?: number;
  /** Fields set last, after the mutations (e.g. `warmup: 0` for a one-second run). */
  finally?: Record<string, Data>;
}

/** The bundled scenarios in YAML's block style, as lines. */
export const BASE_LINES: readonly string[][] = BASES.map((b) => stringify(b).split('\n'));

/** Scenario documents as text: a bundled scenario, mutated. */
export function scenarioDocument(options: DocumentOptions = {}): fc.Arbitrary<GeneratedDocument> {
  return fc
    .record({
      base: fc.nat({ max: BASES.length - 1 }),
      ops: fc.array(options.ops === 'edges' ? fieldOp(edgeValue) : dataOp, { minLength: options.ops === 'edges' ? 1 : 0, maxLength: options.maxOps ?? 4 }),
      style: fc.constantFrom('yaml' as const, 'yaml' as const, 'json' as const),
      textOps: fc.array(textOp, { maxLength: options.maxTextOps ?? 2 }),
    })
    .map(({ base, ops, style, textOps }) => {
      let data = ops.reduce(applyOp, structuredClone(BASES[base]));
      for (const [key, value] of Object.entries(options.finally ?? {})) data = setAt(data, [key], value);
      const rendered = style === 'json' ? JSON.stringify(data, null, 1) : stringify(data, { aliasDuplicateObjects: false });
      return { text: textOps.reduce(applyTextOp, rendered), style };
    });
}
