import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  formatPeriodSpan,
  parsePeriodSpan,
  previousSpan,
  previousYearSpan,
  spanMonths,
  type HalfYearText,
  type MonthSpan,
  type Period,
  type PeriodRange,
  type PeriodSpan,
  type PeriodSpanKind,
  type PeriodSpanSchema,
  type PeriodSpanText,
  type QuarterSpan,
  type QuarterText,
  type RangeText,
  type SpanOfKind,
  type TallyOptions,
  type YearText,
} from '../../src/index.js';

declare const span: PeriodSpan;
declare const quarter: QuarterSpan;
declare const month: MonthSpan;

describe('period span types', () => {
  it('narrow on kind', () => {
    expectTypeOf(parsePeriodSpan('2019-Q1')).toEqualTypeOf<PeriodSpan>();
    if (span.kind === 'quarter') expectTypeOf(span.text).toEqualTypeOf<QuarterText>();
    if (span.kind === 'half-year') expectTypeOf(span.text).toEqualTypeOf<HalfYearText>();
    if (span.kind === 'year') expectTypeOf(span.text).toEqualTypeOf<YearText>();
    if (span.kind === 'range') expectTypeOf(span.text).toEqualTypeOf<RangeText>();
    if (span.kind === 'month') expectTypeOf(span).toEqualTypeOf<MonthSpan>();
    expectTypeOf(span.kind).toEqualTypeOf<PeriodSpanKind>();
    expectTypeOf<SpanOfKind<'quarter'>>().toEqualTypeOf<QuarterSpan>();
    expectTypeOf<SpanOfKind<PeriodSpanKind>>().toEqualTypeOf<PeriodSpan>();
  });

  it('keep the kind through previousSpan and previousYearSpan', () => {
    expectTypeOf(previousSpan(quarter)).toEqualTypeOf<QuarterSpan>();
    expectTypeOf(previousYearSpan(month)).toEqualTypeOf<MonthSpan>();
    expectTypeOf(previousSpan(span)).toEqualTypeOf<PeriodSpan>();
    expectTypeOf(previousYearSpan(span)).toEqualTypeOf<PeriodSpan>();
  });

  it('make a span a tally’s period as it is', () => {
    expectTypeOf<PeriodSpan>().toExtend<PeriodRange>();
    expectTypeOf<PeriodSpan>().toExtend<TallyOptions['period']>();
    const options: TallyOptions = { period: span, by: [] };
    expectTypeOf(options.period).toEqualTypeOf<Period | PeriodRange>();
  });

  it('type the text, the months and the label', () => {
    expectTypeOf<Period>().toExtend<PeriodSpanText>();
    expectTypeOf<z.infer<typeof PeriodSpanSchema>>().toEqualTypeOf<PeriodSpanText>();
    expectTypeOf(spanMonths(span)).toEqualTypeOf<Period[]>();
    expectTypeOf(formatPeriodSpan(span, { locale: 'en', cumulative: true })).toEqualTypeOf<string>();
    // @ts-expect-error a span is an object: parse the text first
    formatPeriodSpan('2019-Q1');
    // @ts-expect-error the locales are zh-CN and en
    formatPeriodSpan(span, { locale: 'fr' });
    // @ts-expect-error '2019-q1' is no span text
    const lower: PeriodSpanText = '2019-q1';
    expectTypeOf(lower).toEqualTypeOf<PeriodSpanText>();
  });
});
