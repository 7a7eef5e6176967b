#!/usr/bin/env node
// The zwfw-stats command: `zwfw-stats --help`.
import { processIo } from './CliIo.js';
import { runCli } from './runCli.js';

// Output piped into a command that stops reading early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void runCli(process.argv.slice(2), processIo()).then((status) => {
  process.exitCode = status;
});
