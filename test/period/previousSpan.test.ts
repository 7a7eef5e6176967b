import { describe, expect, it } from 'vitest';
import { parsePeriodSpan, previousSpan } from '../../src/index.js';

const before = (text: string): string => previousSpan(parsePeriodSpan(text)).text;

describe('previousSpan (上期, the base of 环比)', () => {
  it('steps back a month from a month, from January into December', () => {
    expect(previousSpan(parsePeriodSpan('2019-01'))).toEqual({ kind: 'month', from: '2018-12', to: '2018-12', text: '2018-12' });
    expect(before('2019-07')).toBe('2019-06');
  });

  it('steps back a quarter from a quarter, from Q1 into Q4 of the year before', () => {
    expect(previousSpan(parsePeriodSpan('2019-Q1'))).toEqual({ kind: 'quarter', from: '2018-10', to: '2018-12', text: '2018-Q4' });
    expect(before('2019-Q2')).toBe('2019-Q1');
    expect(before('2019-Q4')).toBe('2019-Q3');
  });

  it('steps back a half-year from a half-year', () => {
    expect(previousSpan(parsePeriodSpan('2019-H1'))).toEqual({ kind: 'half-year', from: '2018-07', to: '2018-12', text: '2018-H2' });
    expect(before('2019-H2')).toBe('2019-H1');
  });

  it('steps back a year from a year', () => {
    expect(previousSpan(parsePeriodSpan('2019'))).toEqual({ kind: 'year', from: '2018-01', to: '2018-12', text: '2018' });
  });

  it('gives the n months before a range of n, across a year if it must', () => {
    // 2019-03..2019-05 is 3 months: the 3 before are 2018-12, 2019-01, 2019-02.
    expect(previousSpan(parsePeriodSpan('2019-03..2019-05'))).toEqual({
      kind: 'range',
      from: '2018-12',
      to: '2019-02',
      text: '2018-12..2019-02',
    });
    // 1—6月 (6 months) → 2018-07..2018-12, not 1—6月 of 2018 (that is 同比's base).
    expect(before('2019-01..2019-06')).toBe('2018-07..2018-12');
    // A range of 12 months is a range still.
    expect(before('2019-01..2019-12')).toBe('2018-01..2018-12');
  });

  it('has no span before the first months of year 0001', () => {
    expect(() => previousSpan(parsePeriodSpan('0001-01'))).toThrow(
      new RangeError('previousSpan requires span to start in 0001-02 or later, got "0001-01": there is no period before 0001-01'),
    );
    expect(() => previousSpan(parsePeriodSpan('0001-Q1'))).toThrow(
      new RangeError('previousSpan requires span to start in 0001-04 or later, got "0001-Q1": there is no period before 0001-01'),
    );
    expect(() => previousSpan(parsePeriodSpan('0001-H1'))).toThrow(
      new RangeError('previousSpan requires span to start in 0001-07 or later, got "0001-H1": there is no period before 0001-01'),
    );
    expect(() => previousSpan(parsePeriodSpan('0001'))).toThrow(
      new RangeError('previousSpan requires span to start in 0002-01 or later, got "0001": there is no period before 0001-01'),
    );
    expect(() => previousSpan(parsePeriodSpan('0001-02..0001-04'))).toThrow(
      new RangeError('previousSpan requires span to start in 0001-04 or later, got "0001-02..0001-04": there is no period before 0001-01'),
    );
    // The first spans that have one.
    expect(before('0001-02')).toBe('0001-01');
    expect(before('0001-Q2')).toBe('0001-Q1');
    expect(before('0001-H2')).toBe('0001-H1');
    expect(before('0002')).toBe('0001');
    expect(before('0001-04..0001-06')).toBe('0001-01..0001-03');
  });

  it('reaches back from the last months of year 9999', () => {
    expect(before('9999-12')).toBe('9999-11');
    expect(before('9999-Q4')).toBe('9999-Q3');
    expect(before('9999')).toBe('9998');
    expect(before('9999-07..9999-12')).toBe('9999-01..9999-06');
  });

  it('names itself when the span is not one', () => {
    expect(() => previousSpan('2019-Q1' as never)).toThrow(new TypeError('previousSpan requires span to be an object, got "2019-Q1"'));
  });
});
