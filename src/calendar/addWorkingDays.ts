import { describeValue } from '../internal/describeValue.js';
import { readOptions } from '../internal/readOptions.js';
import { formatDay, readDate } from './engine/dayNumber.js';
import { assertCovered, isWorkingDayNumber, readCalendar, stepDay } from './engine/readCalendar.js';
import type { WorkdayCalendar } from './WorkdayCalendar.js';

/**
 * Options of {@link addWorkingDays}.
 *
 * @category Calendar
 */
export interface AddWorkingDaysOptions {
  /** The calendar to read; {@link CHINA_WORKDAY_CALENDAR} by default. */
  readonly calendar?: WorkdayCalendar;
}

/**
 * The date `amount` working days after a date (before it, for a negative
 * `amount`), like date-fns's `addBusinessDays` but on China's calendar.
 *
 * The date itself is not counted: the first working day after it is day 1
 * (民法典 第二百零一条: "开始的当日不计入"). So a case accepted on a Friday with
 * 1 working day is due on the next working day, and
 * `countWorkingDays(date, addWorkingDays(date, n)) = n` for every `n ≥ 0`.
 *
 * ```text
 * addWorkingDays(date, n) = the n-th working day after date   (n > 0)
 *                         = the |n|-th working day before date (n < 0)
 *                         = date                               (n = 0)
 * ```
 *
 * Edge cases: `amount` 0 gives the date unchanged, working day or not.
 * Counting never leaves the calendar's years: a result past its last year is a
 * `RangeError`.
 *
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @param amount - Working days to add: a safe integer, negative to go back.
 * @param options - `calendar` (default {@link CHINA_WORKDAY_CALENDAR}).
 * @returns The date reached, `YYYY-MM-DD`.
 * @throws {TypeError} `addWorkingDays requires amount to be a number, got "3"`; a date that is not a string; a `calendar` that {@link createWorkdayCalendar} did not make.
 * @throws {RangeError} `addWorkingDays requires amount to be an integer, got 1.5`; a bad or uncovered date (as {@link isWorkingDay}); or `addWorkingDays requires 5 working days after "2026-12-29" to stay within the calendar, which covers 2007–2026, and it goes past 2026-12-31`.
 * @example
 * ```ts
 * // Friday 2020-01-17: Sunday 19 January is worked, then 春节 (extended) runs to 2 February
 * addWorkingDays('2020-01-17', 1);
 * // => '2020-01-19'
 * addWorkingDays('2020-01-17', 6);
 * // => '2020-02-03'
 * // 国庆 2019: 1 to 7 October off, Saturday 12 October worked
 * addWorkingDays('2019-09-30', 5);
 * // => '2019-10-12'
 * addWorkingDays('2019-10-08', -1);
 * // => '2019-09-30'
 * ```
 * @see docs/working-days.md, the guide.
 * @category Calendar
 */
export function addWorkingDays(date: string, amount: number, options?: AddWorkingDaysOptions): string {
  const { calendar } = readOptions('addWorkingDays', options);
  const read = readCalendar('addWorkingDays', calendar);
  const start = readDate('addWorkingDays', 'date', date);
  if (typeof amount !== 'number') throw new TypeError(`addWorkingDays requires amount to be a number, got ${describeValue(amount)}`);
  if (!Number.isSafeInteger(amount)) throw new RangeError(`addWorkingDays requires amount to be an integer, got ${describeValue(amount)}`);
  assertCovered('addWorkingDays', 'date', read, start);
  const step = amount < 0 ? -1 : 1;
  const what = (): string => `${Math.abs(amount)} working days ${step === 1 ? 'after' : 'before'} "${date}"`;
  let day = start;
  for (let left = Math.abs(amount); left > 0; ) {
    day = stepDay('addWorkingDays', read, day, step, what);
    if (isWorkingDayNumber(read, day)) left -= 1;
  }
  return formatDay(day);
}
