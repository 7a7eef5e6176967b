import { describeValue } from '../../internal/describeValue.js';
import { formatCivilDay as formatDay } from '../../internal/formatCivilDay.js';
import { daysFromCivil } from '../../internal/parseIsoTimestamp.js';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// The day number of a calendar date and back, as the timestamp reader counts
// days (days since 1970-01-01, proleptic Gregorian, no time zone).
export { daysFromCivil, formatDay };

/**
 * The year of a day number.
 *
 * @internal
 */
export function yearOfDay(dayNumber: number): number {
  return Number(formatDay(dayNumber).slice(0, 4));
}

/**
 * True for a Saturday or a Sunday (1970-01-01, day 0, was a Thursday).
 *
 * @internal
 */
export function isWeekend(dayNumber: number): boolean {
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/**
 * Reads a calendar date written `YYYY-MM-DD` into its day number: a
 * `TypeError` for a non-string, a `RangeError` for a string that is not a
 * real date in that form (`2019-02-29`, `2019-2-1`, `2019-01-01T00:00`).
 *
 * @internal
 */
export function readDate(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn} requires ${name} to be a date written YYYY-MM-DD, got ${describeValue(value)}`);
  }
  const match = DATE_PATTERN.exec(value);
  const dayNumber = match === null ? Number.NaN : daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
  // A month or day out of range rolls over: the round trip catches it.
  if (match === null || formatDay(dayNumber) !== value) {
    throw new RangeError(`${fn} requires ${name} to be a date written YYYY-MM-DD, such as 2020-01-31, got ${describeValue(value)}`);
  }
  return dayNumber;
}
