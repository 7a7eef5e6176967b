import type { Period } from './Period.js';
import type { PeriodSpan } from './PeriodSpan.js';
import { periodAt, periodIndex } from './span/monthIndex.js';
import { readSpan } from './span/readSpan.js';

/**
 * The months of a span, first to last.
 *
 * For a table with a column per month, or to check that data covers a span;
 * the span's length is `spanMonths(span).length`.
 *
 * ```text
 * from … to, one month apart:  2019-Q1 → [2019-01, 2019-02, 2019-03]
 * ```
 *
 * A month gives one month, a quarter three, a half-year six, a year twelve,
 * a range each of its months, across years if it crosses them.
 *
 * @param span - A span as {@link parsePeriodSpan} gives it.
 * @returns The months, in order, each once.
 * @throws {TypeError} `spanMonths requires span to be an object, got "2019-Q1"`, or a non-string `span.kind`, `span.from`, `span.to` or `span.text` (as {@link formatPeriodSpan} says).
 * @throws {RangeError} The field errors of {@link formatPeriodSpan}.
 * @example
 * ```ts
 * spanMonths(parsePeriodSpan('2019-Q1'));
 * // => ['2019-01', '2019-02', '2019-03']
 * spanMonths(parsePeriodSpan('2018-12..2019-02'));
 * // => ['2018-12', '2019-01', '2019-02']
 * spanMonths(parsePeriodSpan('2019')).length;
 * // => 12
 * ```
 * @category Period
 */
export function spanMonths(span: PeriodSpan): Period[] {
  const { from, to } = readSpan('spanMonths', span);
  const months: Period[] = [];
  for (let index = periodIndex(from); index <= periodIndex(to); index += 1) months.push(periodAt(index));
  return months;
}
