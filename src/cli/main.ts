#!/usr/bin/env node
// The zwfw-stats command: `zwfw-stats --help`.
import { processIo } from './CliIo.js';
import { runCli } from './runCli.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
