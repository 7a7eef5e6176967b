import { readOptions } from '../internal/readOptions.js';
import { formatDay, readDate } from './engine/dayNumber.js';
import { assertCovered, isWorkingDayNumber, readCalendar, stepDay } from './engine/readCalendar.js';
import type { WorkdayCalendar } from './WorkdayCalendar.js';

/**
 * Options of {@link nextWorkingDay}.
 *
 * @category Calendar
 */
export interface NextWorkingDayOptions {
  /** The calendar to read; {@link CHINA_WORKDAY_CALENDAR} by default. */
  readonly calendar?: WorkdayCalendar;
}

/**
 * The first working day after a date (the date itself is never the answer).
 *
 * This is where a period whose last day is a day off ends (民法典 第二百零三条:
 * "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日"), and
 * where a case accepted before a holiday is next handled.
 *
 * ```text
 * nextWorkingDay(date) = the least d > date with isWorkingDay(d)
 * ```
 *
 * Edge cases: the search never leaves the calendar's years; a date whose next
 * working day would be after the last year is a `RangeError`.
 *
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @param options - `calendar` (default {@link CHINA_WORKDAY_CALENDAR}).
 * @returns The next working day, `YYYY-MM-DD`.
 * @throws {TypeError} `nextWorkingDay requires date to be a date written YYYY-MM-DD, got null`, or a `calendar` that {@link createWorkdayCalendar} did not make.
 * @throws {RangeError} a date not written `YYYY-MM-DD` or outside the calendar (as {@link isWorkingDay}), or `nextWorkingDay requires the next working day after "2026-12-31" to stay within the calendar, which covers 2007–2026, and it goes past 2026-12-31`.
 * @example
 * ```ts
 * // the day before the 2020 Spring Festival, extended to 2 February
 * nextWorkingDay('2020-01-23');
 * // => '2020-02-03'
 * // a Saturday; Sunday 29 September 2019 was worked
 * nextWorkingDay('2019-09-28');
 * // => '2019-09-29'
 * ```
 * @see docs/working-days.md, the guide.
 * @category Calendar
 */
export function nextWorkingDay(date: string, options?: NextWorkingDayOptions): string {
  const { calendar } = readOptions('nextWorkingDay', options);
  const read = readCalendar('nextWorkingDay', calendar);
  const start = readDate('nextWorkingDay', 'date', date);
  assertCovered('nextWorkingDay', 'date', read, start);
  let day = start;
  do {
    day = stepDay('nextWorkingDay', read, day, 1, () => `the next working day after "${date}"`);
  } while (!isWorkingDayNumber(read, day));
  return formatDay(day);
}
