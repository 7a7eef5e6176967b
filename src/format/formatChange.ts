import type { Change } from '../change/Change.js';
import { assertChange } from './check/assertChange.js';
import { assertOneOf } from '../internal/assertOneOf.js';
import { formatScaledDecimal } from './formatScaledDecimal.js';
import { readDecimalOptions } from './options/readDecimalOptions.js';
import { readOptions } from '../internal/readOptions.js';
import type { FormatPercentOptions } from './formatPercent.js';

/**
 * Options of {@link formatChange}: the comparison, the language, and the
 * `digits`, `rounding` and `trimZeros` of {@link FormatPercentOptions}.
 *
 * @category Format
 */
export interface FormatChangeOptions extends FormatPercentOptions {
  /** `'yoy'` (同比, on the same period last year; default) or `'mom'` (环比, on the period before). */
  readonly kind?: 'yoy' | 'mom';
  /** `'zh-CN'` (default) gives '同比增长26.32%'; `'en'` gives 'up 26.32% year on year'. */
  readonly locale?: 'zh-CN' | 'en';
}

/** The four phrases of one comparison in one language. */
interface ChangeWords {
  readonly up: (percent: string) => string;
  readonly down: (percent: string) => string;
  readonly flat: string;
  readonly noBase: string;
}

const WORDS: { readonly [L in 'zh-CN' | 'en']: { readonly [K in 'yoy' | 'mom']: ChangeWords } } = {
  'zh-CN': {
    yoy: { up: (p) => `同比增长${p}`, down: (p) => `同比下降${p}`, flat: '与上年同期持平', noBase: '上年同期无业务' },
    mom: { up: (p) => `环比增长${p}`, down: (p) => `环比下降${p}`, flat: '与上月持平', noBase: '上月无业务' },
  },
  en: {
    yoy: {
      up: (p) => `up ${p} year on year`,
      down: (p) => `down ${p} year on year`,
      flat: 'unchanged year on year',
      noBase: 'no cases in the same month last year',
    },
    mom: {
      up: (p) => `up ${p} month on month`,
      down: (p) => `down ${p} month on month`,
      flat: 'unchanged month on month',
      noBase: 'no cases in the previous month',
    },
  },
};

/**
 * Words a {@link Change} as a report does: '同比增长26.32%', '同比下降10.16%',
 * '与上年同期持平', '上年同期无业务' (or 环比 / 上月 with `kind: 'mom'`).
 *
 * A fall is said with 下降 and the size of the fall, never '增长-10.16%'. The
 * percentage is rounded exactly from the counts, like {@link formatPercent};
 * the direction comes from the exact counts too.
 *
 * ```text
 * rate = |current − previous| / previous × 100, rounded to `digits` decimals with `rounding`
 * word = 增长 (up) when current > previous, 下降 (down) when current < previous
 * ```
 *
 * In words: the size of the change over the base, as a percentage, after a
 * word for its direction. `change.rate` is checked against the counts and
 * then recomputed from them; its float `value` is not read.
 *
 * Edge cases, in this order:
 * - `previous = 0`: no rate, always '上年同期无业务' (mom '上月无业务'; en 'no cases
 *   in the same month last year' / 'no cases in the previous month'), also
 *   when both counts are 0.
 * - equal counts: '与上年同期持平' (mom '与上月持平'; en 'unchanged year on
 *   year' / 'unchanged month on month'). Only equal counts say 持平.
 * - a change too small to show at `digits` still says its direction:
 *   1000001 against 1000000 is '同比增长0.00%', not 持平.
 *
 * @param change - A {@link Change} from {@link yoyChange} or {@link momChange}.
 * @param options - `kind` (`'yoy'` default, or `'mom'`), `locale` (`'zh-CN'` default, or `'en'`), and `digits`, `rounding`, `trimZeros` as in {@link formatPercent}.
 * @returns The phrase.
 * @throws {TypeError} `formatChange requires change to be an object, got null`, `formatChange requires change.current to be a number, got "5"` (likewise `change.previous`, `change.difference`, `change.rate.numerator`, `change.rate.denominator`), `formatChange requires options to be an object, got 2`, or a non-string `kind`, `locale`, `rounding` or `change.direction`; and the option errors of {@link formatPercent}.
 * @throws {RangeError} `formatChange requires change.previous to be a non-negative integer, got -1` (likewise `change.current`), `formatChange requires change.difference to be current - previous = -2517, got 2517`, `formatChange requires change.rate to be difference / previous = -2517/24773, got 2517/24773`, `formatChange requires change.direction to be 'down' (the sign of difference), got "up"`, `formatChange requires kind to be one of 'yoy', 'mom', got "qoq"` (likewise `locale`), and the option errors of {@link formatPercent}.
 * @example
 * ```ts
 * // 五华区 street offices, January 2019: 22256 cases against 24773 a year before
 * // (24773 is inferred: the report prints only 同比下降10.16%, which 24772–24774 all give)
 * formatChange(yoyChange(22256, 24773));
 * // => '同比下降10.16%'
 * formatChange(momChange(3100, 3000), { kind: 'mom' });
 * // => '环比增长3.33%'
 * formatChange(yoyChange(22256, 24773), { locale: 'en' });
 * // => 'down 10.16% year on year'
 * formatChange(yoyChange(120, 120));
 * // => '与上年同期持平'
 * formatChange(yoyChange(5, 0));
 * // => '上年同期无业务'
 * ```
 * @see {@link formatPointChange} for the change of a rate (百分点).
 * @category Format
 */
export function formatChange(change: Change, options?: FormatChangeOptions): string {
  const read = readOptions('formatChange', options);
  const { kind = 'yoy', locale = 'zh-CN' } = read;
  assertOneOf('formatChange', 'kind', kind, ['yoy', 'mom']);
  assertOneOf('formatChange', 'locale', locale, ['zh-CN', 'en']);
  const decimal = readDecimalOptions('formatChange', read);
  assertChange('formatChange', 'change', change);
  const words = WORDS[locale][kind];
  const { current, previous } = change;
  if (previous === 0) return words.noBase;
  if (current === previous) return words.flat;
  // Stryker disable next-line EqualityOperator: equivalent, current === previous returned '持平' above
  const size = BigInt(current > previous ? current - previous : previous - current);
  const percent = `${formatScaledDecimal(size * 100n, BigInt(previous), decimal)}%`;
  // Stryker disable next-line EqualityOperator: equivalent, current === previous returned '持平' above
  return current > previous ? words.up(percent) : words.down(percent);
}
