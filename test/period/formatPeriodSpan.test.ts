import { describe, expect, it } from 'vitest';
import { formatPeriodSpan, parsePeriodSpan, type PeriodSpan } from '../../src/index.js';

const label = (text: string, options?: Parameters<typeof formatPeriodSpan>[1]): string =>
  formatPeriodSpan(parsePeriodSpan(text), options);

describe('formatPeriodSpan', () => {
  it('labels each kind as Chinese reports do', () => {
    expect(label('2019-01')).toBe('2019年1月');
    expect(label('2019-12')).toBe('2019年12月');
    expect(label('2019-Q1')).toBe('2019年第一季度');
    expect(label('2019-Q2')).toBe('2019年第二季度');
    expect(label('2019-Q3')).toBe('2019年第三季度');
    expect(label('2019-Q4')).toBe('2019年第四季度');
    expect(label('2019-H1')).toBe('2019年上半年');
    expect(label('2019-H2')).toBe('2019年下半年');
    expect(label('2019')).toBe('2019年');
  });

  it('joins the ends of a range with one em dash (U+2014), naming the year once within a year', () => {
    expect(label('2019-01..2019-06')).toBe('2019年1\u20146月');
    expect(label('2019-10..2019-12')).toBe('2019年10—12月');
    expect(label('2018-12..2019-02')).toBe('2018年12\u6708\u20142019年2月');
    expect(label('2018-12..2019-02')).toBe('2018年12月—2019年2月');
  });

  it('writes a year-to-date span by its months with 累计', () => {
    expect(label('2019-01..2019-06', { cumulative: true })).toBe('2019年1—6月累计');
    expect(label('2019-H1', { cumulative: true })).toBe('2019年1—6月累计');
    expect(label('2019-Q1', { cumulative: true })).toBe('2019年1—3月累计');
    expect(label('2019', { cumulative: true })).toBe('2019年1—12月累计');
    expect(label('2019-01', { cumulative: true })).toBe('2019年1月累计');
    expect(label('2018-12..2019-02', { cumulative: true })).toBe('2018年12月—2019年2月累计');
    expect(label('2019-Q1', { cumulative: false })).toBe('2019年第一季度');
  });

  it('labels each kind in English', () => {
    const en = { locale: 'en' } as const;
    expect(label('2019-01', en)).toBe('January 2019');
    expect(label('2019-Q1', en)).toBe('Q1 2019');
    expect(label('2019-Q4', en)).toBe('Q4 2019');
    expect(label('2019-H1', en)).toBe('H1 2019');
    expect(label('2019-H2', en)).toBe('H2 2019');
    expect(label('2019', en)).toBe('2019');
    // An en dash (U+2013), unspaced within a year, spaced between full dates.
    expect(label('2019-01..2019-06', en)).toBe('January\u2013June 2019');
    expect(label('2018-12..2019-02', en)).toBe('December 2018 \u2013 February 2019');
    expect(label('2019-H1', { locale: 'en', cumulative: true })).toBe('January–June 2019 (cumulative)');
    expect(label('2019-03', { locale: 'en', cumulative: true })).toBe('March 2019 (cumulative)');
  });

  it('writes years without leading zeros, at both ends of the calendar', () => {
    expect(label('0001-01')).toBe('1年1月');
    expect(label('0987-Q2', { locale: 'en' })).toBe('Q2 987');
    expect(label('9999-H2')).toBe('9999年下半年');
    expect(label('0001-01..9999-12')).toBe('1年1月—9999年12月');
  });

  it('refuses a span whose fields disagree with its text', () => {
    const forged = { kind: 'quarter', from: '2019-04', to: '2019-06', text: '2019-Q1' } as PeriodSpan;
    expect(() => formatPeriodSpan(forged)).toThrow(
      new RangeError(
        'formatPeriodSpan requires span to be what parsePeriodSpan gives for its text "2019-Q1" (kind "quarter", from "2019-01", to "2019-03", text "2019-Q1"), got kind "quarter", from "2019-04", to "2019-06", text "2019-Q1"',
      ),
    );
    // A range of one month is the month: its text is the month's.
    const oneMonth = { kind: 'month', from: '2019-03', to: '2019-03', text: '2019-03..2019-03' } as unknown as PeriodSpan;
    expect(() => formatPeriodSpan(oneMonth)).toThrow(
      new RangeError(
        'formatPeriodSpan requires span to be what parsePeriodSpan gives for its text "2019-03..2019-03" (kind "month", from "2019-03", to "2019-03", text "2019-03"), got kind "month", from "2019-03", to "2019-03", text "2019-03..2019-03"',
      ),
    );
    const wrongKind = { ...parsePeriodSpan('2019-01..2019-03'), kind: 'quarter' } as PeriodSpan;
    expect(() => formatPeriodSpan(wrongKind)).toThrow(RangeError);
  });

  it('checks the span’s fields and the options, naming each', () => {
    const span = parsePeriodSpan('2019-Q1');
    expect(() => formatPeriodSpan('2019-Q1' as never)).toThrow(
      new TypeError('formatPeriodSpan requires span to be an object, got "2019-Q1"'),
    );
    expect(() => formatPeriodSpan({ ...span, kind: 'season' } as never)).toThrow(
      new RangeError(`formatPeriodSpan requires span.kind to be one of 'month', 'quarter', 'half-year', 'year', 'range', got "season"`),
    );
    expect(() => formatPeriodSpan({ ...span, from: '2019-1' } as never)).toThrow(
      new RangeError('formatPeriodSpan requires span.from to be a month written YYYY-MM, got "2019-1"'),
    );
    expect(() => formatPeriodSpan({ ...span, to: 201903 } as never)).toThrow(
      new TypeError('formatPeriodSpan requires span.to to be a string, got 201903'),
    );
    expect(() => formatPeriodSpan({ ...span, text: '2019-Q5' } as never)).toThrow(
      new RangeError(
        'formatPeriodSpan requires span.text to be a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06), got "2019-Q5"',
      ),
    );
    expect(() => formatPeriodSpan(span, { locale: 'zh' as never })).toThrow(
      new RangeError(`formatPeriodSpan requires locale to be one of 'zh-CN', 'en', got "zh"`),
    );
    expect(() => formatPeriodSpan(span, { cumulative: 1 as never })).toThrow(
      new TypeError('formatPeriodSpan requires cumulative to be a boolean, got 1'),
    );
    expect(() => formatPeriodSpan(span, 1 as never)).toThrow(new TypeError('formatPeriodSpan requires options to be an object, got 1'));
  });
});
