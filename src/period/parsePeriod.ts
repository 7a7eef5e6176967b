import { describeValue } from '../internal/describeValue.js';
import type { PeriodParts } from './Period.js';
import { PERIOD_PATTERN } from './periodPattern.js';

/**
 * Takes a `'YYYY-MM'` period apart into its year and month.
 *
 * ```text
 * 'YYYY-MM' → { year: YYYY, month: MM }     (year 0001–9999, month 01–12)
 * ```
 *
 * Strict: the month has two digits and the separator is `-`, so `'2019-1'`,
 * `'2019/01'`, `'2019-13'` and `' 2019-01'` are rejected rather than guessed.
 *
 * @param period - A month, such as `'2019-01'`.
 * @returns `{ year, month }`.
 * @throws {TypeError} `parsePeriod requires period to be a string, got …` for a non-string.
 * @throws {RangeError} `parsePeriod requires period to be a month written YYYY-MM, got "2019-13"` for any other string.
 * @example
 * ```ts
 * parsePeriod('2019-01');
 * // => { year: 2019, month: 1 }
 * parsePeriod('2019-1');
 * // throws RangeError
 * ```
 * @category Period
 */
export function parsePeriod(period: string): PeriodParts {
  return parsePeriodFor('parsePeriod', period);
}

/**
 * {@link parsePeriod} with the caller's name in its error messages.
 *
 * @internal
 */
export function parsePeriodFor(fn: string, period: unknown): PeriodParts {
  if (typeof period !== 'string') {
    throw new TypeError(`${fn} requires period to be a string, got ${describeValue(period)}`);
  }
  const match = PERIOD_PATTERN.exec(period);
  if (match === null) {
    throw new RangeError(`${fn} requires period to be a month written YYYY-MM, got ${describeValue(period)}`);
  }
  return { year: Number(match[1]), month: Number(match[2]) };
}
