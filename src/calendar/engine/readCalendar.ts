import { describeValue } from '../../internal/describeValue.js';
import { CHINA_WORKDAY_CALENDAR } from '../chinaWorkdayCalendar.js';
import type { WorkdayCalendar } from '../WorkdayCalendar.js';
import { type CalendarDays, calendarDays } from './calendarDays.js';
import { formatDay, isWeekend } from './dayNumber.js';

/** A calendar read from options: its days and its public face (for messages). */
export interface ReadCalendar extends CalendarDays {
  readonly calendar: WorkdayCalendar;
}

/**
 * Reads the `calendar` option: absent gives {@link CHINA_WORKDAY_CALENDAR};
 * anything that {@link createWorkdayCalendar} did not make is a `TypeError`.
 *
 * @internal
 */
export function readCalendar(fn: string, calendar: unknown, name = 'calendar'): ReadCalendar {
  const chosen = calendar === undefined ? CHINA_WORKDAY_CALENDAR : calendar;
  const days = calendarDays(chosen);
  if (days === undefined) {
    throw new TypeError(
      `${fn} requires ${name} to be a calendar made by createWorkdayCalendar (or CHINA_WORKDAY_CALENDAR), got ${describeValue(calendar)}`,
    );
  }
  return { ...days, calendar: chosen as WorkdayCalendar };
}

/**
 * The years a calendar covers, as a message writes them: 2007–2026.
 *
 * @internal
 */
export function coverage(read: ReadCalendar): string {
  return `${read.calendar.firstYear}–${read.calendar.lastYear}`;
}

/**
 * Checks that a date given by the caller is within the calendar's years.
 *
 * @internal
 */
export function assertCovered(fn: string, name: string, read: ReadCalendar, day: number): void {
  if (day < read.firstDay || day > read.lastDay) {
    throw new RangeError(`${fn} requires ${name} to be within the calendar, which covers ${coverage(read)}, got ${describeValue(formatDay(day))}`);
  }
}

/**
 * Whether a day (within the calendar) is a working day: a weekend day worked,
 * or Monday to Friday and not a day off.
 *
 * @internal
 */
export function isWorkingDayNumber(read: ReadCalendar, day: number): boolean {
  return read.exceptions.get(day) ?? !isWeekend(day);
}

/**
 * The day after `day` (before it, for `step` −1), checked to be within the
 * calendar: counting never runs past the calendar's years into a guess.
 *
 * @internal
 */
export function stepDay(fn: string, read: ReadCalendar, day: number, step: 1 | -1, what: () => string): number {
  const next = day + step;
  if (next < read.firstDay || next > read.lastDay) {
    throw new RangeError(
      `${fn} requires ${what()} to stay within the calendar, which covers ${coverage(read)}, and it goes past ${formatDay(step === 1 ? read.lastDay : read.firstDay)}`,
    );
  }
  return next;
}
