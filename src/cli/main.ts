#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { runDemo, type DemoOptions } from './demo.js';
import { tuneEngine } from '../run/tuneEngine.js';

/** Exit codes: 0 ok, 2 bad input, 3 internal error. */
const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL = 3;

tuneEngine();

try {
  await yargs(hideBin(process.argv))
    .scriptName('magesim')
    .usage('$0 <command> [options]')
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
            if (!(Number.isInteger(a.servers) && a.servers >= 1)) throw new Error(`--servers: expected an integer ≥ 1, found ${a.servers}`);
            if (!(a.rho > 0 && a.rho < 1)) throw new Error(`--rho: expected a number in (0, 1), found ${a.rho}`);
            if (!(Number.isInteger(a.customers) && a.customers >= 1000)) throw new Error(`--customers: expected an integer ≥ 1000, found ${a.customers}`);
            if (!(Number.isInteger(a.replications) && a.replications >= 2)) throw new Error(`--replications: expected an integer ≥ 2, found ${a.replications}`);
            if (!Number.isInteger(a.seed)) throw new Error(`--seed: expected an integer, found ${a.seed}`);
            return true;
          }),
      (argv) => {
        process.stdout.write(runDemo(argv));
      },
    )
    .demandCommand(1, 'name a command: magesim demo')
    .strict()
    .help()
    .fail((message, error) => {
      if (error && !(error.message.startsWith('--'))) throw error;
      process.stderr.write(`magesim: ${message ?? error?.message}\nRun 'magesim --help' for usage.\n`);
      process.exit(EXIT_BAD_INPUT);
    })
    .parseAsync();
} catch (error) {
  process.stderr.write(`magesim: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT_INTERNAL);
}
