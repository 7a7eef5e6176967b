import { describe, expect, it } from 'vitest';
import { countWorkingDays } from '../../src/calendar/countWorkingDays.js';

const RANGE = 'which covers 2007–2026';

describe('countWorkingDays', () => {
  it('excludes from and includes to', () => {
    // 国庆 2019: Mon 30 Sep is a working day, 1–7 Oct off, Tue 8 Oct working
    expect(countWorkingDays('2019-09-30', '2019-10-08')).toBe(1);
    expect(countWorkingDays('2019-09-29', '2019-10-08')).toBe(2);
    expect(countWorkingDays('2019-10-01', '2019-10-07')).toBe(0);
  });

  it('is negative when to is before from, and never -0', () => {
    expect(countWorkingDays('2019-10-08', '2019-09-29')).toBe(-2);
    expect(Object.is(countWorkingDays('2019-10-07', '2019-10-01'), 0)).toBe(true);
  });

  it('names the date outside the calendar', () => {
    expect(() => countWorkingDays('2026-12-01', '2027-01-04')).toThrowError(
      new RangeError(`countWorkingDays requires to to be within the calendar, ${RANGE}, got "2027-01-04"`),
    );
  });
});
