import type { PeriodSpan, SpanOfKind } from './PeriodSpan.js';
import { FIRST_MONTH_INDEX, periodIndex } from './span/monthIndex.js';
import { readSpan } from './span/readSpan.js';
import { spanAt } from './span/spanAt.js';

/**
 * The same span one year before (上年同期), the base of a 同比 change:
 * 2019-Q1 → 2018-Q1, keeping the kind.
 *
 * 国家统计局 defines 同比 as the change on the same period of the year before
 * (本期与上年同期相比), 环比 as the change on the period just before (see
 * {@link previousSpan}). A year-to-date report's 同比 compares 1—6月 with 1—6月
 * of the year before.
 *
 * ```text
 * months m₁ … mₙ of kind K  →  months m₁ − 12 … mₙ − 12, of kind K
 * 2019-Q1 → 2018-Q1    2019-H2 → 2018-H2    2019 → 2018    2018-12..2019-02 → 2017-12..2018-02
 * ```
 *
 * The kind and the length are kept. There is nothing before 0001-01: a span
 * that starts in year 0001 has no year before it.
 *
 * @param span - A span as {@link parsePeriodSpan} gives it.
 * @returns The span a year before, of the same kind and length.
 * @throws {TypeError} `previousYearSpan requires span to be an object, got "2019-Q1"`, or a non-string `span.kind`, `span.from`, `span.to` or `span.text` (as {@link formatPeriodSpan} says).
 * @throws {RangeError} `previousYearSpan requires span to start in year 0002 or later, got "0001-Q2": there is no period before 0001-01`, and the field errors of {@link formatPeriodSpan}.
 * @example
 * ```ts
 * previousYearSpan(parsePeriodSpan('2019-Q1')).text;
 * // => '2018-Q1'
 * previousYearSpan(parsePeriodSpan('2018-12..2019-02'));
 * // => { kind: 'range', from: '2017-12', to: '2018-02', text: '2017-12..2018-02' }
 * ```
 * @see {@link yoyChange}, {@link previousSpan}
 * @category Period
 */
export function previousYearSpan<S extends PeriodSpan>(span: S): SpanOfKind<S['kind']> {
  const { kind, from, to, text } = readSpan('previousYearSpan', span);
  const first = periodIndex(from);
  if (first - 12 < FIRST_MONTH_INDEX) {
    throw new RangeError(`previousYearSpan requires span to start in year 0002 or later, got "${text}": there is no period before 0001-01`);
  }
  return spanAt(kind, first - 12, periodIndex(to) - 12) as SpanOfKind<S['kind']>;
}
