import { basename, dirname, extname, resolve } from 'node:path';
import { formatPath, type FieldPath, type Problem } from '../errors/Problem.js';
import type { ScenarioError } from '../errors/ScenarioError.js';
import { loadScenarioText } from '../loadScenarioText.js';
import { parseFieldPath, type RawOverride } from '../overrides.js';
import { parseScenarioText } from '../read/parseScenarioText.js';
import { readScenarioFile, SWEEP_FILE } from '../read/readScenarioFile.js';
import type { SourceLocator } from '../read/sourceLocator.js';
import { validateRaw } from '../validate/validateRawScenario.js';
import { formatLoadValue, parseLoadValue } from './loadValue.js';
import { parseFraction } from '../units.js';
import type { FailureState, LoadedSweep, Sweep, SweepAxis, SweepCell } from './Sweep.js';
import { SWEEP_DEFAULTS, rawSweepSchema, type RawSweep } from './sweepSchema.js';
import { sweepRules } from './sweepRules.js';

export type SweepResult = { ok: true; loaded: LoadedSweep } | { ok: false; errors: ScenarioError[] };

/** Keys only a scenario file has: a scenario given where a sweep is expected. */
const SCENARIO_KEYS = ['cluster', 'traffic', 'duration', 'cdn', 'slo', 'events'];

const NO_FAILURE: FailureState = { name: 'none', events: [] };

function located(p: Problem, file: string, locate: SourceLocator): ScenarioError {
  const { line, column } = locate(p.path, p.pointAt);
  const e: ScenarioError = { file, line, column, path: formatPath(p.path), expected: p.expected, found: p.found };
  if (p.hint !== undefined) e.hint = p.hint;
  return e;
}

/**
 * Reads and checks a sweep file, then its base scenario in every cell (and, with a
 * frontier, at both ends of the load range): a value that makes a cell's scenario wrong
 * is reported at its place in the sweep file, with the scenario's own message.
 * `cliOverrides` (`--set` on the command line) apply to every cell, after the sweep's
 * `set`. Never throws on bad input.
 */
export function loadSweep(file: string, cliOverrides: readonly RawOverride[] = []): SweepResult {
  const read = readScenarioFile(file, SWEEP_FILE);
  if (!read.ok) return read;
  const parsed = parseScenarioText(read.text, file, SWEEP_FILE);
  if (!parsed.ok) return parsed;
  if (parsed.raw.scenario === undefined && SCENARIO_KEYS.some((k) => k in parsed.raw)) {
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', expected: 'a sweep file (with `scenario:` naming the base scenario)', found: 'a scenario file (run it with `magesim run`)' }] };
  }
  const { problems, value } = validateRaw(rawSweepSchema, parsed.raw);
  const all = value === undefined ? problems : sweepRules(value);
  if (value === undefined || all.length > 0) return { ok: false, errors: sortErrors(all.map((p) => located(p, file, parsed.locate))) };
  const raw: RawSweep = value;
  const scenarioFile = resolve(dirname(file), raw.scenario);
  const base = readScenarioFile(scenarioFile);
  if (!base.ok) {
    const at = parsed.locate(['scenario']);
    return { ok: false, errors: [{ file, ...at, path: 'scenario', expected: 'a readable scenario file', found: base.errors.map((e) => `${e.expected}, found ${e.found}`).join('; ') }] };
  }

  const origin = (path: FieldPath, shown: FieldPath) => (sub: FieldPath) => ({ file, ...parsed.locate([...path, ...sub]), path: formatPath([...shown, ...sub]) });
  const setOverrides: RawOverride[] = Object.entries(raw.set ?? {}).map(([key, v]) => ({ path: parseFieldPath(key)!, value: v, mode: 'set', origin: origin(['set', key], ['set', key]) }));
  const fixed = [...setOverrides, ...cliOverrides];
  const vary: SweepAxis[] = Object.entries(raw.vary ?? {}).map(([path, values]) => ({ path, fieldPath: parseFieldPath(path)!, values }));
  const failures: FailureState[] = raw.failures === undefined ? [NO_FAILURE] : Object.entries(raw.failures).map(([name, events]) => ({ name, events }));
  const frontier = frontierOf(raw);

  const cells = gridCells(vary, failures);
  const overridesOf = (cell: SweepCell, load?: { value: unknown; at: FieldPath }): RawOverride[] => {
    const list: RawOverride[] = [...fixed];
    vary.forEach((axis, a) => {
      const i = axis.values.indexOf(cell.values[a]);
      list.push({ path: axis.fieldPath, value: cell.values[a], mode: 'set', origin: origin(['vary', axis.path, i], ['vary', axis.path, i]) });
    });
    if (load !== undefined && frontier !== null) list.push({ path: frontier.fieldPath, value: load.value, mode: 'set', origin: origin(load.at, load.at) });
    const failure = failures.find((f) => f.name === cell.failure)!;
    if (failure.events.length > 0) list.push({ path: ['events'], value: failure.events, mode: 'append', origin: origin(['failures', failure.name], ['failures', failure.name]) });
    return list;
  };

  // Every cell checked now, so a bad value fails before anything runs; each message once.
  const errors = new Map<string, ScenarioError>();
  const check = (cell: SweepCell, load?: { value: unknown; at: FieldPath }): void => {
    const r = loadScenarioText(base.text, scenarioFile, overridesOf(cell, load));
    if (!r.ok) for (const e of r.errors) errors.set(JSON.stringify(e), e);
  };
  for (const cell of cells) {
    if (frontier === null) check(cell);
    else raw.frontier!.range.forEach((v, i) => check(cell, { value: v, at: ['frontier', 'range', i] }));
  }
  const baseScenario = loadScenarioText(base.text, scenarioFile, fixed);
  if (!baseScenario.ok) for (const e of baseScenario.errors) errors.set(JSON.stringify(e), e);
  if (errors.size > 0 || !baseScenario.ok) return { ok: false, errors: sortErrors([...errors.values()]) };

  const replications = raw.replications ?? SWEEP_DEFAULTS.replications;
  const sweep: Sweep = {
    name: raw.name ?? sweepName(file),
    source: file,
    scenarioFile,
    base: baseScenario.scenario,
    replications,
    maxReplications: raw.maxReplications ?? SWEEP_DEFAULTS.maxReplicationsPerBatch * replications,
    confidence: SWEEP_DEFAULTS.confidence,
    set: [...Object.entries(raw.set ?? {}).map(([path, v]) => ({ path, value: v })), ...cliOverrides.map((o) => ({ path: formatPath(o.path), value: o.value }))],
    vary,
    failures,
    frontier,
    recommend: raw.recommend === undefined ? null : { load: parseLoadValue(raw.recommend.load)!.x },
    cost: raw.cost ?? null,
  };
  return {
    ok: true,
    loaded: {
      sweep,
      cells,
      scenarioOf: (cell, load) =>
        loadScenarioText(base.text, scenarioFile, overridesOf(cell, load === undefined ? undefined : { value: formatLoadValue(load, frontier!.unit), at: ['frontier', 'load'] })),
    },
  };
}

function frontierOf(raw: RawSweep): Sweep['frontier'] {
  if (raw.frontier === undefined) return null;
  const [lo, hi] = raw.frontier.range.map((v) => parseLoadValue(v)!);
  const precision = raw.frontier.precision === undefined ? SWEEP_DEFAULTS.precision : parseFraction(raw.frontier.precision);
  return { load: raw.frontier.load, fieldPath: parseFieldPath(raw.frontier.load)!, lo: lo.x, hi: hi.x, unit: lo.unit, precision };
}

/** The full factorial grid in the file's order (the last field varies fastest), each grid point in every failure state. */
function gridCells(vary: SweepAxis[], failures: FailureState[]): SweepCell[] {
  let points: unknown[][] = [[]];
  for (const axis of vary) points = points.flatMap((p) => axis.values.map((v) => [...p, v]));
  const cells: SweepCell[] = [];
  for (const values of points) {
    for (const f of failures) {
      const key = [...vary.map((axis, a) => `${axis.path}=${valueText(values[a])}`), `failure=${f.name}`].join(' ');
      cells.push({ index: cells.length, key, values, failure: f.name });
    }
  }
  return cells;
}

/** A varied value as it reads in keys and CSV cells: text as is, anything else as JSON. */
export function valueText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function sweepName(file: string): string {
  const stem = basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return stem === '' ? 'sweep' : stem;
}

function sortErrors(errors: ScenarioError[]): ScenarioError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}
