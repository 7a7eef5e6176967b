import { CliError } from '../CliError.js';
import { quoteArgument } from './quoteArgument.js';

/** The languages the commands answer in. */
export type Locale = 'zh-CN' | 'en';

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
