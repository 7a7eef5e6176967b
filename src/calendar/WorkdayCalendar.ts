/**
 * A notice that a calendar's days come from: a year's arrangement of the
 * statutory holidays (国务院办公厅关于YYYY年部分节假日安排的通知), a later
 * change to it, or a caller's own local arrangement.
 *
 * @category Calendar
 */
export interface CalendarSource {
  /** The year whose days it arranges. */
  readonly year: number;
  /** The notice's title, such as 国务院办公厅关于延长2020年春节假期的通知. */
  readonly title: string;
  /** The notice's number (文号), such as 国办发明电〔2020〕1号; `''` when it has none. */
  readonly number: string;
  /** The date at the foot of the notice (成文日期), `YYYY-MM-DD`. */
  readonly date: string;
}

/**
 * A working-day calendar: which dates from `firstYear` to `lastYear` are
 * working days (工作日) and which are days off.
 *
 * A date is a working day when it is Monday to Friday and no notice gives it
 * off, or when it is a Saturday or Sunday that a notice makes a working day
 * (调休上班). A date outside `firstYear`–`lastYear` has no answer: every
 * function that reads a calendar throws a `RangeError` for it rather than
 * guess Monday to Friday.
 *
 * The bundled calendar is {@link CHINA_WORKDAY_CALENDAR}; a calendar with
 * local arrangements, or with a year whose notice is newer than the package,
 * comes from {@link createWorkdayCalendar}. A calendar is frozen; its days are
 * read only through the functions of this concern.
 *
 * @category Calendar
 */
export interface WorkdayCalendar {
  /** The first year covered, such as 2007. */
  readonly firstYear: number;
  /** The last year covered, such as 2026. */
  readonly lastYear: number;
  /** The notices the days come from, in the order they were applied (a change after the notice it changes). */
  readonly sources: readonly CalendarSource[];
}
