import { makeChange } from './build/makeChange.js';
import type { Change } from './Change.js';

/**
 * The change on the period before (环比), as 国家统计局 defines it.
 *
 * ```text
 * 环比增长率 = (本期 − 上期) / 上期 = (current − previous) / previous
 * ```
 *
 * Edge cases: a zero base has no rate (`rate.value` is `null`; printed
 * "上月无业务"), also when both counts are 0. Equal counts give `'flat'`
 * (与上月持平).
 *
 * @param current - The count of this period (本期), a non-negative integer.
 * @param previous - The count of the period before (上期), a non-negative integer.
 * @returns The {@link Change}, exact.
 * @throws {TypeError} `momChange requires current to be a number, got …` (likewise `previous`).
 * @throws {RangeError} `momChange requires current to be a non-negative integer, got 2.5` (likewise `previous`).
 * @example
 * ```ts
 * const change = momChange(3100, 3000);
 * // => { current: 3100, previous: 3000, difference: 100, direction: 'up',
 * //      rate: { numerator: 100, denominator: 3000, value: 0.0333… } }
 * formatChange(change, { kind: 'mom' });
 * // => '环比增长3.33%'
 * ```
 * @see {@link previousMonthPeriod} for the base period, {@link yoyChange} for 同比.
 * @category Change
 */
export function momChange(current: number, previous: number): Change {
  return makeChange('momChange', current, previous);
}
