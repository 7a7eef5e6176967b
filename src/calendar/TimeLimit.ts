/**
 * The unit of a time limit: working days (工作日), natural days (自然日, 天, 日)
 * or hours (小时).
 *
 * @category Calendar
 */
export type TimeLimitUnit = 'working-days' | 'natural-days' | 'hours';

/**
 * The units of a time limit, in the order {@link TimeLimitUnit} lists them.
 *
 * @example
 * ```ts
 * TIME_LIMIT_UNITS;
 * // => ['working-days', 'natural-days', 'hours']
 * ```
 * @category Calendar
 */
export const TIME_LIMIT_UNITS: readonly TimeLimitUnit[] = ['working-days', 'natural-days', 'hours'];

/**
 * A time limit: a legal limit (法定时限) or a committed one (承诺时限), such as
 * 15 working days. 即办 (done on the spot) is `{ amount: 0, unit: 'working-days' }`.
 *
 * @category Calendar
 */
export interface TimeLimit {
  /** How many units: a non-negative safe integer; 0 for 即办. */
  readonly amount: number;
  /** The unit: `'working-days'`, `'natural-days'` or `'hours'`. */
  readonly unit: TimeLimitUnit;
}
