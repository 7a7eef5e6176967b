import { CliError } from '../CliError.js';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Turns a file system error into a one-line {@link CliError} naming the file. */
export function fileError(file: string, error: unknown): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' && Object.hasOwn(REASONS, code) ? REASONS[code] : 'cannot be read';
  return new CliError(`${file}: ${reason}`);
}
