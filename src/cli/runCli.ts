import packageJson from '../../package.json' with { type: 'json' };
import { CliError } from './CliError.js';
import type { CliIo } from './CliIo.js';
import { HELP } from './help.js';
import { quoteArgument } from './options/quoteArgument.js';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * Each command's module is loaded when it runs: `tally` on a CSV file does
 * not load the report's schemas (zod), the workbook reader or the Word
 * writer, which would add a third to the command's start.
 */
const COMMANDS = new Map<string, () => Promise<Command>>([
  ['report', async () => (await import('./commands/reportCommand.js')).reportCommand],
  ['audit', async () => (await import('./commands/auditCommand.js')).auditCommand],
  ['tally', async () => (await import('./commands/tallyCommand.js')).tallyCommand],
  ['sql', async () => (await import('./commands/sqlCommand.js')).sqlCommand],
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
  const load = COMMANDS.get(first);
  if (load === undefined) {
    throw new CliError(`unknown command ${quoteArgument(first)} (report, audit or tally; see zwfw-stats --help)`);
  }
  return (await load())(rest, io);
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
