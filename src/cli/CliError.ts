/**
 * A user's mistake (a missing file, malformed input, a bad option): printed
 * as a short message on stderr, never with a stack trace. `lines` follow the
 * first line (such as a file's problems); `exitCode` is 2.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly lines: readonly string[] = [],
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
