import { CliError } from './CliError.js';
import type { CliIo } from './CliIo.js';

/** `zwfw-stats tally`: built on the case-record tallier. */
export async function tallyCommand(_args: readonly string[], _io: CliIo): Promise<number> {
  throw new CliError('the tally command is not available yet');
}
