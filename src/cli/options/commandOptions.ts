import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from '../CliError.js';
import { quoteArgument } from './quoteArgument.js';

/** A command's options by name, and its positional arguments. */
export interface ParsedCommand {
  /** The options given, by name. */
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  /** The arguments that are not options, such as the file. */
  readonly positionals: readonly string[];
}

/** Parses a command's arguments with node:util's parseArgs, turning its errors into one-line {@link CliError}s. */
export function commandOptions(
  command: string,
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): ParsedCommand {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message: text } = error as { code?: unknown; message: string };
    // An unknown option is quoted as any argument is (cut, on one line); it may hold a full stop.
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '(.*)'\. To specify/s.exec(text) : null;
    // Stryker disable next-line StringLiteral: equivalent, split always gives a first part, and no parseArgs message of Node 20 ends with a full stop
    const message = unknown === null ? (text.split(/\.\s/)[0] ?? '').replace(/\.$/, '') : `Unknown option ${quoteArgument(unknown[1] as string)}`;
    throw new CliError(`${message} (see zwfw-stats ${command} --help)`);
  }
}

/** Checks that an option's value is one of `allowed`. */
export function oneOf<T extends string>(command: string, name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new CliError(`--${name} must be one of ${allowed.join(', ')}, got ${quoteArgument(String(value))} (see zwfw-stats ${command} --help)`);
  }
  return value as T;
}

/** The one file a command reads. */
export function singleFile(command: string, positionals: readonly string[], what: string): string {
  const [file, extra] = positionals;
  if (file === undefined) throw new CliError(`missing ${what} (see zwfw-stats ${command} --help)`);
  if (extra !== undefined) throw new CliError(`unexpected argument ${quoteArgument(extra)} (see zwfw-stats ${command} --help)`);
  return file;
}
