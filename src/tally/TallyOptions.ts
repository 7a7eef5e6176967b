import type { Period } from '../period/Period.js';
import type { Dimension } from './Dimension.js';
import type { CaseStatusKind } from '../models/caseStatuses.js';
import type { TimeLimitUnitName } from '../calendar/parseTimeLimit.js';
import type { WorkdayCalendar } from '../calendar/WorkdayCalendar.js';

/**
 * How a tally reads records' time limits (承诺时限 `timeLimit`, 法定时限
 * `statutoryTimeLimit`) and computes their deadlines with
 * {@link computeDeadline}, at the tally's `utcOffsetMinutes`.
 *
 * @category Tally
 */
export interface TallyTimeLimitOptions {
  /** The calendar of working days; {@link CHINA_WORKDAY_CALENDAR} by default. */
  readonly calendar?: WorkdayCalendar;
  /** Count the day of acceptance as the first day (a local rule); `false` by default (民法典 第二百零一条). */
  readonly countAcceptanceDay?: boolean;
  /** The time the last day ends, `'HH:MM'`; `'24:00'` by default. */
  readonly closingTime?: string;
  /** The unit of a limit written as a bare number (`15`), when the export gives the unit elsewhere; such a limit is invalid without it. */
  readonly unit?: TimeLimitUnitName;
  /** What 天 and 日 mean: `'natural-days'` (default) or `'working-days'` (limits set under 行政许可法). */
  readonly days?: 'natural-days' | 'working-days';
}

/**
 * A range of whole months, first and last included: `{ from: '2019-01', to: '2019-03' }`.
 *
 * @category Tally
 */
export interface PeriodRange {
  /** The first month of the range. */
  readonly from: Period;
  /** The last month of the range (included); not before `from`. */
  readonly to: Period;
}

/**
 * The options of {@link tallyCases}, {@link tallyColumns} and {@link createTallier}.
 *
 * @category Tally
 */
export interface TallyOptions {
  /**
   * The reporting period: one month (`'2019-01'`) or a {@link PeriodRange}.
   * Without `'period'` in `by`, a range is one period (accepted in the range,
   * in progress at its end); with it, each month of the range is its own group.
   */
  readonly period: Period | PeriodRange;
  /** The dimension, or the list of dimensions, to group by; `[]` gives one group for everything. */
  readonly by: Dimension | readonly Dimension[];
  /**
   * The fixed offset from UTC, in minutes, of the clock that months are cut
   * by: 480 (China Standard Time, UTC+8) by default; −720 to 840.
   */
  readonly utcOffsetMinutes?: number;
  /**
   * With `'streetOffice'` in `by`: `'group'` (default) puts records with no
   * street office (街道) in their own group, key `streetOffice: null`; `'omit'`
   * leaves them out of every group.
   */
  readonly missingStreetOffice?: 'group' | 'omit';
  /**
   * `'throw'` (default): the first invalid record throws an
   * {@link InvalidRecordError}. `'collect'`: invalid records are listed in
   * {@link TallyResult.invalid} and the valid ones are still counted.
   */
  readonly onInvalid?: 'throw' | 'collect';
  /**
   * How to read a time written without an offset, as exports write them
   * (`2019-01-05 09:30:00`, `2019/1/5 9:30`, `2019-01-05`): as wall-clock
   * time on a clock this many minutes ahead of UTC (480 for Beijing time),
   * −720 to 840. Absent (default): such a time is an invalid record, since
   * the library never guesses a clock and never uses the machine's time
   * zone. A date alone is the start of its day in `acceptedAt` and the end
   * of its day in `completedAt` and `dueAt` (accepted that day, completed
   * that day, due by the end of that day).
   */
  readonly wallClockOffsetMinutes?: number;
  /**
   * 办件状态 values beyond {@link CASE_STATUSES}, or other meanings for its
   * values: `{ 已归档: 'completed', 预受理: 'excluded' }`. A record's
   * `status` must be in the table.
   */
  readonly statuses?: Readonly<Record<string, CaseStatusKind>>;
  /**
   * How records' time limits (`timeLimit` 承诺时限, else `statutoryTimeLimit`
   * 法定时限) are read. A record with a limit and no `dueAt` gets its
   * deadline from the limit and the calendar; every record with a limit is
   * counted in its group's {@link TallyGroup.timeLimits}. Days are dates at
   * `utcOffsetMinutes`.
   */
  readonly timeLimit?: TallyTimeLimitOptions;
}
