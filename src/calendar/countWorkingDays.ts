import { readOptions } from '../internal/readOptions.js';
import { readDate } from './engine/dayNumber.js';
import { assertCovered, isWorkingDayNumber, readCalendar } from './engine/readCalendar.js';
import type { WorkdayCalendar } from './WorkdayCalendar.js';

/**
 * Options of {@link countWorkingDays}.
 *
 * @category Calendar
 */
export interface CountWorkingDaysOptions {
  /** The calendar to read; {@link CHINA_WORKDAY_CALENDAR} by default. */
  readonly calendar?: WorkdayCalendar;
}

/**
 * The working days from one date to another: `from` excluded, `to` included,
 * as a period is counted from the day after its start (民法典 第二百零一条).
 *
 * It is the working days a case took: accepted on `from` and completed on
 * `to`, it took `countWorkingDays(from, to)` working days (0 when completed
 * the same day), and, counting forward, it is the inverse of {@link addWorkingDays}:
 *
 * ```text
 * countWorkingDays(from, to) = #{ d : from < d ≤ to, isWorkingDay(d) }     (from ≤ to)
 *                            = −countWorkingDays(to, from)                 (to < from)
 * ```
 *
 * Edge cases: equal dates give 0; a `to` before `from` gives a negative count,
 * as date-fns's `differenceInBusinessDays` does. Both dates must be within the
 * calendar's years.
 *
 * @param from - The first date, `YYYY-MM-DD`, not counted.
 * @param to - The last date, `YYYY-MM-DD`, counted when it is a working day.
 * @param options - `calendar` (default {@link CHINA_WORKDAY_CALENDAR}).
 * @returns An integer: the working days after `from` up to and including `to`.
 * @throws {TypeError} `countWorkingDays requires from to be a date written YYYY-MM-DD, got undefined` (likewise `to`), or a `calendar` that {@link createWorkdayCalendar} did not make.
 * @throws {RangeError} a bad or uncovered date (as {@link isWorkingDay}).
 * @example
 * ```ts
 * // The 2019 Spring Festival week: 4 to 10 February off, Saturday 2 and Sunday 3 February worked
 * countWorkingDays('2019-02-01', '2019-02-11');
 * // => 3
 * countWorkingDays('2019-02-11', '2019-02-01');
 * // => -3
 * countWorkingDays('2019-02-04', '2019-02-04');
 * // => 0
 * ```
 * @see docs/working-days.md, the guide.
 * @category Calendar
 */
export function countWorkingDays(from: string, to: string, options?: CountWorkingDaysOptions): number {
  const { calendar } = readOptions('countWorkingDays', options);
  const read = readCalendar('countWorkingDays', calendar);
  const start = readDate('countWorkingDays', 'from', from);
  const end = readDate('countWorkingDays', 'to', to);
  assertCovered('countWorkingDays', 'from', read, start);
  assertCovered('countWorkingDays', 'to', read, end);
  const [low, high] = start <= end ? [start, end] : [end, start];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) if (isWorkingDayNumber(read, day)) count += 1;
  // 0 - count, not -count: an empty span is 0, never -0.
  return start <= end ? count : 0 - count;
}
