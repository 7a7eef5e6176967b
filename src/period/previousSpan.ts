import type { PeriodSpan, SpanOfKind } from './PeriodSpan.js';
import { FIRST_MONTH_INDEX, periodAt, periodIndex } from './span/monthIndex.js';
import { readSpan } from './span/readSpan.js';
import { spanAt } from './span/spanAt.js';

/**
 * The span of equal length just before (上期), the base of a 环比 change: the
 * quarter before a quarter, the half-year before a half-year, the year before
 * a year, the month before a month, and the n months before a range of n.
 *
 * 国家统计局 defines 环比 as the change on the period just before (本期与上期
 * 相比), 同比 as the change on the same period a year before (see
 * {@link previousYearSpan}); a quarterly report's 环比 is on the quarter
 * before, not the month before.
 *
 * ```text
 * months m₁ … mₙ of kind K  →  months m₁ − n … mₙ − n, of kind K      (n = mₙ − m₁ + 1)
 * 2019-Q1 → 2018-Q4    2019-H1 → 2018-H2    2019 → 2018    2019-01 → 2018-12
 * 2019-03..2019-05 → 2018-12..2019-02
 * ```
 *
 * The kind is kept, and so is the length: a range of n months steps back n
 * months, across a year if it must. There is nothing before 0001-01: a span
 * that starts in its first n months has no span before it.
 *
 * @param span - A span as {@link parsePeriodSpan} gives it.
 * @returns The span before, of the same kind and length.
 * @throws {TypeError} `previousSpan requires span to be an object, got "2019-Q1"`, or a non-string `span.kind`, `span.from`, `span.to` or `span.text` (as {@link formatPeriodSpan} says).
 * @throws {RangeError} `previousSpan requires span to start in 0001-04 or later, got "0001-Q1": there is no period before 0001-01`, and the field errors of {@link formatPeriodSpan}.
 * @example
 * ```ts
 * previousSpan(parsePeriodSpan('2019-Q1')).text;
 * // => '2018-Q4'
 * previousSpan(parsePeriodSpan('2019-H1')).text;
 * // => '2018-H2'
 * previousSpan(parsePeriodSpan('2019-03..2019-05'));
 * // => { kind: 'range', from: '2018-12', to: '2019-02', text: '2018-12..2019-02' }
 * previousSpan(parsePeriodSpan('0001-01'));
 * // throws RangeError: previousSpan requires span to start in 0001-02 or later, got "0001-01": there is no period before 0001-01
 * ```
 * @see {@link momChange}, {@link previousYearSpan}
 * @category Period
 */
export function previousSpan<S extends PeriodSpan>(span: S): SpanOfKind<S['kind']> {
  const { kind, from, to, text } = readSpan('previousSpan', span);
  const first = periodIndex(from);
  const last = periodIndex(to);
  const length = last - first + 1;
  if (first - length < FIRST_MONTH_INDEX) {
    throw new RangeError(
      `previousSpan requires span to start in ${periodAt(FIRST_MONTH_INDEX + length)} or later, got "${text}": there is no period before 0001-01`,
    );
  }
  return spanAt(kind, first - length, last - length) as SpanOfKind<S['kind']>;
}
