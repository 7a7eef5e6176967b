import type { Ratio } from '../rates/Ratio.js';

/**
 * Which way a figure moved: `'up'`, `'down'` or `'flat'` (持平).
 *
 * @category Change
 */
export type Direction = 'up' | 'down' | 'flat';

/**
 * A change between two counts, such as 同比 (on the same month last year) or
 * 环比 (on the month before), made by {@link yoyChange} or {@link momChange}.
 *
 * ```text
 * difference = current − previous
 * rate       = difference / previous        (value null when previous = 0)
 * direction  = sign of difference
 * ```
 *
 * `rate` is an exact {@link Ratio} whose numerator is negative for a fall;
 * print it with {@link formatChange}, which says "下降10.16%" rather than
 * "增长-10.16%" and "上年同期无业务" when the base is 0.
 *
 * @category Change
 */
export interface Change {
  /** The count of this period (本期). */
  readonly current: number;
  /** The count of the base period (上年同期 or 上期). */
  readonly previous: number;
  /** `current − previous`: negative for a fall. */
  readonly difference: number;
  /** `difference / previous`, exact; `value` is `null` when `previous` is 0. */
  readonly rate: Ratio;
  /** `'up'`, `'down'` or `'flat'`, from the sign of `difference`. */
  readonly direction: Direction;
}
