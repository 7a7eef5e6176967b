import type { Locale } from './readLocale.js';

/**
 * The language asked for in a command's raw arguments, for the messages said
 * before its options are parsed (a missing or unknown command, an unknown
 * option): `--locale en` or `--locale=en` gives English, anything else
 * (none, an invalid value) Chinese;
 * the last `--locale` counts.
 */
export function localeInArgs(args: readonly string[]): Locale {
  let locale: Locale = 'zh-CN';
  for (const [at, arg] of args.entries()) {
    if (arg === '--') break;
    // The last --locale counts, as parseArgs reads a repeated option.
    if (arg.startsWith('--locale=')) locale = arg === '--locale=en' ? 'en' : 'zh-CN';
    else if (arg === '--locale') locale = args[at + 1] === 'en' ? 'en' : 'zh-CN';
  }
  return locale;
}
