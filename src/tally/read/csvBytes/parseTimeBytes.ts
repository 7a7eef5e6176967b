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
  // The digits by table, their checks in one: a byte that is not a digit sets the high bits of the OR.
  const y0 = DIGIT[bytes[start] as number] as number;
  const y1 = DIGIT[bytes[start + 1] as number] as number;
  const y2 = DIGIT[bytes[start + 2] as number] as number;
  const y3 = DIGIT[bytes[start + 3] as number] as number;
  const m0 = DIGIT[bytes[start + 5] as number] as number;
  const m1 = DIGIT[bytes[start + 6] as number] as number;
  const d0 = DIGIT[bytes[start + 8] as number] as number;
  const d1 = DIGIT[bytes[start + 9] as number] as number;
  if (((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) & NOT_DIGIT) !== 0 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1) return -1;
  if (day > 28 && day > daysInMonth(year, month)) return -1;
  const days = daysOf(year, month, day);
  const separator = start + 10 < limit ? (bytes[start + 10] as number) : -1;
  if (separator !== 84 && separator !== 32) {
    // A date alone: parseWallClockInto's reading, on the wall clock only.
    if (wallClockOffsetMinutes !== wallClockOffsetMinutes) return -1;
    PARSED[0] = (dayEnd ? (days + 1) * 86_400_000 - 1 : days * 86_400_000) - wallClockOffsetMinutes * 60_000;
    return start + 10;
  }
  if (limit - start < 16) return -1;
  const h0 = DIGIT[bytes[start + 11] as number] as number;
  const h1 = DIGIT[bytes[start + 12] as number] as number;
  const n0 = DIGIT[bytes[start + 14] as number] as number;
  const n1 = DIGIT[bytes[start + 15] as number] as number;
  if (((h0 | h1 | n0 | n1) & NOT_DIGIT) !== 0 || bytes[start + 13] !== 58) return -1;
  const hour = h0 * 10 + h1;
  const minute = n0 * 10 + n1;
  if (hour > 23 || minute > 59) return -1;
  let position = start + 16;
  let second = 0;
  let millisecond = 0;
  if (position < limit && bytes[position] === 58) {
    if (position + 3 > limit) return -1;
    const s0 = DIGIT[bytes[position + 1] as number] as number;
    const s1 = DIGIT[bytes[position + 2] as number] as number;
    if (((s0 | s1) & NOT_DIGIT) !== 0) return -1;
    second = s0 * 10 + s1;
    if (second > 59) return -1;
    position += 3;
    if (position < limit && (bytes[position] === 46 || (bytes[position] === 44 && commaFraction))) {
      position += 1;
      let scale = 100;
      const fractionStart = position;
      while (position < limit) {
        const digit = DIGIT[bytes[position] as number] as number;
        if (digit > 9) break;
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

/** Each byte's decimal digit, or {@link NOT_DIGIT} for a byte that is not one. */
const NOT_DIGIT = 0xf0;
const DIGIT = new Uint8Array(256).fill(NOT_DIGIT);
for (let digit = 0; digit < 10; digit += 1) DIGIT[48 + digit] = digit;

/** The months whose first days {@link daysOf} keeps: those of the years 1900–2155. */
const FIRST_YEAR = 1900;
/** Not a day yet (no month of those years starts so far from 1970). */
const NO_DAY = -0x80000000;
const MONTH_STARTS = new Int32Array(256 * 12).fill(NO_DAY);

/** `daysFromCivil`, by the first day of the month, kept once made, for the years exports hold. */
function daysOf(year: number, month: number, day: number): number {
  if (year < FIRST_YEAR || year >= FIRST_YEAR + 256) return daysFromCivil(year, month, day);
  const at = (year - FIRST_YEAR) * 12 + month - 1;
  let first = MONTH_STARTS[at] as number;
  if (first === NO_DAY) {
    first = daysFromCivil(year, month, 1);
    MONTH_STARTS[at] = first;
  }
  return first + day - 1;
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
