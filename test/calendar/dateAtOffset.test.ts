import { describe, expect, it } from 'vitest';
import { dateAtOffset } from '../../src/calendar/dateAtOffset.js';

describe('dateAtOffset', () => {
  it('gives the date in China (UTC+8) by default', () => {
    // 2020-01-31T15:59:59.999Z is 23:59:59.999 on 31 January in Beijing; a millisecond later it is 1 February.
    expect(dateAtOffset(Date.parse('2020-01-31T15:59:59.999Z'))).toBe('2020-01-31');
    expect(dateAtOffset(Date.parse('2020-01-31T16:00:00Z'))).toBe('2020-02-01');
  });

  it('gives the date at the offset asked for', () => {
    const instant = Date.parse('2020-01-31T16:00:00Z');
    expect(dateAtOffset(instant, { utcOffsetMinutes: 0 })).toBe('2020-01-31');
    expect(dateAtOffset(instant, { utcOffsetMinutes: -480 })).toBe('2020-01-31');
    expect(dateAtOffset(Date.parse('2020-01-31T07:59:59Z'), { utcOffsetMinutes: -480 })).toBe('2020-01-30');
    expect(dateAtOffset(Date.parse('2019-12-31T10:00:00Z'), { utcOffsetMinutes: 840 })).toBe('2020-01-01');
  });

  it('reads instants before 1970 and at the ends of a Date', () => {
    expect(dateAtOffset(-1, { utcOffsetMinutes: 0 })).toBe('1969-12-31');
    expect(dateAtOffset(8.64e15, { utcOffsetMinutes: 0 })).toBe('275760-09-13');
  });

  it('refuses what is not whole epoch ms, and a bad offset', () => {
    expect(() => dateAtOffset(1.5)).toThrowError(
      new RangeError("dateAtOffset requires instantMs to be whole epoch milliseconds within a Date's range, got 1.5"),
    );
    expect(() => dateAtOffset(0, { utcOffsetMinutes: 900 })).toThrowError(
      new RangeError('dateAtOffset requires utcOffsetMinutes to be an integer from -720 to 840, got 900'),
    );
  });
});
