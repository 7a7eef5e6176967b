import { describeValue } from '../internal/describeValue.js';
import type { PeriodSpan } from './PeriodSpan.js';
import { PERIOD_SPAN_PATTERN } from './periodSpanPattern.js';
import { monthIndex } from './span/monthIndex.js';
import { spanAt } from './span/spanAt.js';

/**
 * What a span may be, as the messages list it.
 *
 * @internal
 */
export const PERIOD_SPAN_FORMS =
  'a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06)';

/**
 * Reads a reporting span written as text: a month, a quarter, a half-year, a
 * year or a range of months, and gives its kind and its first and last month.
 *
 * For `--period` and a report's `period`: a quarterly report (2019年第一季度),
 * a half-yearly one (2019年上半年), a yearly one (2019年) and a year-to-date
 * one (2019年1—6月累计) each count one span.
 *
 * ```text
 * YYYY-MM           month      from YYYY-MM            to YYYY-MM
 * YYYY-Qq  (q 1–4)  quarter    from YYYY-(3q−2)        to YYYY-(3q)
 * YYYY-Hh  (h 1–2)  half-year  from YYYY-(6h−5)        to YYYY-(6h)
 * YYYY              year       from YYYY-01            to YYYY-12
 * A..B              range      from A                  to B           (A ≤ B)
 * ```
 *
 * Years are 0001–9999, months two digits 01–12. Strict, as {@link parsePeriod}
 * is: `Q` and `H` are capitals (`'2019-q1'` is refused, not guessed), there
 * are no spaces, and a range is two months joined by `..` (`'2019-01–2019-06'`
 * and `'2019-01..06'` are refused). A range may cross years
 * (`'2018-12..2019-02'`) but not run backwards. A range of one month is that
 * month: `'2019-03..2019-03'` gives the month span `'2019-03'`, since a report
 * labels both 2019年3月. A range that covers a quarter or a year stays a range
 * (`'2019-01..2019-03'` is labelled 2019年1—3月, not 2019年第一季度): the kind
 * says how the report names its period.
 *
 * @param period - The span's text, such as `'2019-Q1'`.
 * @returns `{ kind, from, to, text }`, `text` being the canonical text (the
 *   input, but a range of one month written as the month).
 * @throws {TypeError} `parsePeriodSpan requires period to be a string, got 2019`.
 * @throws {RangeError} `parsePeriodSpan requires period to be a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06), got "2019-Q5"`, or `parsePeriodSpan requires period to be a range of months whose first month is not after its last, got "2019-06..2019-01"`.
 * @example
 * ```ts
 * parsePeriodSpan('2019-Q1');
 * // => { kind: 'quarter', from: '2019-01', to: '2019-03', text: '2019-Q1' }
 * parsePeriodSpan('2019-H2');
 * // => { kind: 'half-year', from: '2019-07', to: '2019-12', text: '2019-H2' }
 * parsePeriodSpan('2019');
 * // => { kind: 'year', from: '2019-01', to: '2019-12', text: '2019' }
 * parsePeriodSpan('2018-12..2019-02');
 * // => { kind: 'range', from: '2018-12', to: '2019-02', text: '2018-12..2019-02' }
 * parsePeriodSpan('2019-03..2019-03');
 * // => { kind: 'month', from: '2019-03', to: '2019-03', text: '2019-03' }
 * parsePeriodSpan('2019-q1');
 * // throws RangeError: parsePeriodSpan requires period to be a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06), got "2019-q1"
 * ```
 * @see {@link formatPeriodSpan} for the label a report prints, {@link PeriodSpanSchema} to check a file's field.
 * @category Period
 */
export function parsePeriodSpan(period: string): PeriodSpan {
  return parsePeriodSpanFor('parsePeriodSpan', 'period', period);
}

/**
 * {@link parsePeriodSpan} with the caller's function and argument names in
 * its error messages.
 *
 * @internal
 */
export function parsePeriodSpanFor(fn: string, name: string, period: unknown): PeriodSpan {
  if (typeof period !== 'string') {
    throw new TypeError(`${fn} requires ${name} to be a string, got ${describeValue(period)}`);
  }
  const span = readPeriodSpanText(period);
  if (span === 'malformed') {
    throw new RangeError(`${fn} requires ${name} to be ${PERIOD_SPAN_FORMS}, got ${describeValue(period)}`);
  }
  if (span === 'backwards') {
    throw new RangeError(
      `${fn} requires ${name} to be a range of months whose first month is not after its last, got ${describeValue(period)}`,
    );
  }
  return span;
}

/**
 * The span a text names, or why it names none: `'malformed'` (not one of the
 * forms) or `'backwards'` (a range whose last month is before its first).
 *
 * @internal
 */
export function readPeriodSpanText(period: string): PeriodSpan | 'malformed' | 'backwards' {
  const match = PERIOD_SPAN_PATTERN.exec(period);
  if (match === null) return 'malformed';
  const [, year, month, lastYear, lastMonth, quarter, half] = match;
  const start = monthIndex(Number(year), 1);
  if (quarter !== undefined) {
    const first = start + (Number(quarter) - 1) * 3;
    return spanAt('quarter', first, first + 2);
  }
  if (half !== undefined) {
    const first = start + (Number(half) - 1) * 6;
    return spanAt('half-year', first, first + 5);
  }
  if (month === undefined) return spanAt('year', start, start + 11);
  const first = start + Number(month) - 1;
  if (lastYear === undefined) return spanAt('month', first, first);
  const last = monthIndex(Number(lastYear), Number(lastMonth));
  if (last < first) return 'backwards';
  return spanAt(last === first ? 'month' : 'range', first, last);
}
