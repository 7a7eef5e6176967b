import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../src/calendar/computeDeadline.js';
import { createWorkdayCalendar } from '../../src/calendar/createWorkdayCalendar.js';

const wd = (amount: number) => ({ amount, unit: 'working-days' }) as const;
const nd = (amount: number) => ({ amount, unit: 'natural-days' }) as const;
/** The end (24:00, UTC+8) of a date, as epoch ms. */
const endOf = (date: string): number => Date.parse(`${date}T00:00:00+08:00`) + 86_400_000;

describe('computeDeadline', () => {
  it('starts counting the day after acceptance (民法典 第二百零一条)', () => {
    // Friday 2019-09-27, 1 working day: Saturday 28 off, Sunday 29 September worked (国庆调休)
    expect(computeDeadline('2019-09-27T16:00:00+08:00', wd(1))).toEqual({ lastDay: '2019-09-29', dueAt: endOf('2019-09-29') });
    // 2 working days: Monday 30 September; 3: across 国庆 to Tuesday 8 October
    expect(computeDeadline('2019-09-27T16:00:00+08:00', wd(2)).lastDay).toBe('2019-09-30');
    expect(computeDeadline('2019-09-27T16:00:00+08:00', wd(3)).lastDay).toBe('2019-10-08');
  });

  it('counts the acceptance day itself when asked', () => {
    expect(computeDeadline('2019-09-27T09:00:00+08:00', wd(1), { countAcceptanceDay: true }).lastDay).toBe('2019-09-27');
    expect(computeDeadline('2019-09-27T09:00:00+08:00', wd(2), { countAcceptanceDay: true }).lastDay).toBe('2019-09-29');
    // An acceptance on a day off is not a working day to count: the count starts at the next one
    expect(computeDeadline('2019-10-03T09:00:00+08:00', wd(1), { countAcceptanceDay: true }).lastDay).toBe('2019-10-08');
    // Natural days count every day, the acceptance day included
    expect(computeDeadline('2019-09-10T09:00:00+08:00', nd(20), { countAcceptanceDay: true }).lastDay).toBe('2019-09-29');
  });

  it('skips 春节 2020 as extended to 2 February, Saturday 1 February included', () => {
    // Thursday 23 January; 24 January to 2 February off; 3, 4, 5 February
    expect(computeDeadline('2020-01-23T10:00:00+08:00', wd(3))).toEqual({ lastDay: '2020-02-05', dueAt: endOf('2020-02-05') });
    // Without the extension, Saturday 1 February would have been day 2 (31 January, 1 February, 3 February)
    expect(computeDeadline('2020-01-23T10:00:00+08:00', wd(1)).lastDay).toBe('2020-02-03');
    // Accepted on Sunday 19 January, a day worked: 20, 21, 22, 23 January, then 3 February
    expect(computeDeadline('2020-01-19T10:00:00+08:00', wd(5)).lastDay).toBe('2020-02-03');
  });

  it('moves a natural-day limit ending on a day off to the next working day (民法典 第二百零三条)', () => {
    // From 2019-09-10: day 20 is Monday 30 September; day 21 is 1 October (国庆) → Tuesday 8 October
    expect(computeDeadline('2019-09-10T09:00:00+08:00', nd(20)).lastDay).toBe('2019-09-30');
    expect(computeDeadline('2019-09-10T09:00:00+08:00', nd(21)).lastDay).toBe('2019-10-08');
    // Day 18 is Saturday 28 September → Sunday 29, a day worked
    expect(computeDeadline('2019-09-10T09:00:00+08:00', nd(18)).lastDay).toBe('2019-09-29');
    // From Friday 2020-01-17, 7 days: Friday 24 January (除夕) → 3 February, after the extension
    expect(computeDeadline('2020-01-17T09:00:00+08:00', nd(7)).lastDay).toBe('2020-02-03');
  });

  it('ends at 24:00, or at the closing time given, at the offset', () => {
    expect(computeDeadline('2019-09-27T16:00:00+08:00', wd(1), { closingTime: '17:30' }).dueAt).toBe(Date.parse('2019-09-29T17:30:00+08:00'));
    expect(computeDeadline('2019-09-27T16:00:00+08:00', wd(1), { closingTime: '24:00' }).dueAt).toBe(endOf('2019-09-29'));
    // Accepted 2019-09-28T17:00Z: 01:00 on Sunday 29 September in Beijing, 17:00 on Saturday 28 in UTC
    expect(computeDeadline('2019-09-28T17:00:00Z', wd(1))).toEqual({ lastDay: '2019-09-30', dueAt: endOf('2019-09-30') });
    expect(computeDeadline('2019-09-28T17:00:00Z', wd(1), { utcOffsetMinutes: 0 })).toEqual({
      lastDay: '2019-09-29',
      dueAt: Date.parse('2019-09-30T00:00:00Z'),
    });
  });

  it('gives 即办 (0) the end of the day of acceptance', () => {
    expect(computeDeadline('2020-01-19T15:00:00+08:00', wd(0))).toEqual({ lastDay: '2020-01-19', dueAt: endOf('2020-01-19') });
    expect(computeDeadline(Date.parse('2020-01-19T15:00:00+08:00'), nd(0)).lastDay).toBe('2020-01-19');
  });

  it('extends a working-day limit by the working days a pause covers (行政许可法 第四十五条, 补正)', () => {
    // Friday 2019-09-20, 10 working days: 23–27 Sep (5), Sun 29 (6), Mon 30 (7), 8, 9, 10 Oct → 10 October
    expect(computeDeadline('2019-09-20T09:00:00+08:00', wd(10)).lastDay).toBe('2019-10-10');
    // 补正 from 24 to 26 September, 3 working days: 11 Oct, Saturday 12 Oct (worked), Monday 14 Oct
    const pauses = [{ from: '2019-09-24', to: '2019-09-26' }];
    expect(computeDeadline('2019-09-20T09:00:00+08:00', wd(10), { pauses }).lastDay).toBe('2019-10-14');
    // A pause over 国庆 covers no working day and changes nothing; one after the deadline neither
    expect(computeDeadline('2019-09-20T09:00:00+08:00', wd(10), { pauses: [{ from: '2019-10-01', to: '2019-10-07' }] }).lastDay).toBe('2019-10-10');
    expect(computeDeadline('2019-09-20T09:00:00+08:00', wd(10), { pauses: [{ from: '2019-10-11', to: '2019-10-20' }] }).lastDay).toBe('2019-10-10');
    // Two pauses add up: 24–26 Sep (3) and Sunday 29 Sep, a day worked (1) → 15 October
    expect(
      computeDeadline('2019-09-20T09:00:00+08:00', wd(10), { pauses: [...pauses, { from: '2019-09-29', to: '2019-09-29' }] }).lastDay,
    ).toBe('2019-10-15');
  });

  it('extends a natural-day limit by the days a pause covers, then applies 第二百零三条', () => {
    // From 2019-09-10, 20 days end 30 Sep; a 2-day 检验 (12–13 Sep) makes it 2 October (国庆) → 8 October
    expect(computeDeadline('2019-09-10T09:00:00+08:00', nd(20), { pauses: [{ from: '2019-09-12', to: '2019-09-13' }] }).lastDay).toBe('2019-10-08');
  });

  it('adds hours to the instant, with no calendar', () => {
    const deadline = computeDeadline('2020-01-23T10:00:00+08:00', { amount: 48, unit: 'hours' });
    expect(deadline).toEqual({ lastDay: '2020-01-25', dueAt: Date.parse('2020-01-25T10:00:00+08:00') });
    expect(computeDeadline('2027-06-01T10:00:00+08:00', { amount: 2, unit: 'hours' }).lastDay).toBe('2027-06-01');
    expect(() => computeDeadline('2020-01-23T10:00:00+08:00', { amount: 48, unit: 'hours' }, { pauses: [{ from: '2020-01-24', to: '2020-01-24' }] })).toThrowError(
      new RangeError('computeDeadline requires pauses to be empty for a limit in hours, got an array of length 1'),
    );
    expect(() => computeDeadline(0, { amount: 2_400_000_001, unit: 'hours' })).toThrowError(
      new RangeError("computeDeadline requires limit.amount (2400000001 hours) to end within a Date's range, got 2400000001"),
    );
    expect(computeDeadline(0, { amount: 2_400_000_000, unit: 'hours' }).dueAt).toBe(8.64e15);
  });

  it('reads a calendar of the caller’s own', () => {
    const local = createWorkdayCalendar({ holidays: ['2019-09-30'] });
    expect(computeDeadline('2019-09-27T16:00:00+08:00', wd(2), { calendar: local }).lastDay).toBe('2019-10-08');
  });

  it('never counts past the calendar, and names the acceptance outside it', () => {
    expect(() => computeDeadline('2026-12-28T09:00:00+08:00', wd(4))).toThrowError(
      new RangeError('computeDeadline requires 4 working days after "2026-12-28" to stay within the calendar, which covers 2007–2026, and it goes past 2026-12-31'),
    );
    expect(() => computeDeadline('2027-01-04T09:00:00+08:00', wd(1))).toThrowError(
      new RangeError('computeDeadline requires acceptedAt to be within the calendar, which covers 2007–2026, got "2027-01-04T09:00:00+08:00" (2027-01-04)'),
    );
  });

  it('refuses a bad time, closing time or pause', () => {
    expect(() => computeDeadline('2019-09-27 16:00', wd(1))).toThrowError(
      new RangeError('computeDeadline requires acceptedAt to be epoch milliseconds or an ISO 8601 time with an offset, got "2019-09-27 16:00"'),
    );
    for (const bad of ['00:00', '24:01', '17:60', '5:30']) {
      expect(() => computeDeadline('2019-09-27T16:00:00+08:00', wd(1), { closingTime: bad })).toThrowError(
        new RangeError(`computeDeadline requires closingTime to be a time written HH:MM from 00:01 to 24:00, got "${bad}"`),
      );
    }
    expect(() => computeDeadline('2019-09-27T16:00:00+08:00', wd(1), { pauses: ['2019-09-30'] as never })).toThrowError(
      new TypeError('computeDeadline requires pauses[0] to be an object { from, to }, got "2019-09-30"'),
    );
  });
});
