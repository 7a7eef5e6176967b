import { describe, expect, it } from 'vitest';
import { parseIsoTimestamp } from '../../src/internal/parseIsoTimestamp.js';

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
