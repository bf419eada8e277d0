/**
 * The names step, between the schema and normalising: a class of the scenario's own is
 * well named and has its PHP time; every class or behaviour a map or a journey names is
 * built in or defined in the file. The schema accepts any key in those maps (it cannot
 * know the file's own classes), so a typo is caught here, with the nearest defined name.
 */
import { didYouMean } from '../errors/didYouMean.js';
import { type FieldPath, type Problem, valueAt } from '../errors/Problem.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import { REQUEST_CLASSES } from '../Scenario.js';
import {
  behaviourNamesOf,
  classNamesOf,
  CUSTOM_NAME_EXPECTED,
  CUSTOM_NAME_MAX_LENGTH,
  CUSTOM_NAME_PATTERN,
  isBuiltInBehaviour,
  isBuiltInClass,
  MAX_BEHAVIOURS,
  MAX_CLASSES,
  RESERVED_CLASS_NAMES,
} from './classNames.js';

const keysOf = (map: Readonly<Record<string, unknown>> | undefined): string[] => Object.keys(map ?? {});
const quoted = (name: string): string => (name === '' ? 'an empty name' : `\`${name}\``);

function nameProblem(path: FieldPath, name: string, reserved: readonly string[]): Problem[] {
  if (CUSTOM_NAME_PATTERN.test(name) && name.length <= CUSTOM_NAME_MAX_LENGTH && !reserved.includes(name)) return [];
  const hint = reserved.includes(name) ? `the reports use \`${name}\` for their own row` : undefined;
  return [{ path, expected: CUSTOM_NAME_EXPECTED, found: quoted(name.length > 60 ? `${name.slice(0, 60)}…` : name), hint, pointAt: 'key' }];
}

/** Problems of the classes the file defines: names, count, the required phpCpu. */
function definedClassProblems(raw: RawScenario): Problem[] {
  const problems: Problem[] = [];
  const own = keysOf(raw.classes).filter((c) => !isBuiltInClass(c));
  for (const c of own) {
    const path = ['classes', c];
    const named = nameProblem(path, c, RESERVED_CLASS_NAMES);
    problems.push(...named);
    if (named.length === 0 && raw.classes?.[c]?.phpCpu === undefined) {
      const near = didYouMean(c, classNamesOf(raw).filter((other) => other !== c));
      problems.push({
        path,
        expected: 'a new request class with its phpCpu (only built-in classes have a default)',
        found: `\`${c}\` without phpCpu`,
        hint: near ?? 'give classes.' + c + '.phpCpu, e.g. 80ms',
        pointAt: 'key',
      });
    }
  }
  const total = REQUEST_CLASSES.length + own.length;
  if (total > MAX_CLASSES) {
    problems.push({ path: ['classes'], expected: `at most ${MAX_CLASSES} request classes, built-ins included`, found: `${total}`, hint: 'merge classes with similar demand' });
  }
  return problems;
}

/** Problems of the behaviours the file defines by a journey: names and count. */
function definedBehaviourProblems(raw: RawScenario): Problem[] {
  const own = keysOf(raw.traffic?.journeys).filter((b) => !isBuiltInBehaviour(b));
  const problems = own.flatMap((b) => nameProblem(['traffic', 'journeys', b], b, []));
  const total = behaviourNamesOf(raw).length;
  if (total > MAX_BEHAVIOURS) {
    problems.push({ path: ['traffic', 'journeys'], expected: `at most ${MAX_BEHAVIOURS} behaviours, built-ins included`, found: `${total}`, hint: 'merge behaviours with similar journeys' });
  }
  return problems;
}

/** A reference to a name that is not defined: where, what is defined, the nearest one. */
function undefinedName(path: FieldPath, name: string, defined: readonly string[], what: string, define: string, pointAt: Problem['pointAt']): Problem {
  const own = defined.filter((n) => !isBuiltInClass(n) && !isBuiltInBehaviour(n));
  const builtIn = defined.filter((n) => !own.includes(n));
  const list = own.length === 0 ? builtIn.join(', ') : `${builtIn.join(', ')}; this scenario's: ${own.join(', ')}`;
  return { path, expected: `${what} (${list})`, found: quoted(name), hint: didYouMean(name, defined) ?? define, pointAt };
}

/** Every problem with the names of classes and behaviours in `raw` (a schema-valid scenario). */
export function classNameProblems(raw: RawScenario): Problem[] {
  const problems = [...definedClassProblems(raw), ...definedBehaviourProblems(raw)];
  const classes = classNamesOf(raw);
  const behaviours = behaviourNamesOf(raw);
  const defineClass = 'define it under classes (with at least its phpCpu)';
  const classMaps: FieldPath[] = [
    ['traffic', 'requests', 'mix'],
    ['slo', 'classes'],
    ['cdn', 'hitRatio'],
    ['mechanics', 'cdnObjects'],
    ['rabbitmq', 'publish'],
  ];
  for (const path of classMaps) {
    for (const c of keysOf(valueAt(raw, path) as Record<string, unknown> | undefined)) {
      if (!classes.includes(c)) problems.push(undefinedName([...path, c], c, classes, 'a request class', defineClass, 'key'));
    }
  }
  for (const [b, journey] of Object.entries(raw.traffic?.journeys ?? {})) {
    (journey ?? []).forEach((c, i) => {
      if (!classes.includes(c)) problems.push(undefinedName(['traffic', 'journeys', b, i], c, classes, 'a request class', defineClass, 'value'));
    });
  }
  for (const b of keysOf(raw.traffic?.behaviours)) {
    if (!behaviours.includes(b)) {
      problems.push(undefinedName(['traffic', 'behaviours', b], b, behaviours, 'a behaviour', `give it a journey: traffic.journeys.${b}: [home, …]`, 'key'));
    }
  }
  return problems;
}
