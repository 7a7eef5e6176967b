import { describeValue } from '../internal/describeValue.js';
import { readOptions } from '../internal/readOptions.js';
import { calendarDays, registerCalendar } from './engine/calendarDays.js';
import { daysFromCivil, formatDay, readDate } from './engine/dayNumber.js';
import { readCalendar } from './engine/readCalendar.js';
import { readDateRanges } from './engine/readDateRanges.js';
import type { DateRange } from './DateRange.js';
import type { CalendarSource, WorkdayCalendar } from './WorkdayCalendar.js';

/**
 * Options of {@link createWorkdayCalendar}.
 *
 * @category Calendar
 */
export interface CreateWorkdayCalendarOptions {
  /** The calendar to start from; {@link CHINA_WORKDAY_CALENDAR} by default. */
  readonly extend?: WorkdayCalendar;
  /** The first year covered, when it is earlier than `extend`'s; every date of the added years that is not listed follows Monday to Friday. */
  readonly firstYear?: number;
  /** The last year covered, when it is later than `extend`'s: the year of a notice newer than the package. */
  readonly lastYear?: number;
  /** Days off: dates `YYYY-MM-DD` or runs `{ from, to }` (both included). They override `extend`. */
  readonly holidays?: readonly (string | DateRange)[];
  /** Working days: dates `YYYY-MM-DD`, usually weekend days worked (调休上班). They override `extend`. */
  readonly workdays?: readonly string[];
  /** The notices the added days come from, listed after `extend`'s. */
  readonly sources?: readonly CalendarSource[];
}

const YEAR_MIN = 1000;
const YEAR_MAX = 9999;

function readYear(name: string, value: unknown, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number') throw new TypeError(`createWorkdayCalendar requires ${name} to be a number, got ${describeValue(value)}`);
  if (!Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX) {
    throw new RangeError(`createWorkdayCalendar requires ${name} to be an integer from ${YEAR_MIN} to ${YEAR_MAX}, got ${describeValue(value)}`);
  }
  return value;
}

function readSources(value: unknown): CalendarSource[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`createWorkdayCalendar requires sources to be an array, got ${describeValue(value)}`);
  return value.map((item: unknown, index): CalendarSource => {
    const at = `sources[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new TypeError(`createWorkdayCalendar requires ${at} to be an object { year, title, number, date }, got ${describeValue(item)}`);
    }
    const { year, title, number, date } = item as Record<string, unknown>;
    const checkedYear = readYear(`${at}.year`, year);
    for (const [key, text] of [['title', title], ['number', number]] as const) {
      if (typeof text !== 'string') throw new TypeError(`createWorkdayCalendar requires ${at}.${key} to be a string, got ${describeValue(text)}`);
    }
    readDate('createWorkdayCalendar', `${at}.date`, date);
    return { year: checkedYear, title: title as string, number: number as string, date: date as string };
  });
}

/**
 * Makes a working-day calendar of one's own: the bundled calendar (or another)
 * with local arrangements added, or with a year whose notice is newer than
 * the package.
 *
 * Local arrangements are real: a province's extra holiday, a centre that opens
 * on a Saturday, the days of a notice published after this version. The
 * result is a new calendar; `extend` is unchanged.
 *
 * ```text
 * working(date) = date ∈ workdays  or  (date ∉ holidays  and  extend says working)
 * covered years = firstYear … lastYear   (by default extend's; never fewer than extend's)
 * ```
 *
 * Years added by `firstYear` or `lastYear` follow Monday to Friday except for
 * the days listed: giving `lastYear: 2027` is saying that the lists hold the
 * whole of 2027's notice.
 *
 * Edge cases: a date in both lists, a listed date outside the covered years, or
 * a `firstYear` or `lastYear` that would drop a year of `extend`, is a
 * `RangeError`; a `workdays` entry on a weekday, or a holiday on a weekend,
 * changes nothing and is allowed.
 *
 * @param options - `extend`, `firstYear`, `lastYear`, `holidays`, `workdays`, `sources`.
 * @returns A frozen {@link WorkdayCalendar}.
 * @throws {TypeError} `createWorkdayCalendar requires holidays to be an array, got "2027-01-01"`, a date that is not a string, or an `extend` that this function did not make.
 * @throws {RangeError} `createWorkdayCalendar requires lastYear to be an integer from 1000 to 9999, got 1.5`, a date not written `YYYY-MM-DD`, `createWorkdayCalendar requires workdays[0] to be within the calendar, which covers 2007–2026, got "2027-01-02"`, or `createWorkdayCalendar requires 2026-10-08 to be in holidays or in workdays, not in both`.
 * @example
 * ```ts
 * // A centre that also closes on 2026-12-31, and opens on Saturday 2026-12-26
 * const local = createWorkdayCalendar({ holidays: ['2026-12-31'], workdays: ['2026-12-26'] });
 * isWorkingDay('2026-12-31', { calendar: local });
 * // => false
 * isWorkingDay('2026-12-31');
 * // => true
 * // The notice for 2027, once published: its days, and the year it covers
 * const next = createWorkdayCalendar({ lastYear: 2027, holidays: [{ from: '2027-01-01', to: '2027-01-03' }] });
 * next.lastYear;
 * // => 2027
 * isWorkingDay('2027-01-04', { calendar: next });
 * // => true
 * ```
 * @see docs/working-days.md, how to add a year when the next notice is published.
 * @category Calendar
 */
export function createWorkdayCalendar(options?: CreateWorkdayCalendarOptions): WorkdayCalendar {
  const { extend, firstYear, lastYear, holidays, workdays, sources } = readOptions('createWorkdayCalendar', options);
  const base = readCalendar('createWorkdayCalendar', extend, 'extend');
  const first = readYear('firstYear', firstYear, base.calendar.firstYear);
  const last = readYear('lastYear', lastYear, base.calendar.lastYear);
  // A calendar of one's own adds years; it never drops the years of the one it extends.
  if (first > base.calendar.firstYear) {
    throw new RangeError(`createWorkdayCalendar requires firstYear to be at most ${base.calendar.firstYear}, the first year of extend, got ${first}`);
  }
  if (last < base.calendar.lastYear) {
    throw new RangeError(`createWorkdayCalendar requires lastYear to be at least ${base.calendar.lastYear}, the last year of extend, got ${last}`);
  }
  const firstDay = daysFromCivil(first, 1, 1);
  const lastDay = daysFromCivil(last, 12, 31);
  const exceptions = new Map(calendarDays(base.calendar)?.exceptions);
  const listed = new Map<number, string>();
  const add = (name: string, range: readonly [number, number], worked: boolean): void => {
    for (let day = range[0]; day <= range[1]; day += 1) {
      if (day < firstDay || day > lastDay) {
        throw new RangeError(
          `createWorkdayCalendar requires ${name} to be within the calendar, which covers ${first}–${last}, got ${describeValue(formatDay(day))}`,
        );
      }
      const other = listed.get(day);
      if (other !== undefined && other !== (worked ? 'workdays' : 'holidays')) {
        throw new RangeError(`createWorkdayCalendar requires ${formatDay(day)} to be in holidays or in workdays, not in both`);
      }
      listed.set(day, worked ? 'workdays' : 'holidays');
      exceptions.set(day, worked);
    }
  };
  readDateRanges('createWorkdayCalendar', 'holidays', holidays, true).forEach((range, index) => add(`holidays[${index}]`, range, false));
  if (workdays !== undefined && !Array.isArray(workdays)) {
    throw new TypeError(`createWorkdayCalendar requires workdays to be an array, got ${describeValue(workdays)}`);
  }
  (workdays ?? []).forEach((date: unknown, index) => {
    const day = readDate('createWorkdayCalendar', `workdays[${index}]`, date);
    add(`workdays[${index}]`, [day, day], true);
  });
  return registerCalendar(
    { firstYear: first, lastYear: last, sources: [...base.calendar.sources, ...readSources(sources)] },
    exceptions,
  );
}
