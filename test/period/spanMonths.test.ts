import { describe, expect, it } from 'vitest';
import { parsePeriodSpan, spanMonths } from '../../src/index.js';

const months = (text: string): string[] => spanMonths(parsePeriodSpan(text));

describe('spanMonths', () => {
  it('lists the months of each kind, in order', () => {
    expect(months('2019-02')).toEqual(['2019-02']);
    expect(months('2019-Q4')).toEqual(['2019-10', '2019-11', '2019-12']);
    expect(months('2019-H2')).toEqual(['2019-07', '2019-08', '2019-09', '2019-10', '2019-11', '2019-12']);
    expect(months('2019')).toEqual([
      '2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06',
      '2019-07', '2019-08', '2019-09', '2019-10', '2019-11', '2019-12',
    ]);
    expect(months('2018-11..2019-02')).toEqual(['2018-11', '2018-12', '2019-01', '2019-02']);
  });

  it('reaches both ends of the calendar', () => {
    expect(months('0001-Q1')).toEqual(['0001-01', '0001-02', '0001-03']);
    expect(months('9999-11..9999-12')).toEqual(['9999-11', '9999-12']);
    // 0001-01 to 9999-12: 9999 years of 12 months.
    expect(months('0001-01..9999-12')).toHaveLength(9999 * 12);
  });

  it('names itself when the span is not one', () => {
    expect(() => spanMonths({} as never)).toThrow(
      new TypeError(`spanMonths requires span.kind to be one of 'month', 'quarter', 'half-year', 'year', 'range', got undefined`),
    );
  });
});
