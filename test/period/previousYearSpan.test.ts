import { describe, expect, it } from 'vitest';
import { parsePeriodSpan, previousYearSpan } from '../../src/index.js';

const yearBefore = (text: string): string => previousYearSpan(parsePeriodSpan(text)).text;

describe('previousYearSpan (上年同期, the base of 同比)', () => {
  it('gives the same span a year before, keeping its kind', () => {
    expect(previousYearSpan(parsePeriodSpan('2019-01'))).toEqual({ kind: 'month', from: '2018-01', to: '2018-01', text: '2018-01' });
    expect(previousYearSpan(parsePeriodSpan('2019-Q1'))).toEqual({ kind: 'quarter', from: '2018-01', to: '2018-03', text: '2018-Q1' });
    expect(previousYearSpan(parsePeriodSpan('2019-H2'))).toEqual({ kind: 'half-year', from: '2018-07', to: '2018-12', text: '2018-H2' });
    expect(previousYearSpan(parsePeriodSpan('2019'))).toEqual({ kind: 'year', from: '2018-01', to: '2018-12', text: '2018' });
    // 1—6月累计 against 1—6月 of the year before.
    expect(yearBefore('2019-01..2019-06')).toBe('2018-01..2018-06');
    expect(previousYearSpan(parsePeriodSpan('2018-12..2019-02'))).toEqual({
      kind: 'range',
      from: '2017-12',
      to: '2018-02',
      text: '2017-12..2018-02',
    });
  });

  it('has no year before year 0001', () => {
    expect(() => previousYearSpan(parsePeriodSpan('0001-12'))).toThrow(
      new RangeError('previousYearSpan requires span to start in year 0002 or later, got "0001-12": there is no period before 0001-01'),
    );
    expect(() => previousYearSpan(parsePeriodSpan('0001-Q2'))).toThrow(
      new RangeError('previousYearSpan requires span to start in year 0002 or later, got "0001-Q2": there is no period before 0001-01'),
    );
    expect(() => previousYearSpan(parsePeriodSpan('0001-12..0002-02'))).toThrow(RangeError);
    expect(yearBefore('0002-01')).toBe('0001-01');
    expect(yearBefore('0002-01..0002-06')).toBe('0001-01..0001-06');
    expect(yearBefore('9999-H2')).toBe('9998-H2');
  });

  it('names itself when the span is not one', () => {
    expect(() => previousYearSpan(null as never)).toThrow(new TypeError('previousYearSpan requires span to be an object, got null'));
  });
});
