/**
 * Reads an ISO 8601 / RFC 3339 timestamp that carries its own offset into
 * epoch milliseconds, without `Date.parse` and without the machine's time zone.
 *
 * ```text
 * YYYY-MM-DD(T| )HH:mm[:ss[.fraction]](Z|z|±HH:MM|±HHMM)
 * epoch ms = days(YYYY-MM-DD) · 86400000 + (HH·60 + mm − offset) · 60000 + ss · 1000 + ms
 * ```
 *
 * The digits are read with `charCodeAt` and the calendar arithmetic is
 * Howard Hinnant's `days_from_civil`, so a call allocates nothing. A fraction
 * keeps its first three digits (milliseconds; the rest is truncated). Years
 * 0001–9999, real calendar dates (2019-02-29 is rejected), hours 00–23,
 * minutes and seconds 00–59, offsets up to ±23:59. A string without an
 * offset is rejected: it would have to be read in some local time.
 *
 * @returns The epoch milliseconds, or `NaN` when `text` is not such a timestamp.
 * @internal
 */
export function parseIsoTimestamp(text: string): number {
  return parseIsoInto(text, Number.NaN, false) ? (PARSED[0] as number) : Number.NaN;
}

/**
 * Where {@link parseIsoInto} writes its result: a function that returns a
 * double boxes it on the heap unless inlined, and the tally loops read
 * millions of timestamps, so the result goes through this slot instead.
 *
 * @internal
 */
export const PARSED = new Float64Array(1);

/**
 * {@link parseIsoTimestamp} without allocation: true, with the epoch
 * milliseconds in `PARSED[0]`, or false when `text` is not a timestamp.
 *
 * With `wallClockOffsetMinutes` a number (not NaN), a time without an offset
 * is read as wall-clock time on a clock that many minutes ahead of UTC, in
 * every form {@link parseWallClockInto} takes: `2019-01-05 09:30:00` in one
 * pass here, other forms (`2019/1/5 9:30`, a date alone) there. A date alone
 * is the first millisecond of its day, or its last with `dayEnd`. With NaN,
 * a time without an offset is refused.
 *
 * @internal
 */
export function parseIsoInto(text: string, wallClockOffsetMinutes: number, dayEnd: boolean): boolean {
  const length = text.length;
  // A fast path for the full forms; a shorter string (a date alone, no seconds with a one-digit hour) is read by the wall-clock reader.
  if (length < 16) return wallClockOffsetMinutes === wallClockOffsetMinutes && parseWallClockInto(text, wallClockOffsetMinutes, dayEnd);
  const year = digits4(text, 0);
  const month = digits2(text, 5);
  const day = digits2(text, 8);
  const hour = digits2(text, 11);
  const minute = digits2(text, 14);
  const separator = text.charCodeAt(10);
  if (
    year < 1 || // also NaN-free: digits return -1 on a non-digit
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    text.charCodeAt(4) !== 45 || // '-'
    text.charCodeAt(7) !== 45 ||
    (separator !== 84 && separator !== 32) || // 'T' or ' '
    text.charCodeAt(13) !== 58 // ':'
  ) {
    return wallClockOffsetMinutes === wallClockOffsetMinutes && parseWallClockInto(text, wallClockOffsetMinutes, dayEnd);
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path that skips the month-length lookup; no month has fewer than 28 days
  if (day > 28) {
    if (day > daysInMonth(year, month)) return false;
  }
  let position = 16;
  let second = 0;
  let millisecond = 0;
  if (text.charCodeAt(position) === 58) {
    second = digits2(text, position + 1);
    if (second < 0 || second > 59) return false;
    position += 3;
    if (text.charCodeAt(position) === 46 || text.charCodeAt(position) === 44) {
      // '.' or ',': a fraction of a second, at least one digit
      position += 1;
      let scale = 100;
      const fractionStart = position;
      for (;;) {
        const digit = text.charCodeAt(position) - 48;
        if (!(digit >= 0 && digit <= 9)) break;
        millisecond += digit * scale;
        scale = scale === 1 ? 0 : scale / 10;
        position += 1;
      }
      if (position === fractionStart) return false;
    }
  }
  const sign = text.charCodeAt(position);
  let offsetMinutes = 0;
  if (sign === 90 || sign === 122) {
    // 'Z' or 'z'
    if (position + 1 !== length) return false;
  } else if (sign === 43 || sign === 45) {
    // '+' or '-': ±HH:MM or ±HHMM
    const offsetHour = digits2(text, position + 1);
    let offsetMinute: number;
    if (text.charCodeAt(position + 3) === 58) {
      offsetMinute = digits2(text, position + 4);
      if (position + 6 !== length) return false;
    } else {
      offsetMinute = digits2(text, position + 3);
      if (position + 5 !== length) return false;
    }
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return false;
    offsetMinutes = offsetHour * 60 + offsetMinute;
    if (sign === 45) offsetMinutes = -offsetMinutes;
  } else if (position === length && wallClockOffsetMinutes === wallClockOffsetMinutes) {
    // No offset: wall-clock time, when the caller says on which clock.
    offsetMinutes = wallClockOffsetMinutes;
  } else {
    return false;
  }
  PARSED[0] =
    daysFromCivil(year, month, day) * 86_400_000 + (hour * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + millisecond;
  return true;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (year ≥ 0).
 *
 * @internal
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Integer arithmetic (| 0) throughout: every value fits in 32 bits for years 0–9999,
  // and an int32 result is returned without a heap allocation.
  const y = month <= 2 ? year - 1 : year;
  // Stryker disable next-line EqualityOperator: for y = 0 both branches give era 0, as (0 - 399) / 400 | 0 is 0
  const era = (y >= 0 ? y : y - 399) / 400 | 0;
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) | 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two decimal digits at `at`, or -1 if either is not a digit. */
function digits2(text: string, at: number): number {
  const high = text.charCodeAt(at) - 48;
  const low = text.charCodeAt(at + 1) - 48;
  if (
    !(
      high <= 9 &&
      low >= 0 &&
      low <= 9 &&
      // Stryker disable next-line ConditionalExpression: below '0', high * 10 + low is negative, and every caller rejects a negative value
      high >= 0
    )
  ) {
    return -1;
  }
  return high * 10 + low;
}

/** Four decimal digits at `at`, or -1 if any is not a digit. */
function digits4(text: string, at: number): number {
  const high = digits2(text, at);
  const low = digits2(text, at + 2);
  if (
    low < 0 ||
    // Stryker disable next-line ConditionalExpression: a non-digit in the first two gives high * 100 + low from -100 to -1, which the caller's year < 1 rejects
    high < 0
  ) {
    return -1;
  }
  return high * 100 + low;
}

/**
 * Reads a wall-clock time as approval systems export it, on a clock
 * `offsetMinutes` ahead of UTC, into `PARSED[0]`; false when `text` is not one.
 *
 * ```text
 * date  = YYYY-M-D | YYYY/M/D        (month and day with one or two digits, one separator kind)
 * time  = H:MM[:SS[(.|,)fraction]]   (hour with one or two digits)
 * text  = date | date (T | spaces) time
 * epoch ms = days(date) · 86400000 + (H·60 + MM − offsetMinutes) · 60000 + SS · 1000 + ms
 * ```
 *
 * A date alone is the first millisecond of its day, or with `dayEnd` its
 * last (`days(date + 1) · 86400000 − 1 − offset`): a deadline given as a day
 * is met by a completion at any time that day. Years 0001–9999, real
 * calendar dates, hours 0–23, minutes and seconds 00–59; a fraction keeps
 * its first three digits. No offset may follow (that form is
 * {@link parseIsoInto}'s).
 *
 * @internal
 */
export function parseWallClockInto(text: string, offsetMinutes: number, dayEnd: boolean): boolean {
  const length = text.length;
  // Stryker disable next-line ConditionalExpression: a fast path; a shorter text has no four-digit year and a month and day
  if (length < 8 || length > 40) return false;
  const year = digits4(text, 0);
  const separator = text.charCodeAt(4);
  if (year < 1 || (separator !== 45 && separator !== 47)) return false; // '-' or '/'
  let position = 5;
  const month = readNumber(text, position);
  if (month < 0) return false;
  position += month >= 100 ? 2 : 1;
  if (text.charCodeAt(position) !== separator) return false;
  position += 1;
  const day = readNumber(text, position);
  if (day < 0) return false;
  position += day >= 100 ? 2 : 1;
  const monthValue = month % 100;
  const dayValue = day % 100;
  if (monthValue < 1 || monthValue > 12 || dayValue < 1 || dayValue > daysInMonth(year, monthValue)) return false;
  const days = daysFromCivil(year, monthValue, dayValue);
  if (position === length) {
    PARSED[0] = (dayEnd ? (days + 1) * 86_400_000 - 1 : days * 86_400_000) - offsetMinutes * 60_000;
    return true;
  }
  const gap = text.charCodeAt(position);
  if (gap === 84) {
    position += 1; // 'T'
  } else {
    if (gap !== 32) return false;
    while (text.charCodeAt(position) === 32) position += 1;
  }
  const hour = readNumber(text, position);
  if (hour < 0) return false;
  position += hour >= 100 ? 2 : 1;
  const hourValue = hour % 100;
  if (hourValue > 23 || text.charCodeAt(position) !== 58) return false;
  const minute = digits2(text, position + 1);
  if (minute < 0 || minute > 59) return false;
  position += 3;
  let second = 0;
  let millisecond = 0;
  if (text.charCodeAt(position) === 58) {
    second = digits2(text, position + 1);
    if (second < 0 || second > 59) return false;
    position += 3;
    if (text.charCodeAt(position) === 46 || text.charCodeAt(position) === 44) {
      position += 1;
      let scale = 100;
      const fractionStart = position;
      for (;;) {
        const digit = text.charCodeAt(position) - 48;
        if (!(digit >= 0 && digit <= 9)) break;
        millisecond += digit * scale;
        scale = scale === 1 ? 0 : scale / 10;
        position += 1;
      }
      if (position === fractionStart) return false;
    }
  }
  if (position !== length) return false;
  PARSED[0] = days * 86_400_000 + (hourValue * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + millisecond;
  return true;
}

/**
 * One or two decimal digits at `at` : the value plus 100 when
 * two digits were read (so the caller knows how far to move), or -1 when
 * there is no digit.
 */
function readNumber(text: string, at: number): number {
  const first = text.charCodeAt(at) - 48;
  if (!(first >= 0 && first <= 9)) return -1;
  const second = text.charCodeAt(at + 1) - 48;
  if (!(second >= 0 && second <= 9)) return first;
  return 100 + first * 10 + second;
}
