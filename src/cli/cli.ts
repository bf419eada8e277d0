import { join } from 'node:path';
import yargs from 'yargs';
import type { DemoOptions } from './demo/demo.js';
import { packageVersion } from './packageVersion.js';
import { terminalSafe } from '../scenario/errors/terminalSafe.js';
import { BadInput } from './BadInput.js';
import type { RawOverride } from '../scenario/overrides.js';
import { scenarioOverrides } from './scenarioFlags.js';

/** Exit codes: 0 ok, 1 SLO missed under --check-slo (or a regression, for compare), 2 bad input, 3 internal error, 4 runs that cannot be compared. */
const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL = 3;



// Each command loads what it needs when it runs, so `--help`, `--version` and
// `validate` do not pay for loading the simulator, the report writers or the schema
// library they never use.
async function loadScenarioModules() {
  const [{ loadScenario }, { formatScenarioError }] = await Promise.all([import('../scenario/loadScenario.js'), import('../scenario/errors/formatScenarioError.js')]);
  return { loadScenario, formatScenarioError };
}

/** `run -`: the scenario from standard input, named `<stdin>` in messages; refused when stdin is a terminal (nothing was piped). */
async function loadStdin(overrides: readonly RawOverride[], stdin: NodeJS.ReadStream) {
  if (stdin.isTTY) throw new BadInput('run -: expected a scenario on standard input (e.g. `cat file.yaml | magesim run -`), found a terminal');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  const { loadScenarioText } = await import('../scenario/loadScenarioText.js');
  return loadScenarioText(Buffer.concat(chunks).toString('utf8'), '<stdin>', overrides);
}

/** The `--out` folder: given once, a non-empty path. */
function oneOut(given: unknown): string | undefined {
  if (Array.isArray(given)) throw new BadInput(`--out: given ${given.length} times (${given.join(', ')}); give one output folder`);
  if (given !== undefined && (typeof given !== 'string' || given === '')) throw new BadInput(`--out: expected a folder path, found "${String(given)}"`);
  return given;
}

/** Where a command reads and writes: the process's streams, or a test's buffers. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
}

/** The process's own streams and environment. */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  stdin: process.stdin,
  env: process.env,
};

/**
 * The command line, run in this process: parses `args` (without node and the script),
 * runs the command and returns its exit code (0, 1, 2 bad input, 3 internal error, 4
 * not comparable) instead of exiting, so tests can run commands without a process each.
 * `--help` and `--version` print with yargs's own logger (the process's stdout).
 */
export async function cli(args: readonly string[], io: CliIo = processIo): Promise<number> {
  let code = 0;
  const out = io.out;
  try {
    await yargs([...args])
      .exitProcess(false)
      .scriptName('magesim')
      .usage('$0 <command> [options]')
      // Named explicitly: yargs looks for package.json from the folder above its own
      // node_modules, and takes a folder with a dot in its name (`magesim.git`,
      // `/tmp/tmp.x1Y`) for a file, so it printed "unknown" from such a checkout.
      .version(packageVersion())
      .alias('version', 'v')
      .command(
        'run <scenario>',
        'simulate a scenario file and write its reports',
        (y) =>
          y
            .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON), or - for standard input' })
            .option('out', { type: 'string', describe: 'output folder (default reports/<scenario name>/)' })
            .option('set', { type: 'string', array: true, describe: 'override a scenario field by its path, e.g. --set cluster.tier=Pro48 (repeatable; the value is YAML)' })
            .option('seed', { type: 'string', describe: 'override the scenario seed (same as --set seed=N)' })
            .option('duration', { type: 'string', describe: 'override the simulated duration, e.g. 30m (same as --set duration=30m)' })
            .option('replications', { alias: 'r', type: 'number', default: 1, describe: 'independent replications (seeds seed, seed+1, …)' })
            .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print nothing on success' })
            .option('check-slo', { type: 'boolean', default: false, describe: 'exit 1 when the scenario SLO is missed' })
            .option('timing', { type: 'boolean', default: true, describe: 'record wall-clock timing in run.json (--no-timing for byte-identical output)' }),
        async (argv) => {
          if (!(Number.isInteger(argv.replications) && argv.replications >= 1)) throw new BadInput(`--replications: expected a whole number ≥ 1, found ${argv.replications}`);
          const given = oneOut(argv.out);
          const overrides = scenarioOverrides(argv);
          // The simulation and report modules load once the input is known good: bad input fails fast.
          const [{ loadScenario, formatScenarioError }, { checkOutputPath }] = await Promise.all([loadScenarioModules(), import('./outputPath.js')]);
          // yargs hands a lone `-` positional over as an empty string.
          const fromStdin = argv.scenario === '-' || (argv.scenario === '' && args.includes('-'));
          const loaded = fromStdin ? await loadStdin(overrides, io.stdin) : loadScenario(argv.scenario, overrides);
          if (!loaded.ok) throw new BadInput(loaded.errors.map(formatScenarioError).join('\n'));
          const { scenario } = loaded;
          for (const w of loaded.warnings ?? []) io.err(`magesim: warning: ${terminalSafe(w)}\n`);
          // The output folder is checked before anything is simulated: a problem there is bad input.
          const dir = given ?? join('reports', scenario.name);
          const outState = checkOutputPath(dir);
          if (typeof outState === 'string') throw new BadInput(outState);
          const { runCommand } = await import('./runCommand.js');
          code = await runCommand(scenario, { out: dir, replications: argv.replications, quiet: argv.quiet, checkSlo: argv['check-slo'], noTiming: !argv.timing }, out);
        },
      )
      .command(
        'validate <files..>',
        'check scenario files without running them',
        (y) => y.positional('files', { type: 'string', array: true, demandOption: true }),
        async (argv) => {
          const { loadScenario, formatScenarioError } = await loadScenarioModules();
          const messages: string[] = [];
          for (const file of argv.files) {
            const loaded = loadScenario(file);
            if (loaded.ok) out(`${terminalSafe(file)}: ok\n`);
            else messages.push(...loaded.errors.map(formatScenarioError));
          }
          if (messages.length > 0) throw new BadInput(messages.join('\n'));
        },
      )
      .command(
        'sweep <file>',
        'run a sweep: a grid of what-ifs, or the capacity frontier, with a tier recommendation',
        (y) =>
          y
            .positional('file', { type: 'string', demandOption: true, describe: 'sweep file (YAML)' })
            .option('out', { type: 'string', describe: 'output folder (default reports/<sweep name>/; for a shard reports/<name>.shard-<i>-of-<N>/)' })
            .option('workers', { alias: 'w', type: 'number', describe: 'worker threads (default: the number of cores)' })
            .option('shard', { type: 'string', describe: 'run shard i of N (i/N, 1-based) and write its part for `merge`' })
            .option('shards', { type: 'number', describe: 'run shard JOB_COMPLETION_INDEX + 1 of N (Kubernetes Indexed Jobs)' })
            .option('set', { type: 'string', array: true, describe: 'override a field of the base scenario in every cell, e.g. --set duration=30m (repeatable)' })
            .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print nothing on success' })
            .option('timing', { type: 'boolean', default: true, describe: 'record wall-clock timing in sweep.json (--no-timing for byte-identical output)' }),
        async (argv) => {
          // The simulation and report modules load once the input is known good: bad input fails fast.
          const [{ loadSweep }, { formatScenarioError }, { parseShard, defaultSweepOut }, { checkOutputPath }, { availableParallelism }] = await Promise.all([
            import('../scenario/sweep/loadSweep.js'),
            import('../scenario/errors/formatScenarioError.js'),
            import('../run/sweep/shard.js'),
            import('./outputPath.js'),
            import('node:os'),
          ]);
          const workers = argv.workers ?? availableParallelism();
          if (!(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new BadInput(`--workers: expected a whole number from 1 to 64, found ${argv.workers}`);
          const shard = parseShard(argv.shard, argv.shards, io.env);
          if (typeof shard === 'string') throw new BadInput(shard);
          const given = oneOut(argv.out);
          const loaded = loadSweep(argv.file, scenarioOverrides({ set: argv.set }));
          if (!loaded.ok) throw new BadInput(loaded.errors.map(formatScenarioError).join('\n'));
          const dir = given ?? defaultSweepOut(loaded.loaded.sweep.name, shard);
          const outState = checkOutputPath(dir);
          if (typeof outState === 'string') throw new BadInput(outState);
          const { sweepCommand } = await import('./sweepCommand.js');
          code = await sweepCommand(loaded.loaded, { out: dir, workers, shard, quiet: argv.quiet, noTiming: !argv.timing }, out);
        },
      )
      .command(
        'merge <parts..>',
        "join the parts of a sharded sweep into the sweep's report",
        (y) =>
          y
            .positional('parts', { type: 'string', array: true, demandOption: true, describe: 'part folders written by `magesim sweep --shard`' })
            .option('out', { type: 'string', demandOption: true, describe: 'output folder of the merged report' })
            .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print nothing on success' })
            .option('timing', { type: 'boolean', default: true, describe: 'record wall-clock timing in sweep.json (--no-timing for byte-identical output)' }),
        async (argv) => {
          const [{ mergeCommand }, { checkOutputPath }] = await Promise.all([import('./mergeCommand.js'), import('./outputPath.js')]);
          const dir = oneOut(argv.out)!;
          const outState = checkOutputPath(dir);
          if (typeof outState === 'string') throw new BadInput(outState);
          code = await mergeCommand(argv.parts, { out: dir, quiet: argv.quiet, noTiming: !argv.timing }, out);
        },
      )
      .command(
        'compare <baseline> <current>',
        'compare a run with a baseline: what moved, what regressed (exit 1), or why they cannot be compared (exit 4)',
        (y) =>
          y
            .positional('baseline', { type: 'string', demandOption: true, describe: 'the baseline run folder' })
            .positional('current', { type: 'string', demandOption: true, describe: 'the run folder to check' })
            .option('config', { type: 'string', describe: 'compare.yaml: rules (direction, allowed change per figure and row) and gates' })
            .option('out', { type: 'string', describe: 'output folder for compare.json, compare.md, junit.xml (default reports/<scenario>.compare/)' })
            .option('allow-different', { type: 'boolean', default: false, describe: 'compare even when the setups differ (another scenario, seeds, duration…), and say so' })
            .option('fail-on-change', { type: 'boolean', default: false, describe: 'fail (exit 1) when any figure moved at all: a gate for deterministic runs against a committed baseline' })
            .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print nothing' }),
        async (argv) => {
          const [{ compareCommand, readRunFolder, reportName }, { loadCompareConfig, DEFAULT_COMPARE_CONFIG }, { formatScenarioError }, { checkOutputPath }] = await Promise.all([
            import('./compareCommand.js'),
            import('../scenario/compare/loadCompareConfig.js'),
            import('../scenario/errors/formatScenarioError.js'),
            import('./outputPath.js'),
          ]);
          let config = DEFAULT_COMPARE_CONFIG;
          if (argv.config !== undefined) {
            const loaded = loadCompareConfig(argv.config);
            if (!loaded.ok) throw new BadInput(loaded.errors.map(formatScenarioError).join('\n'));
            config = loaded.config;
          }
          const dir = oneOut(argv.out) ?? join('reports', `${reportName(readRunFolder(argv.current).summary)}.compare`);
          const outState = checkOutputPath(dir);
          if (typeof outState === 'string') throw new BadInput(outState);
          code = await compareCommand(argv.baseline, argv.current, { out: dir, config, allowDifferent: argv['allow-different'], failOnChange: argv['fail-on-change'], quiet: argv.quiet }, out);
        },
      )
      .command(
        'schema [kind]',
        'print the JSON Schema of scenario files, of sweep files (`schema sweep`) or of compare.yaml (`schema compare`), for editor completion, or of the summary.json a run writes (`schema summary`)',
        (y) => y.positional('kind', { type: 'string', choices: ['scenario', 'sweep', 'summary', 'compare'], default: 'scenario' }),
        async (argv) => {
          if (argv.kind === 'compare') {
            const { compareConfigJsonSchema } = await import('../scenario/compare/compareConfigSchema.js');
            out(JSON.stringify(compareConfigJsonSchema(), null, 2) + '\n');
            return;
          }
          if (argv.kind === 'summary') {
            const { summaryJsonSchemaDocument } = await import('../run/results/summaryDocument.js');
            out(JSON.stringify(summaryJsonSchemaDocument(), null, 2) + '\n');
            return;
          }
          if (argv.kind === 'sweep') {
            const { sweepJsonSchema } = await import('../scenario/sweep/sweepSchema.js');
            out(JSON.stringify(sweepJsonSchema(), null, 2) + '\n');
            return;
          }
          const { scenarioJsonSchema } = await import('../scenario/schema/scenarioJsonSchema.js');
          out(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
        },
      )
      .command<DemoOptions>(
        'demo',
        'run an M/M/c queue on the simulation kernel and compare it with Erlang C',
        (y) =>
          y
            .option('servers', { alias: 'c', type: 'number', default: 10, describe: 'servers c (≥ 1)' })
            .option('rho', { type: 'number', default: 0.9, describe: 'utilisation ρ = λ/(cμ), 0 < ρ < 1' })
            .option('customers', { type: 'number', default: 1_000_000, describe: 'customers per replication' })
            .option('replications', { alias: 'r', type: 'number', default: 5, describe: 'independent replications (≥ 2)' })
            .option('seed', { type: 'number', default: 1, describe: 'seed of the first replication' })
            .check((a) => {
              if (!(Number.isInteger(a.servers) && a.servers >= 1)) throw new BadInput(`--servers: expected an integer ≥ 1, found ${a.servers}`);
              if (!(a.rho > 0 && a.rho < 1)) throw new BadInput(`--rho: expected a number in (0, 1), found ${a.rho}`);
              if (!(Number.isInteger(a.customers) && a.customers >= 1000)) throw new BadInput(`--customers: expected an integer ≥ 1000, found ${a.customers}`);
              if (!(Number.isInteger(a.replications) && a.replications >= 2)) throw new BadInput(`--replications: expected an integer ≥ 2, found ${a.replications}`);
              if (!Number.isInteger(a.seed)) throw new BadInput(`--seed: expected an integer, found ${a.seed}`);
              return true;
            }),
        async (argv) => out((await import('./demo/demo.js')).runDemo(argv)),
      )
      .demandCommand(1, 'name a command: run, sweep, merge, compare, validate, schema or demo')
      .recommendCommands()
      .strict()
      .help()
      .fail((message, error) => {
        if (error && !(error instanceof BadInput)) throw error;
        throw new BadInput(message ?? error?.message ?? 'bad input');
      })
      .parseAsync();
  } catch (error) {
    if (error instanceof BadInput) {
      // Each line made terminal-safe: a message may echo a file's text or a flag's value.
      const lines = error.message.split('\n').map((line) => terminalSafe(line));
      io.err(`magesim: ${lines.join('\n')}\nRun 'magesim --help' for usage.\n`);
      return EXIT_BAD_INPUT;
    }
    io.err(`magesim: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INTERNAL;
  }
  return code;
}
