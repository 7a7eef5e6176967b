/**
 * An exact ratio of two integer counts, such as 办结率 35133 / 35300.
 *
 * Every rate in zwfw-stats is a `Ratio`: the integers are kept, so that the
 * one formatter ({@link formatPercent}) can round the exact value, and
 * `value` is the floating-point quotient for sorting and charts.
 *
 * ```text
 * value = numerator / denominator     (null when denominator = 0)
 * ```
 *
 * A zero denominator has no rate: `value` is `null`, never `NaN`, `Infinity`
 * or 0, and it prints as "—". The numerator is negative only in the rate of a
 * {@link Change} (a fall).
 *
 * @example
 * ```ts
 * completionRate({ accepted: 35300, completed: 35133 });
 * // => { numerator: 35133, denominator: 35300, value: 0.99526912… }
 * ```
 * @category Rates
 */
export interface Ratio {
  /** The count on top: 办结 for 办结率, the part for 占比. An integer. */
  readonly numerator: number;
  /** The count below: 受理 for 办结率, the whole for 占比. A non-negative integer. */
  readonly denominator: number;
  /** `numerator / denominator` as a float, or `null` when `denominator` is 0. */
  readonly value: number | null;
}
