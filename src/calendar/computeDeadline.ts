import { describeValue } from '../internal/describeValue.js';
import { readOptions } from '../internal/readOptions.js';
import { isEpochMs, readTime } from '../internal/readTimestamp.js';
import { DAY_MS, formatDay } from './engine/dayNumber.js';
import { coverage, isWorkingDayNumber, readCalendar, stepDay } from './engine/readCalendar.js';
import { readDateRanges } from './engine/readDateRanges.js';
import { readOffset } from './engine/readOffset.js';
import { readTimeLimit } from './engine/readTimeLimit.js';
import type { DateRange } from './DateRange.js';
import type { TimeLimit } from './TimeLimit.js';
import type { WorkdayCalendar } from './WorkdayCalendar.js';

/**
 * Options of {@link computeDeadline}.
 *
 * @category Calendar
 */
export interface ComputeDeadlineOptions {
  /** The calendar to read; {@link CHINA_WORKDAY_CALENDAR} by default. */
  readonly calendar?: WorkdayCalendar;
  /** The fixed offset from UTC in minutes, from −720 to 840, at which days begin and end; 480 (UTC+8) by default. */
  readonly utcOffsetMinutes?: number;
  /** Count the day of acceptance as the first day; `false` by default (民法典 第二百零一条: the first day is the next). */
  readonly countAcceptanceDay?: boolean;
  /** The time the last day ends, `'HH:MM'` from `'00:01'` to `'24:00'`; `'24:00'` (the end of the day) by default. */
  readonly closingTime?: string;
  /** Days the case stood still (补正, 听证, 检验, 检测, 鉴定, 专家评审 …), each `{ from, to }` with both dates included. */
  readonly pauses?: readonly DateRange[];
}

/**
 * A deadline: its last day, and the instant it ends.
 *
 * @category Calendar
 */
export interface Deadline {
  /** The last day of the limit, `YYYY-MM-DD`. */
  readonly lastDay: string;
  /** The deadline as epoch milliseconds: the end of `lastDay` (or its closing time) at the offset; for hours, acceptance plus the hours. */
  readonly dueAt: number;
}

const CLOSING_PATTERN = /^(\d{2}):(\d{2})$/;

function readClosingTime(value: unknown): number {
  if (value === undefined) return DAY_MS;
  if (typeof value !== 'string') throw new TypeError(`computeDeadline requires closingTime to be a time written HH:MM, got ${describeValue(value)}`);
  const match = CLOSING_PATTERN.exec(value);
  const ms = match === null ? Number.NaN : (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  if (match === null || Number(match[2]) > 59 || !(ms > 0 && ms <= DAY_MS)) {
    throw new RangeError(`computeDeadline requires closingTime to be a time written HH:MM from 00:01 to 24:00, got ${describeValue(value)}`);
  }
  return ms;
}

function readFlag(value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new TypeError(`computeDeadline requires countAcceptanceDay to be a boolean, got ${describeValue(value)}`);
  return value;
}

/**
 * The deadline of a case: from the time it was accepted (受理) and its time
 * limit (承诺时限 or 法定时限), the last day and the instant it ends.
 *
 * The rules, each from its source:
 *
 * 1. **The count starts the day after acceptance** (民法典 第二百零一条: "按照年、
 *    月、日计算期间的，开始的当日不计入，自下一日开始计算"); `countAcceptanceDay`
 *    counts the day itself, for a rule that says so.
 * 2. **Working-day limits count working days only** (行政许可法 第八十二条: "以
 *    工作日计算，不含法定节假日"): weekends and holidays are skipped, and weekend
 *    days worked (调休上班) count.
 * 3. **A natural-day limit whose last day is a day off ends on the next working
 *    day** (民法典 第二百零三条: "期间的最后一日是法定休假日的，以法定休假日结束
 *    的次日为期间的最后一日").
 * 4. **The deadline is the end of the last day**, 24:00 (民法典 第二百零三条:
 *    "期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为
 *    截止时间"), or the `closingTime` given, at `utcOffsetMinutes`.
 * 5. **Pauses are not counted** (行政许可法 第四十五条: 听证、招标、拍卖、检验、
 *    检测、检疫、鉴定和专家评审 "所需时间不计算在本节规定的期限内"; and the days a
 *    case waits for 补正): a day within a pause is skipped, so a pause extends a
 *    working-day limit by the working days it covers, and a natural-day limit
 *    by the days it covers.
 * 6. **即办** (amount 0) is due at the end of the day of acceptance.
 * 7. **Hours** are counted from the instant of acceptance: `dueAt = acceptedAt +
 *    amount × 1 h`, with no calendar (and no pauses, closing time or day rule).
 *
 * ```text
 * working days:  lastDay = the amount-th working day after the acceptance day, paused days skipped
 * natural days:  lastDay = the amount-th day after it, paused days skipped, moved to the next working day if off
 * dueAt         = lastDay at closingTime (24:00 by default), at utcOffsetMinutes
 * ```
 *
 * Edge cases: counting that runs past the calendar's last year is a
 * `RangeError`, never a guess; an acceptance on a day off still starts the
 * count on the next day; a pause outside the count changes nothing.
 *
 * @param acceptedAt - When the case was accepted: epoch ms, or an ISO 8601 time with an offset.
 * @param limit - The {@link TimeLimit}, such as `parseTimeLimit('15个工作日')`.
 * @param options - `calendar`, `utcOffsetMinutes` (480), `countAcceptanceDay` (false), `closingTime` ('24:00'), `pauses`.
 * @returns The {@link Deadline}: `lastDay` and `dueAt`.
 * @throws {TypeError} `computeDeadline requires acceptedAt to be epoch milliseconds or an ISO 8601 time with an offset, got null`, `computeDeadline requires limit to be an object, got "15个工作日"`, or a bad option's type.
 * @throws {RangeError} a bad time or limit, pauses with a limit in hours, hours that end past a `Date`'s range, `computeDeadline requires acceptedAt to be within the calendar, which covers 2007–2026, got "2027-01-04T09:00:00+08:00" (2027-01-04)`, `computeDeadline requires 15 working days after "2026-12-20" to stay within the calendar, which covers 2007–2026, and it goes past 2026-12-31`, or a bad `closingTime` or pause.
 * @example
 * ```ts
 * // Accepted Thursday 2020-01-23 (the eve of 春节, extended to 2 February), 3 working days
 * computeDeadline('2020-01-23T10:00:00+08:00', { amount: 3, unit: 'working-days' });
 * // => { lastDay: '2020-02-05', dueAt: Date.parse('2020-02-06T00:00:00+08:00') }
 * // 20 natural days from 2019-09-10 end on Monday 30 September, a working day
 * computeDeadline('2019-09-10T09:00:00+08:00', parseTimeLimit('20天')).lastDay;
 * // => '2019-09-30'
 * // 21 would end on 1 October, in 国庆: the last day moves to Tuesday 8 October
 * computeDeadline('2019-09-10T09:00:00+08:00', parseTimeLimit('21天')).lastDay;
 * // => '2019-10-08'
 * // A centre that closes at 17:30
 * computeDeadline('2019-09-10T09:00:00+08:00', parseTimeLimit('20天'), { closingTime: '17:30' }).dueAt;
 * // => Date.parse('2019-09-30T17:30:00+08:00')
 * ```
 * @see docs/working-days.md, the guide.
 * @category Calendar
 */
export function computeDeadline(acceptedAt: number | string, limit: TimeLimit, options?: ComputeDeadlineOptions): Deadline {
  const { calendar, utcOffsetMinutes, countAcceptanceDay, closingTime, pauses } = readOptions('computeDeadline', options);
  const accepted = readTime(acceptedAt);
  if (Number.isNaN(accepted)) {
    const message = `computeDeadline requires acceptedAt to be epoch milliseconds or an ISO 8601 time with an offset, got ${describeValue(acceptedAt)}`;
    throw typeof acceptedAt === 'number' || typeof acceptedAt === 'string' ? new RangeError(message) : new TypeError(message);
  }
  const { amount, unit } = readTimeLimit('computeDeadline', 'limit', limit);
  const read = readCalendar('computeDeadline', calendar);
  const offsetMs = readOffset('computeDeadline', utcOffsetMinutes) * 60_000;
  const countFirst = readFlag(countAcceptanceDay);
  const closing = readClosingTime(closingTime);
  const paused = readDateRanges('computeDeadline', 'pauses', pauses, false);
  if (unit === 'hours') {
    if (paused.length > 0) {
      throw new RangeError(`computeDeadline requires pauses to be empty for a limit in hours, got ${describeValue(pauses)}`);
    }
    const dueAt = accepted + amount * 3_600_000;
    if (!isEpochMs(dueAt)) {
      throw new RangeError(`computeDeadline requires limit.amount (${amount} hours) to end within a Date's range, got ${amount}`);
    }
    return { lastDay: formatDay(Math.floor((dueAt + offsetMs) / DAY_MS)), dueAt };
  }
  const acceptanceDay = Math.floor((accepted + offsetMs) / DAY_MS);
  if (acceptanceDay < read.firstDay || acceptanceDay > read.lastDay) {
    throw new RangeError(
      `computeDeadline requires acceptedAt to be within the calendar, which covers ${coverage(read)}, got ${describeValue(acceptedAt)} (${formatDay(acceptanceDay)})`,
    );
  }
  const what = (): string => `${amount} ${unit === 'working-days' ? 'working' : 'natural'} days after "${formatDay(acceptanceDay)}"`;
  const isPaused = (day: number): boolean => paused.some(([first, last]) => day >= first && day <= last);
  const counts = (day: number): boolean => !isPaused(day) && (unit === 'natural-days' || isWorkingDayNumber(read, day));
  let day = acceptanceDay;
  if (amount > 0) {
    let left = amount;
    if (countFirst && counts(day)) left -= 1;
    while (left > 0) {
      day = stepDay('computeDeadline', read, day, 1, what);
      if (counts(day)) left -= 1;
    }
    if (unit === 'natural-days') while (!isWorkingDayNumber(read, day)) day = stepDay('computeDeadline', read, day, 1, what);
  }
  return { lastDay: formatDay(day), dueAt: day * DAY_MS + closing - offsetMs };
}
