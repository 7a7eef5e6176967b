import { describeValue } from '../../internal/describeValue.js';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of a calendar date: days since 1970-01-01, by arithmetic on
 * the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`), so that
 * no `Date` and no time zone is involved.
 *
 * @internal
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The date `YYYY-MM-DD` of a day number (the inverse of {@link daysFromCivil}).
 *
 * @internal
 */
export function formatDay(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

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
