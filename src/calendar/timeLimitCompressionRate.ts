import { makeRatio } from '../rates/makeRatio.js';
import type { Ratio } from '../rates/Ratio.js';
import { readTimeLimit } from './engine/readTimeLimit.js';
import type { TimeLimit } from './TimeLimit.js';

/**
 * The time-limit compression rate (承诺时限压缩率) of an item: how much of the
 * legal limit (法定时限) the committed limit (承诺时限) takes off.
 *
 * ```text
 * 承诺时限压缩率 = (法定时限 − 承诺时限) / 法定时限
 * ```
 *
 * An item with a legal limit of 20 working days committed in 5 is compressed
 * by 75 %; 即办 (0) compresses any limit by 100 %.
 *
 * Edge cases: the two limits must be in one unit (即办, 0, fits any unit); a
 * legal limit of 0 gives `value: null`; a committed limit longer than the legal
 * one is a `RangeError`, since a commitment cannot exceed the law.
 *
 * @param statutoryLimit - 法定时限, such as `parseTimeLimit('20个工作日')`.
 * @param committedLimit - 承诺时限, in the same unit.
 * @returns The exact {@link Ratio} `(statutory − committed) / statutory`.
 * @throws {TypeError} `timeLimitCompressionRate requires statutoryLimit to be an object, got "20个工作日"` (likewise `committedLimit`), or an amount that is not a number.
 * @throws {RangeError} `timeLimitCompressionRate requires committedLimit.unit to be 'working-days' like statutoryLimit's, got 'natural-days'`, `timeLimitCompressionRate requires committedLimit.amount (25) to be at most statutoryLimit.amount (20)`, or a bad amount or unit.
 * @example
 * ```ts
 * const rate = timeLimitCompressionRate(parseTimeLimit('20个工作日'), parseTimeLimit('5个工作日'));
 * // => { numerator: 15, denominator: 20, value: 0.75 }
 * formatPercent(rate);
 * // => '75.00%'
 * timeLimitCompressionRate(parseTimeLimit('20个工作日'), parseTimeLimit('即办')).value;
 * // => 1
 * ```
 * @see docs/working-days.md, the guide.
 * @category Calendar
 */
export function timeLimitCompressionRate(statutoryLimit: TimeLimit, committedLimit: TimeLimit): Ratio {
  const statutory = readTimeLimit('timeLimitCompressionRate', 'statutoryLimit', statutoryLimit);
  const committed = readTimeLimit('timeLimitCompressionRate', 'committedLimit', committedLimit);
  if (committed.amount !== 0 && committed.unit !== statutory.unit) {
    throw new RangeError(
      `timeLimitCompressionRate requires committedLimit.unit to be '${statutory.unit}' like statutoryLimit's, got '${committed.unit}'`,
    );
  }
  if (committed.amount > statutory.amount) {
    throw new RangeError(
      `timeLimitCompressionRate requires committedLimit.amount (${committed.amount}) to be at most statutoryLimit.amount (${statutory.amount})`,
    );
  }
  return makeRatio(statutory.amount - committed.amount, statutory.amount);
}
