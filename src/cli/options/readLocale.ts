import { CliError } from '../CliError.js';
import { quoteArgument } from './quoteArgument.js';

/** The languages the commands answer in. */
export type Locale = 'zh-CN' | 'en';

/**
 * The language asked for in a command's raw arguments, for the messages said
 * before its options are parsed (a missing or unknown command, an unknown
 * option): `--locale en` or `--locale=en` gives English, anything else
 * (none, an invalid value) Chinese.
 */
export function localeInArgs(args: readonly string[]): Locale {
  for (const [at, arg] of args.entries()) {
    if (arg === '--') break;
    if (arg === '--locale=en' || (arg === '--locale' && args[at + 1] === 'en')) return 'en';
  }
  return 'zh-CN';
}

/**
 * `--locale zh-CN|en`, read before any other option so that every message
 * comes in its language. An invalid value leaves no language to choose: it is
 * answered in both, English on the first line (as before) and Chinese on the
 * second.
 */
export function readLocale(command: string, value: unknown): Locale {
  if (value === undefined) return 'zh-CN';
  if (value === 'zh-CN' || value === 'en') return value;
  const got = quoteArgument(String(value));
  throw new CliError(`--locale must be one of zh-CN, en, got ${got} (see zwfw-stats ${command} --help)`, [
    `--locale 只能是 zh-CN 或 en,而不是 ${got}(见 zwfw-stats ${command} --help)`,
  ]);
}

/** The hint that ends a message about a command's options: ` (see zwfw-stats tally --help)`, `(见 zwfw-stats tally --help)`. */
export function seeHelp(command: string, locale: Locale): string {
  return locale === 'en' ? ` (see zwfw-stats ${command} --help)` : `(见 zwfw-stats ${command} --help)`;
}
