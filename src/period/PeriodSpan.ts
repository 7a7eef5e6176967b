import type { Period } from './Period.js';

/**
 * The kinds of {@link PeriodSpan}: a month, a quarter (季度), a half-year
 * (上半年 / 下半年), a year, or a range of whole months.
 *
 * ```text
 * month | quarter | half-year | year | range
 * ```
 *
 * @example
 * ```ts
 * PERIOD_SPAN_KINDS.includes(parsePeriodSpan('2019-H1').kind);
 * // => true
 * PERIOD_SPAN_KINDS.length;
 * // => 5
 * ```
 * @category Period
 */
export const PERIOD_SPAN_KINDS = ['month', 'quarter', 'half-year', 'year', 'range'] as const;

/**
 * One of {@link PERIOD_SPAN_KINDS}.
 *
 * @category Period
 */
export type PeriodSpanKind = (typeof PERIOD_SPAN_KINDS)[number];

/**
 * A quarter written `'YYYY-Qn'`, such as `'2019-Q1'`.
 *
 * @category Period
 */
export type QuarterText = `${number}-Q${1 | 2 | 3 | 4}`;
/**
 * A half-year written `'YYYY-Hn'`, such as `'2019-H1'`.
 *
 * @category Period
 */
export type HalfYearText = `${number}-H${1 | 2}`;
/**
 * A year written `'YYYY'`, such as `'2019'`.
 *
 * @category Period
 */
export type YearText = `${number}`;
/**
 * A range of months written `'YYYY-MM..YYYY-MM'`, such as `'2019-01..2019-06'`.
 *
 * @category Period
 */
export type RangeText = `${Period}..${Period}`;

/**
 * A span written as text, the way `--period` and a report's `period` take it:
 * a month `'2019-01'`, a quarter `'2019-Q1'`, a half-year `'2019-H1'`, a year
 * `'2019'` or a range of months `'2019-01..2019-06'`. The same type as
 * `z.infer<typeof PeriodSpanSchema>`.
 *
 * @category Period
 */
export type PeriodSpanText = Period | QuarterText | HalfYearText | YearText | RangeText;

/**
 * The fields every kind of {@link PeriodSpan} has, for a kind `K` written as
 * text of type `T`.
 *
 * @category Period
 */
export interface PeriodSpanOf<K extends PeriodSpanKind, T extends PeriodSpanText> {
  /** What the span is, and so how a report labels it. */
  readonly kind: K;
  /** Its first month. */
  readonly from: Period;
  /** Its last month (included); never before `from`. */
  readonly to: Period;
  /** Its canonical text, which {@link parsePeriodSpan} reads back to this span. */
  readonly text: T;
}

/**
 * A calendar month: `from` and `to` are the month itself.
 *
 * @category Period
 */
export type MonthSpan = PeriodSpanOf<'month', Period>;
/**
 * A quarter (季度): January–March, April–June, July–September or October–December.
 *
 * @category Period
 */
export type QuarterSpan = PeriodSpanOf<'quarter', QuarterText>;
/**
 * A half-year: January–June (上半年) or July–December (下半年).
 *
 * @category Period
 */
export type HalfYearSpan = PeriodSpanOf<'half-year', HalfYearText>;
/**
 * A calendar year, January–December.
 *
 * @category Period
 */
export type YearSpan = PeriodSpanOf<'year', YearText>;
/**
 * A range of two or more whole months, within one year or across years.
 *
 * @category Period
 */
export type RangeSpan = PeriodSpanOf<'range', RangeText>;

/**
 * A reporting period of whole months (统计期), as {@link parsePeriodSpan}
 * gives it: its kind, its first and last month, and its canonical text.
 *
 * Monthly, quarterly, half-yearly and yearly reports, and year-to-date ones
 * (1—6月累计), each count one span. The span's `{ from, to }` is a
 * {@link PeriodRange}, so a span is a tally's `period` as it is:
 * `tallyCases(records, { period: parsePeriodSpan('2019-Q1'), by: [] })`
 * counts the quarter as one period (the tally takes up to 1200 months).
 *
 * ```text
 * month      2019-01           from 2019-01  to 2019-01
 * quarter    2019-Q1           from 2019-01  to 2019-03
 * half-year  2019-H2           from 2019-07  to 2019-12
 * year       2019              from 2019-01  to 2019-12
 * range      2018-12..2019-02  from 2018-12  to 2019-02
 * ```
 *
 * The union narrows on `kind`: after `span.kind === 'quarter'`, `span.text`
 * is a {@link QuarterText}.
 *
 * @category Period
 */
export type PeriodSpan = MonthSpan | QuarterSpan | HalfYearSpan | YearSpan | RangeSpan;

/**
 * The span type of one kind: `SpanOfKind<'quarter'>` is {@link QuarterSpan};
 * `SpanOfKind<PeriodSpanKind>` is every {@link PeriodSpan}.
 *
 * @category Period
 */
export type SpanOfKind<K extends PeriodSpanKind> = Extract<PeriodSpan, PeriodSpanOf<K, PeriodSpanText>>;
