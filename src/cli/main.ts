#!/usr/bin/env node
// The zwfw-stats command: `zwfw-stats --help`.
import { processIo } from './CliIo.js';
import { runCli } from './runCli.js';

void runCli(process.argv.slice(2), processIo()).then((status) => {
  process.exitCode = status;
});
