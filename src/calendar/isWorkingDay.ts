import { readOptions } from '../internal/readOptions.js';
import { readDate } from './engine/dayNumber.js';
import { assertCovered, isWorkingDayNumber, readCalendar } from './engine/readCalendar.js';
import type { WorkdayCalendar } from './WorkdayCalendar.js';

/**
 * Options of {@link isWorkingDay}.
 *
 * @category Calendar
 */
export interface IsWorkingDayOptions {
  /** The calendar to read; {@link CHINA_WORKDAY_CALENDAR} by default. */
  readonly calendar?: WorkdayCalendar;
}

/**
 * Whether a calendar date is a working day (工作日).
 *
 * Working days are what 行政许可法 第八十二条 counts time limits in: "以工作日计算，
 * 不含法定节假日". A date is a working day when a notice makes it one (a Saturday
 * or Sunday worked in exchange, 调休上班), or when it is Monday to Friday and no
 * notice gives it off:
 *
 * ```text
 * working(date) = worked(date)  or  (Monday–Friday(date) and not off(date))
 * ```
 *
 * The date is a calendar date written `YYYY-MM-DD`, never a `Date`: a date in
 * China is the same date on every machine, whatever its time zone. To read an
 * instant's date, use {@link dateAtOffset}.
 *
 * Edge cases: a date outside the calendar's years is a `RangeError`, never a
 * guess from the day of the week.
 *
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @param options - `calendar` (default {@link CHINA_WORKDAY_CALENDAR}).
 * @returns `true` for a working day, `false` for a day off.
 * @throws {TypeError} `isWorkingDay requires date to be a date written YYYY-MM-DD, got 20200201`, or a `calendar` that {@link createWorkdayCalendar} did not make.
 * @throws {RangeError} `isWorkingDay requires date to be a date written YYYY-MM-DD, such as 2020-01-31, got "2020-02-30"`, or `isWorkingDay requires date to be within the calendar, which covers 2007–2026, got "2027-01-04"`.
 * @example
 * ```ts
 * // a Sunday worked before the 2020 Spring Festival
 * isWorkingDay('2020-01-19');
 * // => true
 * // the Saturday to be worked, given off by the extension of 26 January 2020
 * isWorkingDay('2020-02-01');
 * // => false
 * // a Saturday worked after 国庆 2019
 * isWorkingDay('2019-10-12');
 * // => true
 * isWorkingDay('2027-01-04');
 * // throws RangeError: isWorkingDay requires date to be within the calendar, which covers 2007–2026, got "2027-01-04"
 * ```
 * @see docs/working-days.md, the guide.
 * @category Calendar
 */
export function isWorkingDay(date: string, options?: IsWorkingDayOptions): boolean {
  const { calendar } = readOptions('isWorkingDay', options);
  const read = readCalendar('isWorkingDay', calendar);
  const day = readDate('isWorkingDay', 'date', date);
  assertCovered('isWorkingDay', 'date', read, day);
  return isWorkingDayNumber(read, day);
}
