import { formatCivilDay } from '../../internal/formatCivilDay.js';

/**
 * Cell values of an .xlsx sheet written as a CSV export writes them: numbers
 * in their shortest exact decimal form and date cells as wall-clock text,
 * both worked out from the stored value alone (never through the machine's
 * time zone).
 *
 * @internal
 */

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (the day before Excel's serial 1, pushed back a day by its 1900-02-29) to 1970-01-01. */
const DAYS_1899_12_30_TO_EPOCH = 25_569;
/** Days from 1904-01-01 (serial 0 of the 1904 date system) to 1970-01-01. */
const DAYS_1904_01_01_TO_EPOCH = 24_107;
/** Serial of 9999-12-31 in the 1900 date system, the last day Excel shows. */
const LAST_SERIAL_1900 = 2_958_465;

/**
 * A number as plain decimal text, the shortest that reads back as the same
 * double (what `String` gives), without an exponent: 1e21 is written
 * "1000000000000000000000" and 1e-7 "0.0000001"; -0 is "0".
 *
 * @internal
 */
export function plainNumberText(value: number): string {
  if (value === 0) return '0';
  const text = String(value);
  const e = text.indexOf('e');
  if (e === -1) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = point === -1 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  // The decimal point sits after `pointAt` digits of `digits`.
  const pointAt = (point === -1 ? mantissa.length : point) + exponent;
  let plain: string;
  if (pointAt <= 0) plain = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) plain = digits + '0'.repeat(pointAt - digits.length);
  else plain = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negative ? `-${plain}` : plain;
}

/**
 * An Excel date serial as wall-clock text: `YYYY-MM-DD` when the serial is a
 * whole day, `YYYY-MM-DD HH:MM:SS` when it has a time, with `.sss` when the
 * time has milliseconds. The fraction of the day is rounded to the nearest
 * millisecond (Excel keeps no finer time).
 *
 * ```text
 * 1900 date system: serial 1 = 1900-01-01, …, 59 = 1900-02-28,
 *   60 = 1900-02-29 (a day that never was, kept from Lotus 1-2-3), 61 = 1900-03-01,
 *   so from 61 on: day = 1899-12-30 + serial
 * 1904 date system: day = 1904-01-01 + serial
 * time of day = fraction × 86 400 000 ms, rounded
 * ```
 *
 * A serial from 0 to below 1 in the 1900 system is a time with no date
 * (Excel shows the day as 1900-01-00): it is written `HH:MM:SS` alone. A
 * negative serial, or one past 9999-12-31, is no date Excel shows (it
 * prints ####): it is written as the number.
 *
 * @internal
 */
export function excelSerialText(serial: number, date1904: boolean): string {
  const lastSerial = date1904 ? LAST_SERIAL_1900 - 1462 : LAST_SERIAL_1900;
  if (!(serial >= 0) || serial >= lastSerial + 1) return plainNumberText(serial);
  let day = Math.floor(serial);
  // serial − day is exact in binary floating point; only the product rounds.
  let msOfDay = Math.round((serial - day) * MS_PER_DAY);
  if (msOfDay === MS_PER_DAY) {
    day += 1;
    msOfDay = 0;
  }
  const time = msOfDay === 0 ? '' : timeText(msOfDay);
  let date: string;
  if (date1904) {
    date = isoDate(day - DAYS_1904_01_01_TO_EPOCH);
  } else if (day === 0) {
    return time === '' ? '00:00:00' : time;
  } else if (day === 60) {
    date = '1900-02-29';
  } else {
    // Before the day that never was, serials count from 1899-12-31.
    date = isoDate(day - DAYS_1899_12_30_TO_EPOCH + (day < 60 ? 1 : 0));
  }
  return time === '' ? date : `${date} ${time}`;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const two = (n: number): string => TWO_DIGITS[n] as string;

/**
 * The days written, and their texts: a sheet's date columns (受理, 承诺办结,
 * 办结) fall on a few hundred days, but on different days in one row, so
 * that one last day kept would change at nearly every cell. Emptied when it
 * holds more than DAYS_KEPT days.
 */
const dayTexts = new Map<number, string>();
const DAYS_KEPT = 4096;

/** The date `days` after 1970-01-01, as YYYY-MM-DD ({@link formatCivilDay}), kept for the next cells. */
function isoDate(days: number): string {
  let text = dayTexts.get(days);
  if (text === undefined) {
    if (dayTexts.size >= DAYS_KEPT) dayTexts.clear();
    text = formatCivilDay(days);
    dayTexts.set(days, text);
  }
  return text;
}

/** A time of day in milliseconds as HH:MM:SS, with .sss when the milliseconds are not zero. */
function timeText(msOfDay: number): string {
  const seconds = Math.floor(msOfDay / 1000);
  const ms = msOfDay - seconds * 1000;
  const text = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  return ms === 0 ? text : `${text}.${String(ms).padStart(3, '0')}`;
}

/**
 * Built-in number formats that show a date or a time (ECMA-376 Part 1,
 * §18.8.30, with the East Asian ids 27–36 and 50–58, which are dates in the
 * Chinese, Japanese and Korean editions).
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a cell style's number format shows a date or a time: a built-in
 * date format id, or a format code with a date or time part (y, m, d, h, s,
 * or the era year e) outside quoted text, escapes and [colour] or [$-804]
 * sections.
 *
 * @internal
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILT_IN_DATE_FORMATS.has(numFmtId);
  const bare = formatCode
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    // [h], [mm], [ss] are elapsed time; other brackets are colours, conditions and locales.
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/general/gi, '')
    .replace(/e[+-]/gi, '');
  return /[ymdhse]/i.test(bare);
}
