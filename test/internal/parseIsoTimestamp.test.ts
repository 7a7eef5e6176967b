import { describe, expect, it } from 'vitest';
import { daysFromCivil, parseIsoTimestamp } from '../../src/internal/parseIsoTimestamp.js';

describe('parseIsoTimestamp', () => {
  it('reads a time with an offset as the same instant as Date.parse', () => {
    // 2019-01-05T09:30+08:00 = 2019-01-05T01:30Z
    expect(parseIsoTimestamp('2019-01-05T09:30:00+08:00')).toBe(Date.UTC(2019, 0, 5, 1, 30));
    expect(parseIsoTimestamp('2019-01-05T01:30:00Z')).toBe(Date.UTC(2019, 0, 5, 1, 30));
    expect(parseIsoTimestamp('2019-01-04T20:30:00-05:00')).toBe(Date.UTC(2019, 0, 5, 1, 30));
    expect(parseIsoTimestamp('2019-01-05T07:00:00+0530')).toBe(Date.UTC(2019, 0, 5, 1, 30));
  });

  it('accepts a space for T, no seconds, lower-case z and fractions (kept to milliseconds)', () => {
    expect(parseIsoTimestamp('2019-01-05 09:30+08:00')).toBe(Date.UTC(2019, 0, 5, 1, 30));
    expect(parseIsoTimestamp('2019-01-05T01:30:00z')).toBe(Date.UTC(2019, 0, 5, 1, 30));
    expect(parseIsoTimestamp('2019-01-05T01:30:00.1Z')).toBe(Date.UTC(2019, 0, 5, 1, 30, 0, 100));
    expect(parseIsoTimestamp('2019-01-05T01:30:00.123456Z')).toBe(Date.UTC(2019, 0, 5, 1, 30, 0, 123));
  });

  it('knows leap years', () => {
    expect(parseIsoTimestamp('2020-02-29T00:00:00Z')).toBe(Date.UTC(2020, 1, 29));
    expect(parseIsoTimestamp('2000-02-29T00:00:00Z')).toBe(Date.UTC(2000, 1, 29));
    expect(parseIsoTimestamp('2019-02-29T00:00:00Z')).toBeNaN();
    expect(parseIsoTimestamp('1900-02-29T00:00:00Z')).toBeNaN();
  });

  it.each([
    '2019-01-05T09:30:00', // no offset: would need a local time zone
    '2019-01-05',
    '2019-1-05T09:30:00Z',
    '2019-13-05T09:30:00Z',
    '2019-04-31T09:30:00Z',
    '2019-01-05T24:00:00Z',
    '2019-01-05T09:60:00Z',
    '2019-01-05T09:30:60Z',
    '2019-01-05T09:30:00.Z',
    '2019-01-05T09:30:00+8:00',
    '2019-01-05T09:30:00+08:00 ',
    '2019-01-05T09:30:00ZZ',
    '0000-01-05T09:30:00Z',
    '２０19-01-05T09:30:00Z',
    '',
  ])('rejects %o', (text) => {
    expect(parseIsoTimestamp(text)).toBeNaN();
  });
});

describe('parseIsoTimestamp, each part checked', () => {
  it('reads the shortest form, 17 characters, and year 0001', () => {
    // '2019-01-31T08:00Z' = Date.UTC(2019, 0, 31, 8) = 1548892800000 + 8 * 3600000 = 1548921600000
    expect(parseIsoTimestamp('2019-01-31T08:00Z')).toBe(1548921600000);
    // 0001-01-01 is 719162 days before 1970-01-01 (1969 · 365 + 477 leap days): −719162 · 86400000
    expect(parseIsoTimestamp('0001-01-01T00:00:00Z')).toBe(-62135596800000);
    // '2019-01-31T08:00:00+08:00' = Date.UTC(2019, 0, 31, 0) = 1548892800000
    expect(parseIsoTimestamp('2019-01-31T08:00:00+08:00')).toBe(1548892800000);
  });

  it('takes a comma as well as a full stop before the fraction', () => {
    expect(parseIsoTimestamp('2019-01-05T01:30:00,5Z')).toBe(Date.UTC(2019, 0, 5, 1, 30, 0, 500));
    expect(parseIsoTimestamp('2019-01-05T01:30:00.05Z')).toBe(Date.UTC(2019, 0, 5, 1, 30, 0, 50));
    expect(parseIsoTimestamp('2019-01-05T01:30:00,Z')).toBeNaN();
  });

  it('takes the last day of every month, and no day after it', () => {
    // 31 days in January, March, May, July, August, October, December; 30 in April, June, September, November
    const lastDays: [number, number][] = [[1, 31], [3, 31], [4, 30], [5, 31], [6, 30], [7, 31], [8, 31], [9, 30], [10, 31], [11, 30], [12, 31]];
    for (const [month, last] of lastDays) {
      const mm = String(month).padStart(2, '0');
      expect(parseIsoTimestamp(`2019-${mm}-${last}T00:00:00Z`)).toBe(Date.UTC(2019, month - 1, last));
      expect(parseIsoTimestamp(`2019-${mm}-${last + 1}T00:00:00Z`)).toBeNaN();
    }
    expect(parseIsoTimestamp('2019-02-28T00:00:00Z')).toBe(Date.UTC(2019, 1, 28));
    expect(parseIsoTimestamp('2020-02-30T00:00:00Z')).toBeNaN();
  });

  it('takes offsets up to ±23:59 written ±HH:MM or ±HHMM', () => {
    // 2019-01-05T00:00+23:59 = 2019-01-04T00:01Z; 2019-01-05T00:00-23:59 = 2019-01-05T23:59Z
    expect(parseIsoTimestamp('2019-01-05T00:00+23:59')).toBe(Date.UTC(2019, 0, 4, 0, 1));
    expect(parseIsoTimestamp('2019-01-05T00:00-2359')).toBe(Date.UTC(2019, 0, 5, 23, 59));
  });

  it.each([
    ['2019-00-05T09:30:00Z', 'month 0'],
    ['2019-01-00T09:30:00Z', 'day 0'],
    ['2019-01-32T09:30:00Z', 'day 32'],
    ['2019/01-05T09:30:00Z', "'/' after the year"],
    ['2019-01/05T09:30:00Z', "'/' after the month"],
    ['2019-01-05X09:30:00Z', "'X' for 'T'"],
    ['2019-01-05T09.30:00Z', "'.' after the hour"],
    ['2019-01-05T09:30:00 08:00', "' ' for the offset's sign"],
    ['2019-01-05T07:00:00+0530x', 'a character after ±HHMM'],
    ['2019-01-05T07:00:00+053', 'three digits of offset'],
    ['2019-01-05T09:30:00+24:00', 'offset hour 24'],
    ['2019-01-05T09:30:00+08:60', 'offset minute 60'],
    ['2019-01-05T09:30:00+0860', 'offset minute 60, no colon'],
  ])('rejects %o (%s)', (text) => {
    expect(parseIsoTimestamp(text)).toBeNaN();
  });

  // Each digit replaced by '/' (just below '0') and by ':' and 'A' (above '9'). A digit reader that
  // let one through would give a number: '2A19' read as 2·10 + 17 = 37 → year 3719, '/' as −1
  // ('20/9' → 20·100 + (−10 + 9) = 1999), 'x0' minutes as −1.
  const sample = '2019-01-05T09:30:00+08:00';
  const digitPositions = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24];
  it.each(digitPositions.flatMap((at) => ['/', ':', 'A'].map((character) => sample.slice(0, at) + character + sample.slice(at + 1))))(
    'rejects %o (a non-digit among the digits)',
    (text) => {
      expect(parseIsoTimestamp(text)).toBeNaN();
    },
  );
});

describe('daysFromCivil', () => {
  it('counts days from 1970-01-01, for year 0 too', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    // 2019-01-31: Date.UTC(2019, 0, 31) / 86400000 = 17927
    expect(daysFromCivil(2019, 1, 31)).toBe(17927);
    // 1969-12-31 is the day before
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    // years 0–1969 hold 1970 · 365 + 478 leap days (493 multiples of 4, less 20 centuries, plus 5 multiples of 400)
    // = 719528 days, so 0000-01-01 is day −719528; 0000 is a leap year, so 0000-03-01 is 31 + 29 days later
    expect(daysFromCivil(0, 1, 1)).toBe(-719528);
    expect(daysFromCivil(0, 3, 1)).toBe(-719468);
  });
});
