import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GROUPS, runGroupProcess, type GroupName, type GroupResult } from './group.js';
import { pairedRatio } from './pairedRatio.js';

/**
 * `npm run bench:pair -- BASELINE GROUP [ROUNDS]`: one benchmark group of this checkout
 * (A) against the same group of another, built checkout (B: a worktree of the commit
 * before a change), each run in a fresh process as `npm run bench` runs it, A then B,
 * then B then A, for ROUNDS rounds (10 by default). Prints each round's rates and the
 * ratio A/B of the group's first task: its median and geometric mean with a 95 %
 * interval over the rounds. One run of each is within this machine's drift; paired,
 * alternating rounds are not.
 */
const here = fileURLToPath(new URL('.', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`bench:pair: ${message}\nusage: npm run bench:pair -- BASELINE_CHECKOUT GROUP [ROUNDS]  (GROUP: ${GROUPS.join(', ')})\n`);
  process.exit(2);
}

/** The group's first task, run from `benchDir`. */
const runGroup = (benchDir: string, group: GroupName): GroupResult => runGroupProcess(group, benchDir)[0];

const [baseline, groupArg, roundsArg = '10'] = process.argv.slice(2);
if (baseline === undefined || groupArg === undefined) fail('expected a baseline checkout and a group');
const group = groupArg as GroupName;
if (!GROUPS.includes(group)) fail(`expected a group, found "${groupArg}"`);
const rounds = Number(roundsArg);
if (!Number.isInteger(rounds) || rounds < 2 || rounds > 100) fail(`expected ROUNDS to be a whole number from 2 to 100, found "${roundsArg}"`);
const theirs = join(resolve(baseline), 'dist/test/bench');
if (!existsSync(join(theirs, 'group.js'))) fail(`expected a built checkout at ${resolve(baseline)} (no dist/test/bench/group.js: run npm ci or npx tsc there)`);

const a: number[] = [];
const b: number[] = [];
let unit = '';
for (let i = 0; i < rounds; i++) {
  const order = i % 2 === 0 ? [here, theirs] : [theirs, here];
  const results = order.map((dir) => runGroup(dir, group));
  const [ours, base] = i % 2 === 0 ? results : [results[1], results[0]];
  unit = ours.name;
  a.push(ours.perS);
  b.push(base.perS);
  process.stdout.write(`round ${i + 1}: A ${(ours.perS / 1e6).toFixed(3)} M/s, B ${(base.perS / 1e6).toFixed(3)} M/s, A/B ${(ours.perS / base.perS).toFixed(3)}\n`);
}
const r = pairedRatio(a, b);
process.stdout.write(
  `${unit}: A/B over ${r.rounds} rounds: median ${r.median.toFixed(3)}, geometric mean ${r.geometricMean.toFixed(3)} (95 % interval ${r.lower.toFixed(3)}–${r.upper.toFixed(3)})\n`,
);
