import { PARSED } from '../../internal/parseIsoTimestamp.js';
import { readOptionalTimeInto, readTimeInto } from '../../internal/readTimestamp.js';
import { CASE_STATUSES, type CaseStatusKind } from '../../models/caseStatuses.js';
import { ITEM_TYPE_CODES, ITEM_TYPE_NAMES, type ItemTypeCode } from '../../models/itemTypeCodes.js';
import { ITEM_TYPE_FORMS } from '../../models/toItemTypeCode.js';
import { CATEGORY_FORMS, readCaseType } from '../../models/readCaseType.js';
import { parseTimeLimit, type TimeLimitUnitName } from '../../calendar/parseTimeLimit.js';
import type { TimeLimit, TimeLimitUnit } from '../../calendar/TimeLimit.js';
import type { ComputeDeadlineOptions } from '../../calendar/computeDeadline.js';

const ANY_TIME = 'an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15)';
const OPTIONAL_TIME = 'an ISO 8601 time with an offset, whole epoch milliseconds within the range of a Date (±8.64e15) or null';
const ANY_WALL_TIME =
  'an ISO 8601 time, a wall-clock time (2019-01-05 09:30:00, 2019/1/5 9:30, 2019-01-05) or whole epoch milliseconds within the range of a Date (±8.64e15)';
const OPTIONAL_WALL_TIME =
  'an ISO 8601 time, a wall-clock time (2019-01-05 09:30:00, 2019/1/5 9:30, 2019-01-05), whole epoch milliseconds within the range of a Date (±8.64e15) or null';

/**
 * How records are read beyond their shape: the clock of times written
 * without an offset, and the table of 办件状态 values.
 *
 * @internal
 */
export interface RecordRules {
  /** Minutes ahead of UTC of a time written without an offset; NaN refuses such times. */
  readonly wallClockOffsetMinutes: number;
  /** Each status a record may carry, and what it means. */
  readonly statuses: ReadonlyMap<string, CaseStatusKind>;
  /** How time limits are read and deadlines computed. */
  readonly timeLimits: TimeLimitRules;
}

/**
 * How a tally reads time limits: the unit of a bare number, what 天 means,
 * and the options of computeDeadline (the tally's offset among them).
 *
 * @internal
 */
export interface TimeLimitRules {
  readonly unit: TimeLimitUnitName | undefined;
  readonly days: 'natural-days' | 'working-days';
  /** calendar, utcOffsetMinutes, countAcceptanceDay and closingTime, checked. */
  readonly deadline: ComputeDeadlineOptions;
  /**
   * 1 when the last day ends at 24:00 (no closingTime, or '24:00'): a computed
   * deadline is then the last millisecond of its last day, as a dueAt
   * written as a date alone is, so that it falls in the month of that day; 0
   * for a closing time, which is itself on time.
   */
  readonly endOfDayShift: number;
  /** Each limit as written, read once: the limit, or null when it cannot be read. */
  readonly cache: Map<unknown, TimeLimit | null>;
}

/** The limit rules when the caller states none: bare numbers refused, 天 natural days, UTC+8. */
export function defaultTimeLimitRules(): TimeLimitRules {
  return { unit: undefined, days: 'natural-days', deadline: { utcOffsetMinutes: 480 }, endOfDayShift: 1, cache: new Map() };
}

/** The rules when the caller states none: offset-less times refused, the standard statuses. */
export const DEFAULT_RECORD_RULES: RecordRules = {
  wallClockOffsetMinutes: Number.NaN,
  statuses: new Map(Object.entries(CASE_STATUSES)),
  timeLimits: defaultTimeLimitRules(),
};

/** The most distinct limits kept read; past it the cache starts again (a file of random text cannot grow it). */
const LIMIT_CACHE_SIZE = 4096;

/** A limit as written (text or a bare number), read by the rules: the limit, or null. */
function readLimit(value: unknown, rules: TimeLimitRules): TimeLimit | null {
  const cached = rules.cache.get(value);
  if (cached !== undefined) return cached;
  let limit: TimeLimit | null = null;
  if ((typeof value === 'string' && value.length > 0) || typeof value === 'number') {
    try {
      limit = parseTimeLimit(value, rules.unit === undefined ? { days: rules.days } : { unit: rules.unit, days: rules.days });
    } catch {
      limit = null;
    }
  }
  if (rules.cache.size >= LIMIT_CACHE_SIZE) rules.cache.clear();
  rules.cache.set(value, limit);
  return limit;
}

const LIMIT_FORMS =
  'a time limit such as "15个工作日", "15工作日", "20天", "20日", "3个自然日", "48小时", "即办" or "即时办结" (a bare number with the option timeLimit.unit) or null';


/**
 * The fields of one case record as the counting loops need them, written by
 * {@link readCaseRecord} into one reused object (no allocation per record).
 * When the record is invalid, `field`, `expected` and `value` say why.
 *
 * @internal
 */
export class RecordFields {
  /** When the record is invalid: its id, or null when it has no readable id. */
  id: string | null = null;
  /** Index in CASE_CATEGORIES. */
  categoryIndex = 0;
  /** NaN until read: a double from the start, so that the field never changes representation. */
  accepted = Number.NaN;
  /** Infinity while open. */
  completed = Number.POSITIVE_INFINITY;
  /** Infinity when there is no deadline. */
  due = Number.POSITIVE_INFINITY;
  /** The 事项类型 code the record gives (in itemTypeCode, or by a 事项类型 name in category), or null. */
  itemTypeCode: ItemTypeCode | null = null;
  field: string | null = null;
  expected = '';
  value: unknown = undefined;
  /** 0: no time limit; 1: 即办 (a limit of 0); 2: a limit of more than 0 (承诺件). */
  limitKind = 0;
  /** The limit's amount and unit, when limitKind is not 0. */
  limitAmount = 0;
  limitUnit: TimeLimitUnit = 'working-days';
  /** The field the limit was read from. */
  limitField: 'timeLimit' | 'statutoryTimeLimit' = 'timeLimit';
  /** How times and statuses are read. */
  rules: RecordRules = DEFAULT_RECORD_RULES;
}

/**
 * What is wrong with a record, by the code {@link checkCaseRecord} returns:
 * the field (null for the record itself) and what it should be.
 */
const PROBLEMS: readonly (readonly [field: string | null, expected: string])[] = [
  // Stryker disable next-line ArrayDeclaration,StringLiteral: code 0 means no problem, and describeProblem is never called with it
  [null, ''],
  [null, 'an object'],
  ['id', 'a non-empty string'],
  ['category', CATEGORY_FORMS],
  ['departmentId', 'a non-empty string'],
  ['streetOfficeId', 'a non-empty string or null'],
  ['itemTypeCode', ITEM_TYPE_FORMS],
  [
    'itemTypeCode',
    // Stryker disable next-line StringLiteral: describeProblem writes the text of code 7 itself, with the record's category
    '',
  ],
  ['acceptedAt', ANY_TIME],
  ['dueAt', OPTIONAL_TIME],
  ['completedAt', OPTIONAL_TIME],
  ['completedAt', 'at or after acceptedAt'],
  // Stryker disable next-line StringLiteral: describeProblem writes the text of code 12 itself, with the statuses of the rules
  ['status', ''],
  ['completedAt', 'a time: the status says the case is completed (办结)'],
  ['completedAt', 'absent: the status says the case is still open (在办)'],
  ['itemName', 'a non-empty string or null'],
  ['timeLimit', LIMIT_FORMS],
  ['statutoryTimeLimit', LIMIT_FORMS],
];

/**
 * Checks a case record object and reads its category and times into `out`
 * (the caller reads the ids from the record itself: storing strings would
 * cost a write barrier each). Returns 0, or the code of the first problem
 * (see {@link describeProblem}). Kept small so that the compiler inlines it
 * into the counting loop.
 *
 * @internal
 */
export function checkCaseRecord(record: unknown, out: RecordFields): number {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 1;
  const fields = record as Record<string, unknown>;
  const id = fields['id'];
  if (typeof id !== 'string' || id.length === 0) return 2;
  const category = fields['category'];
  const itemTypeCode = fields['itemTypeCode'];
  out.itemTypeCode = null;
  if (category === 'public_service' && itemTypeCode === undefined) out.categoryIndex = 1;
  else if (category === 'administrative_licensing' && itemTypeCode === undefined) out.categoryIndex = 0;
  else {
    const type = readCaseType(category, itemTypeCode);
    if (type < 0) return -type;
    out.categoryIndex = type >> 8;
    const code = type & 255;
    out.itemTypeCode = code === 0 ? null : (ITEM_TYPE_CODES[code - 1] as ItemTypeCode);
  }
  const department = fields['departmentId'];
  if (typeof department !== 'string' || department.length === 0) return 4;
  const streetOffice = fields['streetOfficeId'];
  if (streetOffice !== undefined && streetOffice !== null && (typeof streetOffice !== 'string' || streetOffice.length === 0)) {
    return 5;
  }
  const itemName = fields['itemName'];
  if (itemName !== undefined && itemName !== null && (typeof itemName !== 'string' || itemName.length === 0)) return 15;
  const wallClock = out.rules.wallClockOffsetMinutes;
  if (!readTimeInto(fields['acceptedAt'], wallClock, false)) return 8;
  const accepted = PARSED[0] as number;
  out.accepted = accepted;
  if (!readOptionalTimeInto(fields['dueAt'], wallClock, true)) return 9;
  out.due = PARSED[0] as number;
  if (!readOptionalTimeInto(fields['completedAt'], wallClock, true)) return 10;
  const completed = PARSED[0] as number;
  if (completed < accepted) return 11;
  out.completed = completed;
  out.limitKind = 0;
  const committed = fields['timeLimit'];
  const statutory = fields['statutoryTimeLimit'];
  const limited = (committed !== undefined && committed !== null) || (statutory !== undefined && statutory !== null);
  const status = fields['status'];
  if (status === undefined || status === null) return limited ? readRecordLimit(committed, statutory, out) : 0;
  const kind = typeof status === 'string' ? out.rules.statuses.get(status) : undefined;
  if (kind === undefined) return 12;
  if (kind === 'excluded') return -1;
  if (kind === 'completed' && completed === Number.POSITIVE_INFINITY) return 13;
  if (kind !== 'completed' && completed !== Number.POSITIVE_INFINITY) return 14;
  return limited ? readRecordLimit(committed, statutory, out) : 0;
}

/**
 * Reads a record's time limit into `out`: `timeLimit` (承诺时限) when it has
 * one, else `statutoryTimeLimit` (法定时限); both are checked. Returns 0, or
 * 16 (timeLimit) or 17 (statutoryTimeLimit) for one that cannot be read.
 */
function readRecordLimit(committed: unknown, statutory: unknown, out: RecordFields): number {
  const rules = out.rules.timeLimits;
  const committedLimit = committed === undefined || committed === null ? undefined : readLimit(committed, rules);
  if (committedLimit === null) return 16;
  const statutoryLimit = statutory === undefined || statutory === null ? undefined : readLimit(statutory, rules);
  if (statutoryLimit === null) return 17;
  const limit = (committedLimit ?? statutoryLimit) as TimeLimit;
  out.limitKind = limit.amount === 0 ? 1 : 2;
  out.limitAmount = limit.amount;
  out.limitUnit = limit.unit;
  out.limitField = committedLimit === undefined ? 'statutoryTimeLimit' : 'timeLimit';
  return 0;
}

/**
 * 0 for a known 事项类型 code of the category, else 6 (unknown) or 7 (of the other category).
 *
 * @internal
 */
export function itemTypeProblem(itemTypeCode: unknown, categoryIndex: number): number {
  if (typeof itemTypeCode !== 'string' || !Object.hasOwn(ITEM_TYPE_NAMES, itemTypeCode)) return 6;
  return (itemTypeCode === '01') === (categoryIndex === 0) ? 0 : 7;
}

/**
 * Sets `out.id`, `out.field`, `out.expected` and `out.value` for the
 * problem `code` of `record`.
 *
 * @internal
 */
export function describeProblem(record: unknown, code: number, out: RecordFields): void {
  // Stryker disable next-line ArrayDeclaration,StringLiteral: checkCaseRecord returns only codes 1 to 17, all in PROBLEMS
  const [field, expected] = PROBLEMS[code] ?? [null, 'a case record'];
  const fields: Record<string, unknown> = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {};
  const id = fields['id'];
  out.id = typeof id === 'string' && id.length > 0 ? id : null;
  out.field = field;
  const wallClock = out.rules.wallClockOffsetMinutes === out.rules.wallClockOffsetMinutes;
  if (code === 7) out.expected = `a code of category '${String(fields['category'])}' (01 is 行政许可, the others 公共服务)`;
  else if (code === 12) out.expected = `a 办件状态 of the table (${[...out.rules.statuses.keys()].join(', ')})`;
  else if (wallClock && code === 8) out.expected = ANY_WALL_TIME;
  else if (wallClock && (code === 9 || code === 10)) out.expected = OPTIONAL_WALL_TIME;
  else out.expected = expected;
  out.value = field === null ? record : fields[field];
}

/**
 * {@link checkCaseRecord}, with the problem described in `out` when there is one.
 *
 * @internal
 */
export function readCaseRecord(record: unknown, out: RecordFields): boolean {
  const code = checkCaseRecord(record, out);
  if (code === 0) return true;
  describeProblem(record, code, out);
  return false;
}

