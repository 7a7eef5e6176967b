/**
 * How {@link formatPercent}, {@link formatChange} and {@link formatPointChange}
 * round the exact value to the digits they print (舍入规则).
 *
 * - `'half-up'` (default): 四舍五入. A tie (exactly half a unit in the last
 *   digit) goes away from zero: 2.675 → 2.68, −2.675 → −2.68.
 * - `'half-even'`: GB/T 8170 数值修约 (银行家舍入, banker's rounding). A tie
 *   goes to the even last digit: 0.125 → 0.12, 2.675 → 2.68.
 * - `'down'`: truncate toward zero (截断): 99.995 → 99.99, so that a report
 *   never claims 100 % for work that is not complete.
 *
 * ```text
 * half-up:    |x| rounded to the nearest unit; ties away from zero
 * half-even:  |x| rounded to the nearest unit; ties to the even unit
 * down:       |x| with the digits beyond the last one dropped
 * ```
 *
 * All three work on the exact ratio of the integers, never on a float, and
 * the sign is put back afterwards: the modes are symmetric about zero.
 *
 * @example
 * ```ts
 * formatPercent({ numerator: 1, denominator: 800, value: 0.00125 }, { rounding: 'half-even' });
 * // => '0.12%'
 * ```
 * @category Format
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down';
