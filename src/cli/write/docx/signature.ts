import { displayWidth } from '../displayTable.js';
import { BODY_CHARACTER } from './officialLayout.js';

/**
 * The right indents, in twips, of the issuing office (发文机关署名) and the date
 * (成文日期) at the end of a document without a seal (GB/T 9704-2012 7.3.5.2):
 * the office 右空二字, the date on the next line starting two characters to
 * the right of the office's first character; a date longer than that pushes
 * the office left, so that the date keeps 右空二字.
 *
 * ```text
 * office right indent = 2 + max(0, date + 2 − office)   characters
 * date right indent   = 2 + max(0, office − 2 − date)   characters
 * ```
 *
 * Widths are counted as the body font sets them: a Chinese character is one
 * character, a digit or a Latin letter half of one (2019年2月20日 is 6.5).
 */
export function signatureIndents(office: string, date: string): { office: number; date: number } {
  // displayWidth counts terminal columns: two for a Chinese character, one for a digit, i.e. half-characters.
  const officeHalves = displayWidth(office);
  const dateHalves = displayWidth(date);
  const half = BODY_CHARACTER / 2;
  return {
    office: (4 + Math.max(0, dateHalves + 4 - officeHalves)) * half,
    date: (4 + Math.max(0, officeHalves - 4 - dateHalves)) * half,
  };
}

/**
 * A date written YYYY-MM-DD as 成文日期 are written: year, month and day in
 * Arabic numerals, with no leading zero (GB/T 9704-2012 7.3.5.1): 2019-02-20 is
 * 2019年2月20日. `undefined` when the text is not a date of the calendar
 * (the Gregorian calendar from the year 1: there is no year 0).
 */
export function documentDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (year < 1 || days === undefined || day < 1 || day > days) return undefined;
  return `${year}年${month}月${day}日`;
}
