import { compiled } from './compiled.js';

/** What a command printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let loaded: Promise<typeof import('../../src/cli/cli.js')> | null = null;

/**
 * Runs a magesim command in this process, as `node dist/src/cli/main.js ARGS` would
 * (the same parser and commands; the compiled code, so replication worker threads find
 * their files), with its output captured: no process start-up per command. Tests of what
 * only a process shows (exit without a stack trace, signals, stdin, two processes at
 * once, --help) start one instead.
 */
export function magesimInProcess(...args: string[]): Promise<CliResult> {
  return cliInProcess(args);
}

/** The same, with the arguments as an array and the environment the command sees (JOB_COMPLETION_INDEX…). */
export async function cliInProcess(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  loaded ??= compiled<typeof import('../../src/cli/cli.js')>('src/cli/cli.js');
  const { cli } = await loaded;
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), stdin: process.stdin, env });
  return { code, stdout, stderr };
}
