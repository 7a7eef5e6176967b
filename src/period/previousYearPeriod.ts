import type { Period } from './Period.js';
import { formatPeriod } from './formatPeriod.js';
import { parsePeriodFor } from './parsePeriod.js';

/**
 * The same month one year earlier (上年同期), the base of a 同比 change.
 *
 * ```text
 * 'YYYY-MM' → '(YYYY−1)-MM'
 * ```
 *
 * @param period - A month, such as `'2019-01'`.
 * @returns The period a year before.
 * @throws {TypeError} `previousYearPeriod requires period to be a string, got …`.
 * @throws {RangeError} `previousYearPeriod requires period to be a month written YYYY-MM, got …`, or `… requires a period after year 0001, got "0001-05"`.
 * @example
 * ```ts
 * previousYearPeriod('2019-01');
 * // => '2018-01'
 * ```
 * @see {@link yoyChange}
 * @category Period
 */
export function previousYearPeriod(period: string): Period {
  const { year, month } = parsePeriodFor('previousYearPeriod', period);
  if (year === 1) {
    throw new RangeError(`previousYearPeriod requires a period after year 0001, got "${period}"`);
  }
  return formatPeriod({ year: year - 1, month });
}
