import { assertCount } from '../../internal/assertCount.js';
import { assertObject } from '../../internal/assertObject.js';
import { describeValue } from '../../internal/describeValue.js';
import { CASE_CATEGORIES, type CaseCategory } from '../../models/caseCategories.js';
import { PERIOD_PATTERN } from '../../period/periodPattern.js';
import type { TimeLimitTally } from '../../tally/TallyResult.js';

/** One checked group of a monthly tally by period, street office, department and category. */
export interface MonthlyGroup {
  readonly month: string;
  readonly streetOffice: string | null;
  readonly department: string;
  readonly category: CaseCategory;
  readonly accepted: number;
  readonly completed: number;
  readonly completedOnTime: number;
  readonly inProgress: number;
  /** The counts of its cases with a time limit, when the group has them. */
  readonly timeLimits?: TimeLimitTally;
}

/** The counts of a group's {@link TimeLimitTally}, all of them. */
const TIME_LIMIT_COUNTS = [
  'immediate', 'committed', 'immediateCompleted', 'committedCompleted', 'completedEarly', 'completedLate', 'overdueInProgress', 'workingDaysTaken',
] as const satisfies readonly (keyof TimeLimitTally)[];

const COUNTS = ['accepted', 'completed', 'completedOnTime', 'inProgress'] as const;

/**
 * Checks the groups {@link buildMonthlyReport} reads: an array of tally
 * groups keyed by `period` (a month), `streetOffice` (an id or null),
 * `department` and `category`, each with counts that are non-negative
 * integers; a key seen twice is refused (its counts would be taken twice).
 *
 * @internal
 */
export function readMonthlyGroups(fn: string, name: string, groups: unknown): MonthlyGroup[] {
  if (!Array.isArray(groups)) throw new TypeError(`${fn} requires ${name} to be an array of tally groups, got ${describeValue(groups)}`);
  const seen = new Set<string>();
  const result: MonthlyGroup[] = [];
  for (let index = 0; index < groups.length; index += 1) {
    const at = `${name}[${index}]`;
    const group: unknown = groups[index];
    assertObject(fn, at, group);
    const key: unknown = group['key'];
    assertObject(fn, `${at}.key`, key);
    const { period, streetOffice, department, category } = key;
    if (typeof period !== 'string' || !PERIOD_PATTERN.test(period)) {
      const fault = typeof period === 'string' ? RangeError : TypeError;
      throw new fault(`${fn} requires ${at}.key.period to be a month written YYYY-MM (tally by period, streetOffice, department and category), got ${describeValue(period)}`);
    }
    if (streetOffice !== null && (typeof streetOffice !== 'string' || streetOffice === '')) {
      throw new TypeError(`${fn} requires ${at}.key.streetOffice to be a non-empty string or null, got ${describeValue(streetOffice)}`);
    }
    if (typeof department !== 'string' || department === '') {
      throw new TypeError(`${fn} requires ${at}.key.department to be a non-empty string, got ${describeValue(department)}`);
    }
    if (!(CASE_CATEGORIES as readonly unknown[]).includes(category)) {
      const fault = typeof category === 'string' ? RangeError : TypeError;
      throw new fault(`${fn} requires ${at}.key.category to be one of ${CASE_CATEGORIES.map((c) => `'${c}'`).join(', ')}, got ${describeValue(category)}`);
    }
    const tally: unknown = group['tally'];
    assertObject(fn, `${at}.tally`, tally);
    for (const count of COUNTS) assertCount(fn, `${at}.tally.${count}`, tally[count]);
    const limits: unknown = group['timeLimits'];
    if (limits !== undefined) {
      assertObject(fn, `${at}.timeLimits`, limits);
      for (const count of TIME_LIMIT_COUNTS) assertCount(fn, `${at}.timeLimits.${count}`, limits[count]);
    }
    const id = JSON.stringify([period, streetOffice, department, category]);
    if (seen.has(id)) throw new RangeError(`${fn} requires ${at}.key to be the key of one group only, got ${describeValue(key)} twice`);
    seen.add(id);
    result.push({
      month: period,
      streetOffice,
      department,
      category: category as CaseCategory,
      accepted: tally['accepted'] as number,
      completed: tally['completed'] as number,
      completedOnTime: tally['completedOnTime'] as number,
      inProgress: tally['inProgress'] as number,
      ...(limits === undefined ? {} : { timeLimits: limits as unknown as TimeLimitTally }),
    });
  }
  return result;
}

/** A unit's counts over a span: 受理, 办结, 按时办结 summed over its months, 在办 at its last month. */
export interface SpanCounts {
  accepted: number;
  completed: number;
  completedOnTime: number;
  inProgress: number;
  /** The time-limit counts summed (超期在办 at the last month), or undefined when no group summed has them. */
  timeLimits?: Record<(typeof TIME_LIMIT_COUNTS)[number], number>;
}

/**
 * Sums the groups that `keep` picks over the months of a span (in-progress
 * from its last month only), exactly: a sum past `Number.MAX_SAFE_INTEGER`
 * is refused.
 *
 * @internal
 */
export function sumSpan(fn: string, groups: readonly MonthlyGroup[], months: ReadonlySet<string>, last: string, keep: (group: MonthlyGroup) => boolean): SpanCounts {
  const sum: SpanCounts = { accepted: 0, completed: 0, completedOnTime: 0, inProgress: 0 };
  const add = (field: Exclude<keyof SpanCounts, 'timeLimits'>, value: number): void => {
    const next = sum[field] + value;
    if (!Number.isSafeInteger(next)) throw new RangeError(`${fn} requires the sum of ${field} to be at most ${Number.MAX_SAFE_INTEGER}, got more`);
    sum[field] = next;
  };
  for (const group of groups) {
    if (!months.has(group.month) || !keep(group)) continue;
    add('accepted', group.accepted);
    add('completed', group.completed);
    add('completedOnTime', group.completedOnTime);
    if (group.month === last) add('inProgress', group.inProgress);
    if (group.timeLimits !== undefined) {
      const limits = (sum.timeLimits ??= Object.fromEntries(TIME_LIMIT_COUNTS.map((field) => [field, 0])) as NonNullable<SpanCounts['timeLimits']>);
      for (const field of TIME_LIMIT_COUNTS) {
        // 超期在办, as 在办, is a count at the span's end.
        if (field === 'overdueInProgress' && group.month !== last) continue;
        const next = limits[field] + group.timeLimits[field];
        if (!Number.isSafeInteger(next)) throw new RangeError(`${fn} requires the sum of timeLimits.${field} to be at most ${Number.MAX_SAFE_INTEGER}, got more`);
        limits[field] = next;
      }
    }
  }
  return sum;
}
