import { describe, expectTypeOf, it } from 'vitest';
import {
  addWorkingDays,
  CHINA_WORKDAY_CALENDAR,
  computeDeadline,
  countWorkingDays,
  dateAtOffset,
  parseTimeLimit,
  timeLimitCompressionRate,
  type AddWorkingDaysOptions,
  type ComputeDeadlineOptions,
  type CountWorkingDaysOptions,
  type Deadline,
  type IsWorkingDayOptions,
  type NextWorkingDayOptions,
  type Ratio,
  type TimeLimit,
  type TimeLimitUnit,
  type WorkdayCalendar,
} from '../../src/index.js';

describe('the calendar (types)', () => {
  it('takes and gives dates as strings, never Date objects', () => {
    expectTypeOf(addWorkingDays).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(addWorkingDays).returns.toEqualTypeOf<string>();
    expectTypeOf(countWorkingDays).returns.toEqualTypeOf<number>();
    expectTypeOf(dateAtOffset).returns.toEqualTypeOf<string>();
    // @ts-expect-error: a Date is an instant, not a calendar date
    addWorkingDays(new Date(), 1);
  });

  it('names an options type after each function, each with the calendar', () => {
    for (const calendar of [CHINA_WORKDAY_CALENDAR]) {
      expectTypeOf({ calendar }).toExtend<AddWorkingDaysOptions & CountWorkingDaysOptions & IsWorkingDayOptions & NextWorkingDayOptions>();
    }
    expectTypeOf<ComputeDeadlineOptions['calendar']>().toEqualTypeOf<WorkdayCalendar | undefined>();
  });

  it('gives limits with one of three units, deadlines with a date and an instant, and a Ratio', () => {
    expectTypeOf<TimeLimitUnit>().toEqualTypeOf<'working-days' | 'natural-days' | 'hours'>();
    expectTypeOf(parseTimeLimit).returns.toEqualTypeOf<TimeLimit>();
    expectTypeOf(computeDeadline).returns.toEqualTypeOf<Deadline>();
    expectTypeOf<Deadline>().toEqualTypeOf<{ readonly lastDay: string; readonly dueAt: number }>();
    expectTypeOf(timeLimitCompressionRate).returns.toEqualTypeOf<Ratio>();
  });

  it('keeps a calendar read-only', () => {
    // @ts-expect-error: lastYear is readonly
    CHINA_WORKDAY_CALENDAR.lastYear = 2027;
  });
});
