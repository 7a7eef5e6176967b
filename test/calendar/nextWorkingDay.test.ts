import { describe, expect, it } from 'vitest';
import { nextWorkingDay } from '../../src/calendar/nextWorkingDay.js';

const RANGE = 'which covers 2007–2026';

describe('nextWorkingDay', () => {
  it('is the first working day strictly after the date', () => {
    expect(nextWorkingDay('2019-10-11')).toBe('2019-10-12'); // Friday → the Saturday worked
    expect(nextWorkingDay('2019-09-30')).toBe('2019-10-08'); // across 国庆
    expect(nextWorkingDay('2020-02-03')).toBe('2020-02-04');
    expect(nextWorkingDay('2020-01-18')).toBe('2020-01-19'); // Saturday → the Sunday worked
  });

  it('does not search past the calendar', () => {
    expect(nextWorkingDay('2026-12-30')).toBe('2026-12-31');
    expect(() => nextWorkingDay('2026-12-31')).toThrowError(
      new RangeError(`nextWorkingDay requires the next working day after "2026-12-31" to stay within the calendar, ${RANGE}, and it goes past 2026-12-31`),
    );
  });
});
