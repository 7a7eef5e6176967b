import { describeValue } from '../internal/describeValue.js';
import { readOptions } from '../internal/readOptions.js';
import { isEpochMs } from '../internal/readTimestamp.js';
import { DAY_MS, formatDay } from './engine/dayNumber.js';
import { readOffset } from './engine/readOffset.js';

/**
 * Options of {@link dateAtOffset}.
 *
 * @category Calendar
 */
export interface DateAtOffsetOptions {
  /** The fixed offset from UTC in minutes, from −720 to 840; 480 (UTC+8, China Standard Time) by default. */
  readonly utcOffsetMinutes?: number;
}

/**
 * The calendar date of an instant at a fixed offset from UTC: the date a
 * clock in China shows at that moment, on any machine.
 *
 * ```text
 * dateAtOffset(t) = the date of  t + utcOffsetMinutes × 60000  read as UTC
 * ```
 *
 * The machine's time zone is never read (no `Date#getDate`): the same instant
 * gives the same date in Los Angeles and in Shanghai. China has kept UTC+8 all
 * year since 1992, so the default is right for every date the calendar covers.
 *
 * Edge cases: midnight belongs to the day it starts; the instant must be whole
 * epoch milliseconds within a `Date`'s range.
 *
 * @param instantMs - An instant, in epoch milliseconds.
 * @param options - `utcOffsetMinutes` (default 480).
 * @returns The date, `YYYY-MM-DD`.
 * @throws {TypeError} `dateAtOffset requires instantMs to be a number, got "1580486400000"`, or a `utcOffsetMinutes` that is not a number.
 * @throws {RangeError} `dateAtOffset requires instantMs to be whole epoch milliseconds within a Date's range, got 1.5`, or `dateAtOffset requires utcOffsetMinutes to be an integer from -720 to 840, got 900`.
 * @example
 * ```ts
 * // 2020-01-31T16:30:00Z is half past midnight on 1 February in Beijing
 * dateAtOffset(Date.parse('2020-01-31T16:30:00Z'));
 * // => '2020-02-01'
 * dateAtOffset(Date.parse('2020-01-31T16:30:00Z'), { utcOffsetMinutes: 0 });
 * // => '2020-01-31'
 * ```
 * @see docs/working-days.md, the guide.
 * @category Calendar
 */
export function dateAtOffset(instantMs: number, options?: DateAtOffsetOptions): string {
  const { utcOffsetMinutes } = readOptions('dateAtOffset', options);
  if (typeof instantMs !== 'number') throw new TypeError(`dateAtOffset requires instantMs to be a number, got ${describeValue(instantMs)}`);
  if (!isEpochMs(instantMs)) {
    throw new RangeError(`dateAtOffset requires instantMs to be whole epoch milliseconds within a Date's range, got ${describeValue(instantMs)}`);
  }
  const offset = readOffset('dateAtOffset', utcOffsetMinutes);
  return formatDay(Math.floor((instantMs + offset * 60_000) / DAY_MS));
}
