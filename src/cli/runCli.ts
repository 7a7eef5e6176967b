import packageJson from '../../package.json' with { type: 'json' };
import { auditCommand } from './commands/auditCommand.js';
import { CliError } from './CliError.js';
import type { CliIo } from './CliIo.js';
import { HELP } from './help.js';
import { quoteArgument } from './options/quoteArgument.js';
import { reportCommand } from './commands/reportCommand.js';
import { sqlCommand } from './commands/sqlCommand.js';
import { tallyCommand } from './commands/tallyCommand.js';

const COMMANDS = new Map([
  ['report', reportCommand],
  ['audit', auditCommand],
  ['tally', tallyCommand],
  ['sql', sqlCommand],
]);

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '-h' || first === '--help') {
    io.stdout(HELP.main);
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`zwfw-stats ${packageJson.version}\n`);
    return 0;
  }
  if (first === undefined) throw new CliError('missing command (report, audit or tally; see zwfw-stats --help)');
  const command = COMMANDS.get(first);
  if (command === undefined) {
    throw new CliError(`unknown command ${quoteArgument(first)} (report, audit or tally; see zwfw-stats --help)`);
  }
  return command(rest, io);
}

/**
 * Runs the zwfw-stats command with its arguments (without `node` and the
 * script) and returns the exit status: 0 done, 1 audit errors, 2 a user's
 * mistake, reported on stderr in a short message whose first line says what
 * is wrong and where.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`zwfw-stats: ${error.message}\n${error.lines.map((line) => `${line}\n`).join('')}`);
    return error.exitCode;
  }
}
