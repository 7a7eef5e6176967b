import { parsePeriodSpan } from '../../period/parsePeriodSpan.js';
import type { PeriodSpan } from '../../period/PeriodSpan.js';
import { CliError } from '../CliError.js';
import { quoteArgument } from './quoteArgument.js';
import type { Locale } from './readLocale.js';
import { seeHelp } from './seeHelp.js';

/** `--period`: a month, a quarter, a half-year, a year or a range of months, as parsePeriodSpan reads them. */
export function readPeriodOption(command: string, value: unknown, locale: Locale): PeriodSpan {
  if (typeof value !== 'string') {
    throw new CliError(locale === 'en' ? `missing --period YYYY-MM, such as --period 2019-01${seeHelp(command, locale)}` : `缺少 --period YYYY-MM,例如 --period 2019-01${seeHelp(command, locale)}`);
  }
  try {
    return parsePeriodSpan(value);
  } catch {
    throw new CliError(
      locale === 'en'
        ? `--period takes 2019-01, 2019-Q1, 2019-H1, 2019 or 2019-01..2019-06, got ${quoteArgument(value)}`
        : `--period 可写 2019-01、2019-Q1、2019-H1、2019 或 2019-01..2019-06,而不是 ${quoteArgument(value)}`,
    );
  }
}
