import type { PointChange } from '../change/pointChange.js';
import { assertObject } from '../internal/assertObject.js';
import { assertOneOf } from '../internal/assertOneOf.js';
import { assertRatio } from '../rates/assertRatio.js';
import { formatScaledDecimal } from './formatScaledDecimal.js';
import { readDecimalOptions } from './options/readDecimalOptions.js';
import { readOptions } from '../internal/readOptions.js';
import type { FormatPercentOptions } from './formatPercent.js';

/**
 * Options of {@link formatPointChange}: the language, and the `digits`,
 * `rounding` and `trimZeros` of {@link FormatPercentOptions}.
 *
 * @category Format
 */
export interface FormatPointChangeOptions extends FormatPercentOptions {
  /** `'zh-CN'` (default) gives '提高1.10个百分点'; `'en'` gives 'up 1.10 percentage points'. */
  readonly locale?: 'zh-CN' | 'en';
}

/**
 * Words the change of a rate in percentage points (百分点), as a report does:
 * '办结率提高1.1个百分点' is `'提高1.1个百分点'`.
 *
 * A difference of two rates is not a growth rate, so it is never printed as
 * '增长1.1%'. The size is rounded exactly from the four integers of the two
 * ratios in BigInt; the `points` float and the `direction` field of the
 * {@link PointChange} are not read (the direction is decided again from the
 * integers, so a hand-built object cannot make this say the wrong word).
 *
 * ```text
 * current = a / b, previous = c / d
 * points  = |a·d − c·b| × 100 / (b·d), rounded to `digits` decimals with `rounding`
 * word    = 提高 (up) when a·d > c·b, 下降 (down) when a·d < c·b, 持平 when equal
 * ```
 *
 * In words: a hundred times the exact difference of the two rates, after a
 * word for its direction.
 *
 * Edge cases: either rate with a zero denominator has no difference: '—'.
 * Exactly equal rates (also 1/2 against 2/4) are '持平' ('unchanged'). A
 * difference too small to show at `digits` still says its direction:
 * '提高0.00个百分点'. In English exactly '1' takes the singular: 'up 1
 * percentage point'.
 *
 * @param change - A {@link PointChange} from {@link pointChange}.
 * @param options - `locale` (`'zh-CN'` default, or `'en'`), and `digits` (default 2), `rounding`, `trimZeros` as in {@link formatPercent}.
 * @returns The phrase, or '—' when there is no difference.
 * @throws {TypeError} `formatPointChange requires change to be an object, got undefined`, `formatPointChange requires change.current to be an object, got null` (likewise `change.previous`), `formatPointChange requires change.current.numerator to be a number, got "961"` (likewise the other parts), `formatPointChange requires options to be an object, got "x"`, or a non-string `locale` or `rounding`; and the option errors of {@link formatPercent}.
 * @throws {RangeError} `formatPointChange requires change.previous.denominator to be a non-negative integer, got -5`, `formatPointChange requires change.current.numerator to be an integer, got 0.5`, `formatPointChange requires locale to be one of 'zh-CN', 'en', got "fr"`, and the option errors of {@link formatPercent}.
 * @example
 * ```ts
 * // 办结率 96.1 % against 95.0 %
 * const change = pointChange(completionRate({ accepted: 1000, completed: 961 }),
 *                            completionRate({ accepted: 1000, completed: 950 }));
 * formatPointChange(change, { digits: 1 });
 * // => '提高1.1个百分点'
 * formatPointChange(pointChange(change.previous, change.current));
 * // => '下降1.10个百分点'
 * formatPointChange(change, { locale: 'en', digits: 1 });
 * // => 'up 1.1 percentage points'
 * formatPointChange(pointChange(change.current, change.current));
 * // => '持平'
 * ```
 * @see {@link formatChange} for the change of a count (同比 / 环比).
 * @category Format
 */
export function formatPointChange(change: PointChange, options?: FormatPointChangeOptions): string {
  const read = readOptions('formatPointChange', options);
  const { locale = 'zh-CN' } = read;
  assertOneOf('formatPointChange', 'locale', locale, ['zh-CN', 'en']);
  const decimal = readDecimalOptions('formatPointChange', read);
  assertObject('formatPointChange', 'change', change);
  assertRatio('formatPointChange', 'change.current', change.current);
  assertRatio('formatPointChange', 'change.previous', change.previous);
  const { numerator: a, denominator: b } = change.current;
  const { numerator: c, denominator: d } = change.previous;
  if (b === 0 || d === 0) return '—';
  const difference = BigInt(a) * BigInt(d) - BigInt(c) * BigInt(b);
  if (difference === 0n) return locale === 'en' ? 'unchanged' : '持平';
  // Stryker disable next-line EqualityOperator: equivalent, difference 0n returned '持平' above
  const size = formatScaledDecimal((difference < 0n ? -difference : difference) * 100n, BigInt(b) * BigInt(d), decimal);
  if (locale === 'en') {
    // Stryker disable next-line EqualityOperator: equivalent, difference 0n returned '持平' above
    return `${difference > 0n ? 'up' : 'down'} ${size} percentage ${size === '1' ? 'point' : 'points'}`;
  }
  // Stryker disable next-line EqualityOperator: equivalent, difference 0n returned '持平' above
  return `${difference > 0n ? '提高' : '下降'}${size}个百分点`;
}
