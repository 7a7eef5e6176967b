import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/addWorkingDays.js';

const RANGE = 'which covers 2007–2026';

describe('addWorkingDays', () => {
  it('counts from the day after the date, over 春节 2019 and its make-up weekend', () => {
    // Thursday 2019-01-31: Fri 1 Feb (1), Sat 2 (2), Sun 3 (3), 4–10 off, Mon 11 (4)
    expect([1, 2, 3, 4].map((n) => addWorkingDays('2019-01-31', n))).toEqual(['2019-02-01', '2019-02-02', '2019-02-03', '2019-02-11']);
  });

  it('goes back for a negative amount, and leaves the date for 0', () => {
    expect(addWorkingDays('2019-02-11', -1)).toBe('2019-02-03');
    expect(addWorkingDays('2019-02-11', -3)).toBe('2019-02-01');
    expect(addWorkingDays('2019-02-09', 0)).toBe('2019-02-09');
  });

  it('refuses to count past the calendar', () => {
    expect(addWorkingDays('2026-12-28', 3)).toBe('2026-12-31');
    expect(() => addWorkingDays('2026-12-28', 4)).toThrowError(
      new RangeError(`addWorkingDays requires 4 working days after "2026-12-28" to stay within the calendar, ${RANGE}, and it goes past 2026-12-31`),
    );
    expect(() => addWorkingDays('2007-01-05', -2)).toThrowError(
      new RangeError(`addWorkingDays requires 2 working days before "2007-01-05" to stay within the calendar, ${RANGE}, and it goes past 2007-01-01`),
    );
  });
});
