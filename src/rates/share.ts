import { assertCount } from '../internal/assertCount.js';
import { makeRatio } from './makeRatio.js';
import type { Ratio } from './Ratio.js';

/**
 * The share of a part in its whole (占比), such as the 行政许可 cases among all
 * cases accepted.
 *
 * ```text
 * 占比 = part / whole
 * ```
 *
 * Edge cases: `whole = 0` gives `value: null` (no share). A part larger than
 * its whole is a `RangeError`: a share is never over 100 %.
 *
 * @param part - The count of the part, a non-negative integer.
 * @param whole - The count of the whole, a non-negative integer not below `part`.
 * @returns The exact {@link Ratio} `part / whole`.
 * @throws {TypeError} `share requires part to be a number, got …` (likewise `whole`).
 * @throws {RangeError} `share requires part to be a non-negative integer, got -1` (likewise `whole`), or `share requires part (12) to be at most whole (10)`.
 * @example
 * ```ts
 * // 五华区, January 2019: 行政许可 20564 of 35300 cases accepted
 * formatPercent(share(20564, 35300));
 * // => '58.25%'
 * share(0, 0).value;
 * // => null
 * ```
 * @category Rates
 */
export function share(part: number, whole: number): Ratio {
  assertCount('share', 'part', part);
  assertCount('share', 'whole', whole);
  if (part > whole) throw new RangeError(`share requires part (${part}) to be at most whole (${whole})`);
  return makeRatio(part, whole);
}
