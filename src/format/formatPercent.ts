import { assertRatio } from '../rates/assertRatio.js';
import { formatScaledDecimal } from './formatScaledDecimal.js';
import { readDecimalOptions } from './options/readDecimalOptions.js';
import { readOptions } from '../internal/readOptions.js';
import type { Ratio } from '../rates/Ratio.js';
import type { RoundingMode } from './RoundingMode.js';

/**
 * Options of {@link formatPercent}; {@link formatChange} and
 * {@link formatPointChange} take the same three.
 *
 * @category Format
 */
export interface FormatPercentOptions {
  /** Decimals to print (保留小数位数): an integer from 0 to 20; default 2, as reports print 99.53 %. */
  readonly digits?: number;
  /** How to round the exact value: `'half-up'` (四舍五入, default), `'half-even'` (GB/T 8170 修约) or `'down'` (truncate). */
  readonly rounding?: RoundingMode;
  /** Drop trailing zeros of the decimals, then a trailing point: '100.00%' → '100%', '99.50%' → '99.5%'. Default `false`. */
  readonly trimZeros?: boolean;
}

/**
 * Prints a rate as a percentage (百分比), such as 办结率 '99.53%': the one
 * place where a rate is rounded.
 *
 * Every rate in zwfw-stats stays an exact {@link Ratio} until it is printed;
 * this rounds the exact rational from its integers in BigInt, so a tie is
 * never lost to floating point: 107/4000 is exactly 2.675 % and prints
 * '2.68%', where `(107 / 4000 * 100).toFixed(2)` gives '2.67'.
 *
 * ```text
 * percent = numerator × 100 / denominator, rounded to `digits` decimals with `rounding`
 * ```
 *
 * In words: a hundred times the numerator over the denominator, rounded once,
 * exactly, to the digits asked for. `ratio.value` (the float) is not read.
 *
 * Edge cases: `null`, or a zero denominator (no rate), prints '—' (U+2014),
 * never '0.00%', 'NaN%' or 'Infinity%'. A negative numerator (the rate of a
 * fall) prints a minus sign; a value that rounds to zero prints without one:
 * −1/1000000 is '0.00%', never '-0.00%'. Rates over 100 % (carry-over) print
 * as they are. `'down'` truncates toward zero on both sides of zero, so
 * 19999/20000 prints '99.99%' where `'half-up'` prints '100.00%'.
 *
 * @param ratio - The rate, such as a {@link completionRate}; `null` for no rate.
 * @param options - `digits` (default 2), `rounding` (default `'half-up'`) and `trimZeros` (default `false`).
 * @returns The percentage with a '%' sign, or '—' when there is no rate.
 * @throws {TypeError} `formatPercent requires ratio to be an object, got undefined`, `formatPercent requires ratio.numerator to be a number, got "1"` (likewise `ratio.denominator`), `formatPercent requires options to be an object, got "x"`, `formatPercent requires digits to be a number, got "2"`, `formatPercent requires rounding to be one of 'half-up', 'half-even', 'down', got 1` or `formatPercent requires trimZeros to be a boolean, got "yes"`.
 * @throws {RangeError} `formatPercent requires ratio.numerator to be an integer, got 1.5`, `formatPercent requires ratio.denominator to be a non-negative integer, got -1`, `formatPercent requires digits to be an integer from 0 to 20, got 21` or `formatPercent requires rounding to be one of 'half-up', 'half-even', 'down', got "ceil"`.
 * @example
 * ```ts
 * // 五华区, January 2019: 办结 35133 of 受理 35300
 * formatPercent(completionRate({ accepted: 35300, completed: 35133 }));
 * // => '99.53%'
 * formatPercent({ numerator: 107, denominator: 4000, value: 0.02675 });
 * // => '2.68%'
 * formatPercent({ numerator: 1, denominator: 800, value: 0.00125 }, { rounding: 'half-even' });
 * // => '0.12%'
 * formatPercent({ numerator: 19999, denominator: 20000, value: 0.99995 }, { rounding: 'down' });
 * // => '99.99%'
 * formatPercent(onTimeRate({ completed: 35133, completedOnTime: 35133 }), { trimZeros: true });
 * // => '100%'
 * formatPercent(completionRate({ accepted: 0, completed: 0 }));
 * // => '—'
 * ```
 * @see {@link formatChange} for 同比 / 环比 wording, {@link formatPointChange} for 百分点.
 * @category Format
 */
export function formatPercent(ratio: Ratio | null, options?: FormatPercentOptions): string {
  const decimal = readDecimalOptions('formatPercent', readOptions('formatPercent', options));
  if (ratio === null) return '—';
  assertRatio('formatPercent', 'ratio', ratio);
  if (ratio.denominator === 0) return '—';
  return `${formatScaledDecimal(BigInt(ratio.numerator) * 100n, BigInt(ratio.denominator), decimal)}%`;
}
