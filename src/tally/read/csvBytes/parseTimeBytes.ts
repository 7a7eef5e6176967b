import { daysFromCivil, PARSED } from '../../../internal/parseIsoTimestamp.js';

/**
 * `parseIsoInto` on bytes, for the forms exports write most: `YYYY-MM-DD`
 * followed by `T` or a space, `HH:MM[:SS[(.|,)fraction]]` and an offset
 * (`Z`, `z`, `±HH:MM`, `±HHMM`) or, when `wallClockOffsetMinutes` is a
 * number, none; and a date alone (`YYYY-MM-DD`, the first or with `dayEnd`
 * the last millisecond of its day, on the wall clock). Writes the epoch
 * milliseconds into `PARSED[0]` and returns true; returns false for
 * anything else, and the caller then reads the cell as text with
 * `parseIsoInto` (other wall-clock forms such as `2019/1/5 9:30`, invalid
 * times): a true here always agrees with `parseIsoInto` on the same text
 * (test/tally/read/csvBytes/parseTimeBytes.test-prop.ts).
 *
 * Every byte of `[start, end)` is read and must be an ASCII character of the
 * form, so a text with any other byte (a multi-byte character) is never read here.
 *
 * @internal
 */
export function parseTimeBytes(bytes: Uint8Array, start: number, end: number, wallClockOffsetMinutes: number, dayEnd: boolean): boolean {
  return readTimeBytes(bytes, start, end, wallClockOffsetMinutes, dayEnd, true) === end;
}

/**
 * {@link parseTimeBytes} from `start` for as far as a time of those forms
 * goes, before `limit`: where the time ends (its value in `PARSED[0]`), or
 * -1 when no time of those forms starts there. The reader of plain rows
 * reads a time cell so, in one pass, and takes it when a delimiter follows;
 * it passes `commaFraction` false, since a comma there ends the cell (a
 * decimal comma, `09:30:00,5`, is then read with the cell as text):
 *
 * ```text
 * readTimeBytes(bytes, start, limit, …) = end  ⇔  parseTimeBytes(bytes, start, end, …), the same time,
 *   for every end ≤ limit at which the bytes after the time are not part of the form (a comma, a line end)
 * ```
 * No byte at or past `limit` is read.
 *
 * @internal
 */
export function readTimeBytes(bytes: Uint8Array, start: number, limit: number, wallClockOffsetMinutes: number, dayEnd: boolean, commaFraction: boolean): number {
  if (limit - start < 10) return -1;
  const year = digits4(bytes, start);
  const month = digits2(bytes, start + 5);
  const day = digits2(bytes, start + 8);
  if (year < 1 || month < 1 || month > 12 || day < 1 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return -1;
  if (day > 28 && day > daysInMonth(year, month)) return -1;
  const days = daysFromCivil(year, month, day);
  const separator = start + 10 < limit ? (bytes[start + 10] as number) : -1;
  if (separator !== 84 && separator !== 32) {
    // A date alone: parseWallClockInto's reading, on the wall clock only.
    if (wallClockOffsetMinutes !== wallClockOffsetMinutes) return -1;
    PARSED[0] = (dayEnd ? (days + 1) * 86_400_000 - 1 : days * 86_400_000) - wallClockOffsetMinutes * 60_000;
    return start + 10;
  }
  if (limit - start < 16) return -1;
  const hour = digits2(bytes, start + 11);
  const minute = digits2(bytes, start + 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || bytes[start + 13] !== 58) return -1;
  let position = start + 16;
  let second = 0;
  let millisecond = 0;
  if (position < limit && bytes[position] === 58) {
    if (position + 3 > limit) return -1;
    second = digits2(bytes, position + 1);
    if (second < 0 || second > 59) return -1;
    position += 3;
    if (position < limit && (bytes[position] === 46 || (bytes[position] === 44 && commaFraction))) {
      position += 1;
      let scale = 100;
      const fractionStart = position;
      while (position < limit) {
        const digit = (bytes[position] as number) - 48;
        if (!(digit >= 0 && digit <= 9)) break;
        millisecond += digit * scale;
        scale = scale === 1 ? 0 : scale / 10;
        position += 1;
      }
      if (position === fractionStart) return -1;
    }
  }
  let offsetMinutes = 0;
  const sign = position < limit ? (bytes[position] as number) : -1;
  if (sign === 90 || sign === 122) {
    position += 1;
  } else if (sign === 43 || sign === 45) {
    if (position + 5 > limit) return -1;
    const offsetHour = digits2(bytes, position + 1);
    let offsetMinute: number;
    if (bytes[position + 3] === 58) {
      if (position + 6 > limit) return -1;
      offsetMinute = digits2(bytes, position + 4);
      position += 6;
    } else {
      offsetMinute = digits2(bytes, position + 3);
      position += 5;
    }
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return -1;
    offsetMinutes = offsetHour * 60 + offsetMinute;
    if (sign === 45) offsetMinutes = -offsetMinutes;
  } else {
    // No offset: wall-clock time, when the caller says on which clock.
    if (wallClockOffsetMinutes !== wallClockOffsetMinutes) return -1;
    offsetMinutes = wallClockOffsetMinutes;
  }
  PARSED[0] = days * 86_400_000 + (hour * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + millisecond;
  return position;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two decimal digits at `at`, or -1 if either is not a digit (a byte past the end reads as undefined, not a digit). */
function digits2(bytes: Uint8Array, at: number): number {
  const high = (bytes[at] as number) - 48;
  const low = (bytes[at + 1] as number) - 48;
  if (!(high >= 0 && high <= 9 && low >= 0 && low <= 9)) return -1;
  return high * 10 + low;
}

function digits4(bytes: Uint8Array, at: number): number {
  const high = digits2(bytes, at);
  const low = digits2(bytes, at + 2);
  if (high < 0 || low < 0) return -1;
  return high * 100 + low;
}
