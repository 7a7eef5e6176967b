import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/addWorkingDays.js';
import { countWorkingDays } from '../../src/calendar/countWorkingDays.js';
import { createWorkdayCalendar } from '../../src/calendar/createWorkdayCalendar.js';
import { isWorkingDay } from '../../src/calendar/isWorkingDay.js';

const RANGE = 'which covers 2007–2026';

describe('createWorkdayCalendar', () => {
  it('adds local holidays and working days over the bundled calendar, which stays as it was', () => {
    const local = createWorkdayCalendar({ holidays: [{ from: '2026-03-02', to: '2026-03-03' }, '2026-03-05'], workdays: ['2026-03-07'] });
    expect(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-07'].map((d) => isWorkingDay(d, { calendar: local }))).toEqual([
      false, false, true, false, true,
    ]);
    expect(['2026-03-02', '2026-03-07'].map((d) => isWorkingDay(d))).toEqual([true, false]);
    expect(countWorkingDays('2026-03-01', '2026-03-08', { calendar: local })).toBe(3);
  });

  it('adds a year when its notice is published, and names it in the sources', () => {
    const source = { year: 2027, title: 'a notice for 2027', number: '', date: '2026-11-30' };
    const next = createWorkdayCalendar({ lastYear: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'], sources: [source] });
    expect([next.firstYear, next.lastYear]).toEqual([2007, 2027]);
    expect(next.sources.at(-1)).toEqual(source);
    expect(next.sources).toHaveLength(24);
    expect(addWorkingDays('2026-12-31', 1, { calendar: next })).toBe('2027-01-02');
    expect(isWorkingDay('2020-02-01', { calendar: next })).toBe(false);
    expect(() => isWorkingDay('2028-01-03', { calendar: next })).toThrowError(
      new RangeError('isWorkingDay requires date to be within the calendar, which covers 2007–2027, got "2028-01-03"'),
    );
  });

  it('extends a calendar of its own making', () => {
    const first = createWorkdayCalendar({ holidays: ['2026-03-02'] });
    const second = createWorkdayCalendar({ extend: first, holidays: ['2026-03-03'] });
    expect(['2026-03-02', '2026-03-03'].map((d) => isWorkingDay(d, { calendar: second }))).toEqual([false, false]);
    expect(isWorkingDay('2026-03-03', { calendar: first })).toBe(true);
  });

  it('adds years and never drops one', () => {
    expect(createWorkdayCalendar({ firstYear: 2000 }).firstYear).toBe(2000);
    expect(() => createWorkdayCalendar({ firstYear: 2010 })).toThrowError(
      new RangeError('createWorkdayCalendar requires firstYear to be at most 2007, the first year of extend, got 2010'),
    );
    expect(() => createWorkdayCalendar({ lastYear: 2025 })).toThrowError(
      new RangeError('createWorkdayCalendar requires lastYear to be at least 2026, the last year of extend, got 2025'),
    );
  });

  it('refuses a date outside the years, a date in both lists, and a range that runs backwards', () => {
    expect(() => createWorkdayCalendar({ workdays: ['2027-01-02'] })).toThrowError(
      new RangeError(`createWorkdayCalendar requires workdays[0] to be within the calendar, ${RANGE}, got "2027-01-02"`),
    );
    expect(() => createWorkdayCalendar({ holidays: [{ from: '2026-10-08', to: '2026-10-09' }], workdays: ['2026-10-08'] })).toThrowError(
      new RangeError('createWorkdayCalendar requires 2026-10-08 to be in holidays or in workdays, not in both'),
    );
    expect(() => createWorkdayCalendar({ holidays: [{ from: '2026-10-09', to: '2026-10-08' }] })).toThrowError(
      new RangeError('createWorkdayCalendar requires holidays[0].to ("2026-10-08") to be on or after holidays[0].from ("2026-10-09")'),
    );
    expect(() => createWorkdayCalendar({ holidays: [20261008] as unknown as string[] })).toThrowError(
      new TypeError('createWorkdayCalendar requires holidays[0] to be a date written YYYY-MM-DD or { from, to }, got 20261008'),
    );
    expect(() => createWorkdayCalendar({ sources: [{ year: 2027, title: 'x', number: 1, date: '2026-11-30' }] as never })).toThrowError(
      new TypeError('createWorkdayCalendar requires sources[0].number to be a string, got 1'),
    );
  });
});
