import { assertCount } from '../internal/assertCount.js';
import { assertObject } from '../internal/assertObject.js';
import { makeRatio } from './makeRatio.js';
import type { Ratio } from './Ratio.js';

/**
 * The counts that {@link completionRate} reads: any object with `accepted`
 * and `completed`, such as a {@link CaseTally}.
 *
 * @category Rates
 */
export interface CompletionRateInput {
  /** 受理: cases accepted in the period. */
  readonly accepted: number;
  /** 办结: cases completed in the period, carried-over cases included. */
  readonly completed: number;
}

/**
 * The completion rate (办结率): the share of accepted cases that were completed.
 *
 * Real approval systems count 办结 by completion time, so cases accepted in
 * an earlier period and completed in this one (结转, carry-over) are in the
 * numerator: the rate can exceed 100 %, and that is data, not an error.
 *
 * ```text
 * 办结率 = 办结 / 受理 = completed / accepted
 * ```
 *
 * Edge cases: `accepted = 0` gives `value: null` (no rate, printed "—"),
 * whatever `completed` is. The result is exact; round it only when printing,
 * with {@link formatPercent}.
 *
 * @param tally - The counts: `accepted` (受理) and `completed` (办结), non-negative integers.
 * @returns The exact {@link Ratio} `completed / accepted`.
 * @throws {TypeError} `completionRate requires tally to be an object, got …` when `tally` is not an object.
 * @throws {TypeError} `completionRate requires accepted to be a number, got …` (likewise `completed`) for a missing or non-numeric count.
 * @throws {RangeError} `completionRate requires accepted to be a non-negative integer, got -1` (likewise `completed`) for a negative, fractional, non-finite or unsafe count.
 * @example
 * ```ts
 * // 五华区, January 2019: 受理 35300, 办结 35133
 * const rate = completionRate({ accepted: 35300, completed: 35133 });
 * // => { numerator: 35133, denominator: 35300, value: 0.9952691218… }
 * formatPercent(rate);
 * // => '99.53%'
 * completionRate({ accepted: 0, completed: 4 }).value;
 * // => null
 * ```
 * @see {@link onTimeRate} for 按时办结率.
 * @category Rates
 */
export function completionRate(tally: CompletionRateInput): Ratio {
  assertObject('completionRate', 'tally', tally);
  assertCount('completionRate', 'accepted', tally.accepted);
  assertCount('completionRate', 'completed', tally.completed);
  return makeRatio(tally.completed, tally.accepted);
}
