#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { tuneEngine } from '../../sim/tuneEngine.js';
import { cli } from './cli.js';

tuneEngine();

// A reader that stops early (`magesim schema | head`) closes our stdout: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await cli(hideBin(process.argv));
// Bad input and internal errors end at once (worker threads and timers with them); other
// codes let pending output drain first.
if (code === 2 || code === 3) process.exit(code);
process.exitCode = code;
