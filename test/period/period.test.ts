import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, previousMonthPeriod, previousYearPeriod } from '../../src/index.js';

describe('parsePeriod', () => {
  it('takes a YYYY-MM month apart', () => {
    expect(parsePeriod('2019-01')).toEqual({ year: 2019, month: 1 });
    expect(parsePeriod('2018-12')).toEqual({ year: 2018, month: 12 });
    expect(parsePeriod('0001-01')).toEqual({ year: 1, month: 1 });
  });

  it.each(['2019-13', '2019-00', '2019-1', '2019/01', '19-01', ' 2019-01', '2019-01 ', '2019-01-05', '0000-05', ''])(
    'rejects %j',
    (period) => {
      expect(() => parsePeriod(period)).toThrow(
        new RangeError(`parsePeriod requires period to be a month written YYYY-MM, got ${JSON.stringify(period)}`),
      );
    },
  );

  it('throws TypeError for a non-string', () => {
    expect(() => parsePeriod(201901 as never)).toThrow(new TypeError('parsePeriod requires period to be a string, got 201901'));
  });
});

describe('formatPeriod', () => {
  it('pads the year and month', () => {
    expect(formatPeriod({ year: 2019, month: 1 })).toBe('2019-01');
    expect(formatPeriod({ year: 987, month: 11 })).toBe('0987-11');
  });

  it('rejects parts out of range', () => {
    expect(() => formatPeriod({ year: 2019, month: 13 })).toThrow(
      new RangeError('formatPeriod requires month to be an integer from 1 to 12, got 13'),
    );
    expect(() => formatPeriod({ year: 0, month: 1 })).toThrow(
      new RangeError('formatPeriod requires year to be an integer from 1 to 9999, got 0'),
    );
    expect(() => formatPeriod({ year: '2019', month: 1 } as never)).toThrow(
      new TypeError('formatPeriod requires year to be a number, got "2019"'),
    );
    expect(() => formatPeriod(undefined as never)).toThrow(
      new TypeError('formatPeriod requires parts to be an object, got undefined'),
    );
  });
});

describe('previousYearPeriod', () => {
  it('gives the same month a year before (上年同期)', () => {
    expect(previousYearPeriod('2019-01')).toBe('2018-01');
    expect(previousYearPeriod('2020-02')).toBe('2019-02');
  });

  it('has nothing before year 1', () => {
    expect(() => previousYearPeriod('0001-05')).toThrow(
      new RangeError('previousYearPeriod requires a period after year 0001, got "0001-05"'),
    );
  });

  it('names itself when the period is malformed', () => {
    expect(() => previousYearPeriod('2019-1')).toThrow(
      new RangeError('previousYearPeriod requires period to be a month written YYYY-MM, got "2019-1"'),
    );
  });
});

describe('previousMonthPeriod', () => {
  it('steps back a month, from January into December of the year before', () => {
    expect(previousMonthPeriod('2019-01')).toBe('2018-12');
    expect(previousMonthPeriod('2019-07')).toBe('2019-06');
    expect(previousMonthPeriod('2019-12')).toBe('2019-11');
  });

  it('has nothing before 0001-01', () => {
    expect(() => previousMonthPeriod('0001-01')).toThrow(
      new RangeError('previousMonthPeriod requires a period after 0001-01, got "0001-01"'),
    );
    expect(previousMonthPeriod('0001-02')).toBe('0001-01');
  });

  it('names itself when the period is not a string', () => {
    expect(() => previousMonthPeriod(null as never)).toThrow(
      new TypeError('previousMonthPeriod requires period to be a string, got null'),
    );
  });
});
