import type { WorkdayCalendar } from '../WorkdayCalendar.js';
import { daysFromCivil } from './dayNumber.js';

/** What a calendar knows: the days that differ from Monday-to-Friday, and its bounds as day numbers. */
export interface CalendarDays {
  /** Day number → true for a weekend day worked, false for a day off. */
  readonly exceptions: ReadonlyMap<number, boolean>;
  /** The day number of 1 January of the first year. */
  readonly firstDay: number;
  /** The day number of 31 December of the last year. */
  readonly lastDay: number;
}

/** The days of every calendar made by this concern, kept out of the calendar object so that no caller can change them. */
const DAYS = new WeakMap<WorkdayCalendar, CalendarDays>();

/**
 * Makes a frozen calendar and records its days.
 *
 * @internal
 */
export function registerCalendar(
  calendar: WorkdayCalendar,
  exceptions: ReadonlyMap<number, boolean>,
): WorkdayCalendar {
  const frozen = Object.freeze({ ...calendar, sources: Object.freeze(calendar.sources.map((source) => Object.freeze({ ...source }))) });
  DAYS.set(frozen, {
    exceptions,
    firstDay: daysFromCivil(calendar.firstYear, 1, 1),
    lastDay: daysFromCivil(calendar.lastYear, 12, 31),
  });
  return frozen;
}

/**
 * The days of a calendar, or undefined for an object this concern did not make.
 *
 * @internal
 */
export function calendarDays(calendar: unknown): CalendarDays | undefined {
  return typeof calendar === 'object' && calendar !== null ? DAYS.get(calendar as WorkdayCalendar) : undefined;
}
