import type { Period } from './Period.js';
import { formatPeriod } from './formatPeriod.js';
import { parsePeriodFor } from './parsePeriod.js';

/**
 * The month before (上期), the base of a 环比 change; January steps back into
 * December of the year before.
 *
 * ```text
 * 'YYYY-MM' → 'YYYY-(MM−1)',  'YYYY-01' → '(YYYY−1)-12'
 * ```
 *
 * @param period - A month, such as `'2019-01'`.
 * @returns The period a month before.
 * @throws {TypeError} `previousMonthPeriod requires period to be a string, got …`.
 * @throws {RangeError} `previousMonthPeriod requires period to be a month written YYYY-MM, got …`, or `… requires a period after 0001-01, got "0001-01"`.
 * @example
 * ```ts
 * previousMonthPeriod('2019-01');
 * // => '2018-12'
 * previousMonthPeriod('2019-07');
 * // => '2019-06'
 * ```
 * @see {@link momChange}
 * @category Period
 */
export function previousMonthPeriod(period: string): Period {
  const { year, month } = parsePeriodFor('previousMonthPeriod', period);
  if (month > 1) return formatPeriod({ year, month: month - 1 });
  if (year === 1) {
    throw new RangeError(`previousMonthPeriod requires a period after 0001-01, got "${period}"`);
  }
  return formatPeriod({ year: year - 1, month: 12 });
}
