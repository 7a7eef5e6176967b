import packageJson from '../../package.json' with { type: 'json' };
import { CliError } from './CliError.js';
import type { CliIo } from './CliIo.js';
import { HELP } from './help.js';
import { quoteArgument } from './options/quoteArgument.js';
import { localeInArgs } from './options/localeInArgs.js';

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
  // No command yet to read --locale by: `--locale en` anywhere asks for English, as the commands read it.
  const english = localeInArgs(argv) === 'en';
  // `zwfw-stats --locale en` alone names no command either.
  if (first === undefined || (argv.length === 1 ? first.startsWith('--locale=') : argv.length === 2 && first === '--locale')) {
    throw new CliError(english ? 'missing command (report, audit or tally; see zwfw-stats --help)' : '缺少命令(可用 report、audit 或 tally;见 zwfw-stats --help)');
  }
  const load = COMMANDS.get(first);
  if (load === undefined) {
    const got = quoteArgument(first);
    throw new CliError(
      english ? `unknown command ${got} (report, audit or tally; see zwfw-stats --help)` : `未知命令 ${got}(可用 report、audit 或 tally;见 zwfw-stats --help)`,
    );
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
