import { parsePeriodFor } from '../../period/parsePeriod.js';
import type { Period } from '../../period/Period.js';
import { TALLY_DIMENSIONS, type Dimension } from '../Dimension.js';
import type { TallyOptions } from '../TallyOptions.js';
import { assertObject } from '../../internal/assertObject.js';
import { assertOneOf } from '../../internal/assertOneOf.js';
import { describeValue } from '../../internal/describeValue.js';
import { CASE_STATUSES } from '../../models/caseStatuses.js';
import { DEFAULT_RECORD_RULES, defaultTimeLimitRules, type RecordRules, type TimeLimitRules } from '../read/readCaseRecord.js';
import { computeDeadline, type ComputeDeadlineOptions } from '../../calendar/computeDeadline.js';
import { parseTimeLimit, type TimeLimitUnitName } from '../../calendar/parseTimeLimit.js';

/** The most months a range may span: 100 years. */
const MAX_MONTHS = 1200;

/**
 * {@link TallyOptions} checked and turned into what the counting loops need:
 * epoch-millisecond month bounds computed once, the dimensions as flags.
 *
 * @internal
 */
export interface TallyPlan {
  /** The public function's name, for messages. */
  readonly fn: string;
  /** The months of the period, in order. */
  readonly months: readonly Period[];
  /** The dimensions in the caller's order. */
  readonly by: readonly Dimension[];
  readonly byDepartment: boolean;
  readonly byCategory: boolean;
  readonly byStreetOffice: boolean;
  readonly byPeriod: boolean;
  /** Months per cell: `months.length` when grouped by period, else 1. */
  readonly cellMonths: number;
  /** `cellMonths + 1` epoch-ms bounds: cell month m is `[bounds[m], bounds[m + 1])`. */
  readonly bounds: Float64Array;
  /** The first bound (start of the period, included). */
  readonly start: number;
  /** The last bound (end of the period, excluded). */
  readonly end: number;
  readonly omitMissingStreetOffice: boolean;
  readonly collect: boolean;
  /** How offset-less times and statuses are read. */
  readonly rules: RecordRules;
}

/**
 * Checks `options` for the tally function `fn` and builds its {@link TallyPlan}.
 *
 * @internal
 */
export function readTallyPlan(fn: string, options: TallyOptions): TallyPlan {
  assertObject(fn, 'options', options);
  const { from, to } = readPeriod(fn, options.period);
  const by = readBy(fn, options.by);
  const offset = options.utcOffsetMinutes === undefined ? 480 : options.utcOffsetMinutes;
  if (typeof offset !== 'number') {
    throw new TypeError(`${fn} requires utcOffsetMinutes to be a number, got ${describeValue(offset)}`);
  }
  if (!Number.isInteger(offset) || offset < -720 || offset > 840) {
    throw new RangeError(`${fn} requires utcOffsetMinutes to be an integer from -720 to 840, got ${describeValue(offset)}`);
  }
  const missing = options.missingStreetOffice === undefined ? 'group' : options.missingStreetOffice;
  assertOneOf(fn, 'missingStreetOffice', missing, ['group', 'omit']);
  const onInvalid = options.onInvalid === undefined ? 'throw' : options.onInvalid;
  assertOneOf(fn, 'onInvalid', onInvalid, ['throw', 'collect']);
  const rules = readRecordRules(fn, options, offset);

  const first = from.year * 12 + from.month - 1;
  const last = to.year * 12 + to.month - 1;
  if (last < first || last - first >= MAX_MONTHS) {
    // Only a { from, to } range gets here: a single month spans one month.
    throw new RangeError(
      `${fn} requires period.to to be from period.from up to ${MAX_MONTHS} months later, got ${describeValue((options.period as { to?: unknown }).to)}`,
    );
  }
  const months: Period[] = [];
  const monthStarts: number[] = [];
  for (let index = first; index <= last + 1; index += 1) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    monthStarts.push(monthStart(year, month, offset));
    if (index <= last) months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as Period);
  }
  const byPeriod = by.includes('period');
  const bounds = byPeriod
    ? Float64Array.from(monthStarts)
    : Float64Array.of(monthStarts[0] as number, monthStarts[monthStarts.length - 1] as number);
  return {
    fn,
    months,
    by,
    byDepartment: by.includes('department'),
    byCategory: by.includes('category'),
    byStreetOffice: by.includes('streetOffice'),
    byPeriod,
    cellMonths: bounds.length - 1,
    bounds,
    start: bounds[0] as number,
    end: bounds[bounds.length - 1] as number,
    omitMissingStreetOffice: missing === 'omit',
    collect: onInvalid === 'collect',
    rules,
  };
}

/** The wall-clock offset, the status table and the time-limit rules of `options`, checked. */
function readRecordRules(fn: string, options: TallyOptions, offset: number): RecordRules {
  const { wallClockOffsetMinutes: wallClock, statuses, timeLimit } = options;
  if (wallClock !== undefined) {
    if (typeof wallClock !== 'number') {
      throw new TypeError(`${fn} requires wallClockOffsetMinutes to be a number, got ${describeValue(wallClock)}`);
    }
    if (!Number.isInteger(wallClock) || wallClock < -720 || wallClock > 840) {
      throw new RangeError(`${fn} requires wallClockOffsetMinutes to be an integer from -720 to 840, got ${describeValue(wallClock)}`);
    }
  }
  if (wallClock === undefined && statuses === undefined && timeLimit === undefined && offset === 480) return DEFAULT_RECORD_RULES;
  const timeLimits = timeLimit === undefined && offset === 480 ? DEFAULT_RECORD_RULES.timeLimits : readTimeLimitRules(fn, timeLimit, offset);
  let table = DEFAULT_RECORD_RULES.statuses;
  if (statuses !== undefined) {
    assertObject(fn, 'statuses', statuses);
    const extended = new Map(Object.entries(CASE_STATUSES));
    for (const [status, kind] of Object.entries(statuses)) {
      if (status === '') throw new RangeError(`${fn} requires statuses to name no empty status, got ""`);
      assertOneOf(fn, `statuses[${JSON.stringify(status)}]`, kind, ['open', 'completed', 'excluded']);
      extended.set(status, kind);
    }
    table = extended;
  }
  // Stryker disable next-line ConditionalExpression: NaN and an absent offset mean the same, offset-less times refused
  return { wallClockOffsetMinutes: wallClock === undefined ? Number.NaN : wallClock, statuses: table, timeLimits };
}

/**
 * The `timeLimit` option, checked by the functions that read it
 * (computeDeadline, parseTimeLimit), their messages naming `fn` and
 * `timeLimit.…`.
 */
function readTimeLimitRules(fn: string, timeLimit: TallyOptions['timeLimit'], offset: number): TimeLimitRules {
  if (timeLimit === undefined) return { ...defaultTimeLimitRules(), deadline: { utcOffsetMinutes: offset } };
  const options: NonNullable<TallyOptions['timeLimit']> = timeLimit;
  assertObject(fn, 'timeLimit', timeLimit);
  const { calendar, countAcceptanceDay, closingTime, unit, days } = options;
  const deadline: { -readonly [K in keyof ComputeDeadlineOptions]: ComputeDeadlineOptions[K] } = { utcOffsetMinutes: offset };
  if (calendar !== undefined) deadline.calendar = calendar;
  if (countAcceptanceDay !== undefined) deadline.countAcceptanceDay = countAcceptanceDay;
  if (closingTime !== undefined) deadline.closingTime = closingTime;
  const rename = (error: unknown, from: string): never => {
    const message = (error as Error).message.replace(`${from} requires `, `${fn} requires timeLimit.`);
    throw error instanceof TypeError ? new TypeError(message) : new RangeError(message);
  };
  try {
    // Epoch 0 is before any calendar: past the checks of the options, a RangeError for acceptedAt.
    computeDeadline(0, { amount: 0, unit: 'working-days' }, deadline);
  } catch (error) {
    if (!(error instanceof RangeError && error.message.startsWith('computeDeadline requires acceptedAt to be within the calendar'))) {
      rename(error, 'computeDeadline');
    }
  }
  try {
    const options: { unit: TimeLimitUnitName; days?: 'natural-days' | 'working-days' } = { unit: unit === undefined ? 'working-days' : unit };
    if (days !== undefined) options.days = days;
    parseTimeLimit(0, options);
  } catch (error) {
    rename(error, 'parseTimeLimit');
  }
  const endOfDayShift = closingTime === undefined || closingTime === '24:00' ? 1 : 0;
  return { unit, days: days ?? 'natural-days', deadline, endOfDayShift, cache: new Map() };
}

/** Epoch ms of the first instant of a month on a clock `offset` minutes ahead of UTC. */
function monthStart(year: number, month: number, offset: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, 1);
  return date.getTime() - offset * 60_000;
}

function readPeriod(fn: string, period: unknown): { from: { year: number; month: number }; to: { year: number; month: number } } {
  if (typeof period === 'object' && period !== null && !Array.isArray(period)) {
    const range = period as { from?: unknown; to?: unknown };
    return { from: parsePeriodFor(fn, range.from), to: parsePeriodFor(fn, range.to) };
  }
  if (typeof period !== 'string') {
    throw new TypeError(`${fn} requires period to be a month 'YYYY-MM' or { from, to }, got ${describeValue(period)}`);
  }
  const month = parsePeriodFor(fn, period);
  return { from: month, to: month };
}

function readBy(fn: string, by: unknown): Dimension[] {
  const list: unknown[] = Array.isArray(by) ? by : [by];
  const dimensions: Dimension[] = [];
  for (const dimension of list) {
    assertOneOf(fn, 'by', dimension, TALLY_DIMENSIONS);
    if (dimensions.includes(dimension)) {
      throw new RangeError(`${fn} requires by to name each dimension once, got ${describeValue(dimension)} twice`);
    }
    dimensions.push(dimension);
  }
  return dimensions;
}
