import type { Locale } from './readLocale.js';

/** The hint that ends a message about a command's options: ` (see zwfw-stats tally --help)`, `(见 zwfw-stats tally --help)`. */
export function seeHelp(command: string, locale: Locale): string {
  return locale === 'en' ? ` (see zwfw-stats ${command} --help)` : `(见 zwfw-stats ${command} --help)`;
}
