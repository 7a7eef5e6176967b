import { parsePeriodSpan } from '../../period/parsePeriodSpan.js';
import type { PeriodSpan } from '../../period/PeriodSpan.js';
import { CliError } from '../CliError.js';
import { quoteArgument } from './quoteArgument.js';

/** `--period`: a month, a quarter, a half-year, a year or a range of months, as parsePeriodSpan reads them. */
export function readPeriodOption(command: string, value: unknown): PeriodSpan {
  if (typeof value !== 'string') throw new CliError(`missing --period YYYY-MM, such as --period 2019-01 (see zwfw-stats ${command} --help)`);
  try {
    return parsePeriodSpan(value);
  } catch {
    throw new CliError(`--period takes 2019-01, 2019-Q1, 2019-H1, 2019 or 2019-01..2019-06, got ${quoteArgument(value)}`);
  }
}
