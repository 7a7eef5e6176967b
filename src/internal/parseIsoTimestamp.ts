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
  return parseIsoInto(text) ? (PARSED[0] as number) : Number.NaN;
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
 * milliseconds in `PARSED[0]`, or false when `text` is not a timestamp with an offset.
 *
 * @internal
 */
export function parseIsoInto(text: string): boolean {
  const length = text.length;
  // Stryker disable next-line ConditionalExpression: a fast path; a shorter string fails below anyway, a missing digit read as -1 or a missing offset sign
  if (length < 17) return false;
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
    return false;
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
