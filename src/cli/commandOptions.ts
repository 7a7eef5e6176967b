import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './CliError.js';

/** Parses a command's arguments with node:util's parseArgs, turning its errors into one-line {@link CliError}s. */
export function commandOptions<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = ((error as Error).message.split(/\.\s/)[0] ?? '').replace(/\.$/, '');
    throw new CliError(`${message} (see zwfw-stats ${command} --help)`);
  }
}

/** Checks that an option's value is one of `allowed`. */
export function oneOf<T extends string>(command: string, name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`--${name} must be one of ${allowed.join(', ')}, got '${value}' (see zwfw-stats ${command} --help)`);
  }
  return value as T;
}

/** The one file a command reads. */
export function singleFile(command: string, positionals: readonly string[], what: string): string {
  const [file, extra] = positionals;
  if (file === undefined) throw new CliError(`missing ${what} (see zwfw-stats ${command} --help)`);
  if (extra !== undefined) throw new CliError(`unexpected argument '${extra}' (see zwfw-stats ${command} --help)`);
  return file;
}
