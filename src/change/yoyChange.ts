import { makeChange } from './build/makeChange.js';
import type { Change } from './Change.js';

/**
 * The change on the same period last year (同比), as 国家统计局 defines it.
 *
 * ```text
 * 同比增长率 = (本期 − 上年同期) / 上年同期 = (current − previous) / previous
 * ```
 *
 * Edge cases: a zero base has no rate (`rate.value` is `null`; printed
 * "上年同期无业务", never Infinity or NaN), also when both counts are 0. Equal
 * counts give direction `'flat'` (与上年同期持平).
 *
 * @param current - The count of this period (本期), a non-negative integer.
 * @param previous - The count of the same period a year before (上年同期), a non-negative integer.
 * @returns The {@link Change}, exact.
 * @throws {TypeError} `yoyChange requires current to be a number, got …` (likewise `previous`).
 * @throws {RangeError} `yoyChange requires previous to be a non-negative integer, got -3` (likewise `current`).
 * @example
 * ```ts
 * // 五华区 street offices, January 2019: 22256 cases against 24773 a year before
 * // (24773 is inferred: the report prints only 同比下降10.16%, which 24772–24774 all give)
 * const change = yoyChange(22256, 24773);
 * // => { current: 22256, previous: 24773, difference: -2517, direction: 'down',
 * //      rate: { numerator: -2517, denominator: 24773, value: -0.1016… } }
 * formatChange(change);
 * // => '同比下降10.16%'
 * yoyChange(5, 0).rate.value;
 * // => null
 * ```
 * @see {@link previousYearPeriod} for the base period, {@link momChange} for 环比.
 * @category Change
 */
export function yoyChange(current: number, previous: number): Change {
  return makeChange('yoyChange', current, previous);
}
