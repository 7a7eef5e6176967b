import { z } from 'zod';
import type { PeriodSpan, PeriodSpanText } from '../period/PeriodSpan.js';
import { PERIOD_SPAN_FORMS, readPeriodSpanText } from '../period/parsePeriodSpan.js';
import { PERIOD_SPAN_PATTERN } from '../period/periodSpanPattern.js';

/**
 * Checks a reporting span written as text (see {@link PeriodSpanText}): a
 * month `'2019-01'`, a quarter `'2019-Q1'`, a half-year `'2019-H1'`, a year
 * `'2019'` or a range of months `'2019-01..2019-06'`, and gives its canonical
 * text.
 *
 * ```text
 * PeriodSpanText = YYYY-MM | YYYY-Q[1-4] | YYYY-H[12] | YYYY | YYYY-MM..YYYY-MM (first ≤ last), year 0001–9999
 * ```
 *
 * The output is text, as the input was, so that data written back out as
 * JSON reads back the same; {@link parsePeriodSpan} gives its months. The
 * rules are {@link parsePeriodSpan}'s: `'2019-q1'` and a range that runs
 * backwards are refused, and a range of one month comes out as the month
 * (`'2019-03..2019-03'` → `'2019-03'`). Every month {@link PeriodSchema}
 * accepts is accepted here unchanged. The JSON Schema of a field checked by
 * it has the pattern of the forms (a pattern cannot check a range's order).
 *
 * @example
 * ```ts
 * PeriodSpanSchema.parse('2019-Q1');
 * // => '2019-Q1'
 * PeriodSpanSchema.parse('2019-03..2019-03');
 * // => '2019-03'
 * PeriodSpanSchema.safeParse('2019-q1').error?.issues[0]?.message;
 * // => 'a period is a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06)'
 * PeriodSpanSchema.safeParse('2019-06..2019-01').error?.issues[0]?.message;
 * // => 'a range of months runs forwards: its first month is not after its last, such as 2019-01..2019-06'
 * ```
 * @see {@link parsePeriodSpan}
 * @category Models
 */
export const PeriodSpanSchema = z
  .string()
  .regex(PERIOD_SPAN_PATTERN, { message: `a period is ${PERIOD_SPAN_FORMS}` })
  .refine((text) => readPeriodSpanText(text) !== 'backwards', {
    message: 'a range of months runs forwards: its first month is not after its last, such as 2019-01..2019-06',
  })
  // Only a text that passed both checks gets here, so it names a span.
  .transform((text): PeriodSpanText => (readPeriodSpanText(text) as PeriodSpan).text);
