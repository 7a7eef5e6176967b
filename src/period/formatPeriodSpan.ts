import { assertOneOf } from '../internal/assertOneOf.js';
import { describeValue } from '../internal/describeValue.js';
import { readOptions } from '../internal/readOptions.js';
import type { PeriodSpan } from './PeriodSpan.js';
import { readSpan } from './span/readSpan.js';

/**
 * Options of {@link formatPeriodSpan}.
 *
 * @category Period
 */
export interface FormatPeriodSpanOptions {
  /** `'zh-CN'` (default) writes 2019年第一季度; `'en'` writes Q1 2019. */
  readonly locale?: 'zh-CN' | 'en';
  /**
   * `true` labels the span by its months with 累计 (cumulative) after them, as a
   * year-to-date report does: 2019年1—6月累计 for `'2019-H1'` or
   * `'2019-01..2019-06'`. Default `false`.
   */
  readonly cumulative?: boolean;
}

const QUARTERS = ['一', '二', '三', '四'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
/** 连接号 between the ends of a range in Chinese (GB/T 15834: 一字线, U+2014). */
const EM_DASH = '\u2014';
/** An en dash, as English writes a range (U+2013). */
const EN_DASH = '\u2013';

/**
 * The label a report prints for a span: 2019年1月, 2019年第一季度, 2019年上半年,
 * 2019年, 2019年1—6月; or, in English, January 2019, Q1 2019, H1 2019, 2019,
 * January–June 2019.
 *
 * For the heading and the first clause of a report (“2019年第一季度,…各窗口共受理
 * 各类事项…件”) and for table captions.
 *
 * ```text
 * kind       zh-CN                    en
 * month      2019年1月                January 2019
 * quarter    2019年第一季度           Q1 2019
 * half-year  2019年上半年 / 下半年    H1 2019 / H2 2019
 * year       2019年                   2019
 * range      2019年1—6月              January–June 2019
 *            2018年12月—2019年2月     December 2018 – February 2019
 * cumulative 2019年1—6月累计          January–June 2019 (cumulative)
 * ```
 *
 * A range within one year names the year once and joins the months with an
 * em dash (—, the 连接号 of GB/T 15834, as 国家统计局 writes 1—6月); a range
 * across years writes both ends in full. English uses an en dash, spaced
 * when the ends are written in full. `cumulative` writes any span as the
 * months it covers, followed by 累计 (or “(cumulative)”): a quarter becomes
 * 2019年1—3月累计, a month 2019年1月累计. Years are written without leading
 * zeros (0987 → 987年).
 *
 * @param span - A span as {@link parsePeriodSpan} gives it.
 * @param options - `locale` (`'zh-CN'` default, or `'en'`) and `cumulative` (default `false`).
 * @returns The label.
 * @throws {TypeError} `formatPeriodSpan requires span to be an object, got "2019-Q1"`, `formatPeriodSpan requires span.kind to be one of 'month', 'quarter', 'half-year', 'year', 'range', got undefined` (likewise a non-string `span.from`, `span.to`, `span.text`), `formatPeriodSpan requires options to be an object, got 1`, `formatPeriodSpan requires cumulative to be a boolean, got 1`, or a non-string `locale`.
 * @throws {RangeError} `formatPeriodSpan requires span.from to be a month written YYYY-MM, got "2019-1"` (likewise `span.to`), `formatPeriodSpan requires span.text to be a month (2019-01), …, got "2019-Q5"`, `formatPeriodSpan requires span to be what parsePeriodSpan gives for its text "2019-Q1" (…), got …` for a span whose fields disagree, or `formatPeriodSpan requires locale to be one of 'zh-CN', 'en', got "zh"`.
 * @example
 * ```ts
 * formatPeriodSpan(parsePeriodSpan('2019-01'));
 * // => '2019年1月'
 * formatPeriodSpan(parsePeriodSpan('2019-Q1'));
 * // => '2019年第一季度'
 * formatPeriodSpan(parsePeriodSpan('2019-H2'));
 * // => '2019年下半年'
 * formatPeriodSpan(parsePeriodSpan('2019-01..2019-06'));
 * // => '2019年1—6月'
 * formatPeriodSpan(parsePeriodSpan('2018-12..2019-02'));
 * // => '2018年12月—2019年2月'
 * formatPeriodSpan(parsePeriodSpan('2019-H1'), { cumulative: true });
 * // => '2019年1—6月累计'
 * formatPeriodSpan(parsePeriodSpan('2019-Q1'), { locale: 'en' });
 * // => 'Q1 2019'
 * formatPeriodSpan(parsePeriodSpan('2018-12..2019-02'), { locale: 'en' });
 * // => 'December 2018 – February 2019'
 * ```
 * @see {@link parsePeriodSpan}
 * @category Period
 */
export function formatPeriodSpan(span: PeriodSpan, options?: FormatPeriodSpanOptions): string {
  const { kind, from, to } = readSpan('formatPeriodSpan', span);
  const { locale = 'zh-CN', cumulative = false } = readOptions('formatPeriodSpan', options);
  assertOneOf('formatPeriodSpan', 'locale', locale, ['zh-CN', 'en']);
  if (typeof cumulative !== 'boolean') {
    throw new TypeError(`formatPeriodSpan requires cumulative to be a boolean, got ${describeValue(cumulative)}`);
  }
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const lastYear = Number(to.slice(0, 4));
  const lastMonth = Number(to.slice(5, 7));
  const zh = locale === 'zh-CN';
  const shape = cumulative ? (from === to ? 'month' : 'range') : kind;
  let label: string;
  if (shape === 'month') label = zh ? `${year}年${month}月` : `${MONTHS[month - 1]} ${year}`;
  else if (shape === 'quarter') label = zh ? `${year}年第${QUARTERS[(month - 1) / 3]}季度` : `Q${(month + 2) / 3} ${year}`;
  else if (shape === 'half-year') label = zh ? `${year}年${month === 1 ? '上' : '下'}半年` : `H${month === 1 ? 1 : 2} ${year}`;
  else if (shape === 'year') label = zh ? `${year}年` : String(year);
  else if (year === lastYear) {
    label = zh ? `${year}年${month}${EM_DASH}${lastMonth}月` : `${MONTHS[month - 1]}${EN_DASH}${MONTHS[lastMonth - 1]} ${year}`;
  } else {
    label = zh
      ? `${year}年${month}月${EM_DASH}${lastYear}年${lastMonth}月`
      : `${MONTHS[month - 1]} ${year} ${EN_DASH} ${MONTHS[lastMonth - 1]} ${lastYear}`;
  }
  if (!cumulative) return label;
  return zh ? `${label}累计` : `${label} (cumulative)`;
}
