import { assertObject } from '../internal/assertObject.js';
import { describeValue } from '../internal/describeValue.js';
import { CASE_CATEGORIES, type CaseCategory } from '../models/caseCategories.js';
import type { Period } from '../period/Period.js';
import { PERIOD_PATTERN } from '../period/periodPattern.js';
import { type Dimension, TALLY_DIMENSIONS } from '../tally/Dimension.js';
import { mergeTallyGroups } from '../tally/mergeTallyGroups.js';
import type { TallyGroup, TallyKey } from '../tally/TallyResult.js';
import { COUNT_COLUMNS, DIMENSION_COLUMNS, INVALID_COLUMNS } from './query/buildTallySql.js';
import type { TallySqlInvalidCounts, TallySqlQuery, TallySqlResult } from './TallySqlQuery.js';

const FN = 'readTallySqlRows';

/** The fields of {@link TallySqlInvalidCounts}, in the order of the invalid columns. */
const INVALID_FIELDS = [
  'id',
  'category',
  'departmentId',
  'streetOfficeId',
  'acceptedAt',
  'dueAt',
  'completedAt',
  'completedBeforeAccepted',
  'duplicateId',
] as const;

/**
 * Reads the rows of a {@link tallySql} statement, as a driver returns them,
 * into the groups {@link tallyCases} gives for the same records.
 *
 * Drivers differ in what a count comes back as: a string from `pg` (int8), a
 * BigInt from DuckDB and from SQLite with safe integers, a number from
 * others, a numeric string from MySQL's DECIMAL or ClickHouse's JSON UInt64.
 * Each is taken exactly, or refused.
 *
 * ```text
 * groups  = rows with row_kind 0 and a non-zero count, keyed by the dimensions of query.by, sorted as tallyCases sorts
 * invalid = the one row with row_kind 1
 * ```
 * In words: the rows in any order; the key of each group has exactly the
 * dimensions of `query.by`, in that order, and categories and months come back
 * from their indices.
 *
 * Edge cases: a count may be a number, a BigInt, or a string of decimal
 * digits, up to Number.MAX_SAFE_INTEGER; anything else is refused. With
 * `onInvalid: 'throw'` (the default of {@link tallySql}), any invalid record
 * (duplicate ids included) throws; with `'collect'`, they are counted in
 * `invalid` and the groups hold the valid records.
 *
 * @param rows - The rows, as objects keyed by column name (`result.rows` of `pg`, `getRowObjects()` of DuckDB, `all()` of better-sqlite3, `[rows]` of mysql2).
 * @param query - The query that gave them, as {@link tallySql} returned it.
 * @returns The groups, sorted, and the invalid counts.
 * @throws {TypeError} `readTallySqlRows requires query to be what tallySql returned, got an object` (its dimensions, months or flags not as tallySql writes them); `readTallySqlRows requires rows to be an array of row objects, got null`; `readTallySqlRows requires rows[0].accepted to be a count (a number, BigInt or string of digits), got null` (likewise a department or street office that is not a string).
 * @throws {RangeError} `readTallySqlRows requires rows[0].accepted to be a non-negative integer up to Number.MAX_SAFE_INTEGER, got "9007199254740993"`; `readTallySqlRows requires rows to hold exactly one summary row (row_kind 1), got an array of length 1 with 0`; `readTallySqlRows requires the table to hold no invalid records, got 1 with completedAt before acceptedAt (write the query with onInvalid: 'collect' to count them)`.
 * @example
 * ```ts
 * const query = tallySql({ dialect: 'sqlite', table: 'cases', period: '2019-01', by: 'department' });
 * const zeros = { invalid_id: 0, invalid_category: 0, invalid_department: 0, invalid_street_office: 0, invalid_accepted_at: 0,
 *   invalid_due_at: 0, invalid_completed_at: 0, completed_before_accepted: 0, duplicate_ids: 0 };
 * readTallySqlRows([
 *   { row_kind: 0, department: '区卫计局', accepted: 3n, completed: '2', completed_on_time: 2, due: 1, in_progress: 1, ...zeros },
 *   { row_kind: 1, department: null, accepted: 0, completed: 0, completed_on_time: 0, due: 0, in_progress: 0, ...zeros },
 * ], query).groups;
 * // => [{ key: { department: '区卫计局' }, tally: { accepted: 3, completed: 2, completedOnTime: 2, due: 1, inProgress: 1 } }]
 * ```
 * @see {@link tallySql}; {@link mergeTallyGroups} to merge the results of shards.
 * @category SQL
 */
export function readTallySqlRows(rows: readonly Readonly<Record<string, unknown>>[], query: TallySqlQuery): TallySqlResult {
  assertObject(FN, 'query', query);
  if (
    !isDimensionList(query.by) ||
    !isMonthList(query.months) ||
    (query.onInvalid !== 'throw' && query.onInvalid !== 'collect') ||
    typeof query.checkDuplicateIds !== 'boolean'
  ) {
    throw new TypeError(`${FN} requires query to be what tallySql returned, got ${describeValue(query)}`);
  }
  if (!Array.isArray(rows) || !rows.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))) {
    throw new TypeError(`${FN} requires rows to be an array of row objects, got ${describeValue(rows)}`);
  }
  const groups: TallyGroup[] = [];
  let invalid: TallySqlInvalidCounts | null = null;
  let summaries = 0;
  rows.forEach((row, index) => {
    const kind = readCount(row, index, 'row_kind');
    if (kind === 1) {
      summaries += 1;
      const counts: Record<string, number | null> = {};
      INVALID_COLUMNS.forEach((column, at) => {
        counts[INVALID_FIELDS[at] as string] =
          column === 'duplicate_ids' && !query.checkDuplicateIds ? null : readCount(row, index, column);
      });
      invalid = counts as unknown as TallySqlInvalidCounts;
      return;
    }
    if (kind !== 0) throw new RangeError(`${FN} requires rows[${index}].row_kind to be 0 or 1, got ${describeValue(row['row_kind'])}`);
    const [accepted, completed, completedOnTime, due, inProgress] = COUNT_COLUMNS.map((column) => readCount(row, index, column)) as [
      number,
      number,
      number,
      number,
      number,
    ];
    if (accepted === 0 && completed === 0 && due === 0 && inProgress === 0) return;
    const key: { department?: string; category?: CaseCategory; streetOffice?: string | null; period?: Period } = {};
    for (const dimension of query.by) {
      const column = DIMENSION_COLUMNS[dimension];
      const value = row[column];
      if (dimension === 'department' || dimension === 'streetOffice') {
        if (!(typeof value === 'string' && value.length > 0) && !(dimension === 'streetOffice' && value === null)) {
          throw new TypeError(`${FN} requires rows[${index}].${column} to be a non-empty string${dimension === 'streetOffice' ? ' or null' : ''}, got ${describeValue(value)}`);
        }
        if (dimension === 'department') key.department = value as string;
        else key.streetOffice = value as string | null;
      } else if (dimension === 'category') {
        key.category = CASE_CATEGORIES[readIndex(row, index, column, CASE_CATEGORIES.length)] as CaseCategory;
      } else {
        key.period = query.months[readIndex(row, index, column, query.months.length)] as Period;
      }
    }
    groups.push({ key: key as TallyKey, tally: { accepted, completed, completedOnTime, due, inProgress } });
  });
  if (summaries !== 1 || invalid === null) {
    throw new RangeError(`${FN} requires rows to hold exactly one summary row (row_kind 1), got ${describeValue(rows)} with ${summaries}`);
  }
  const found: TallySqlInvalidCounts = invalid;
  if (query.onInvalid === 'throw') {
    const parts = INVALID_FIELDS.filter((field) => (found[field] ?? 0) > 0).map((field) => `${found[field]} ${describeField(field)}`);
    if (parts.length > 0) {
      throw new RangeError(`${FN} requires the table to hold no invalid records, got ${parts.join(', ')} (write the query with onInvalid: 'collect' to count them)`);
    }
  }
  // Sorted as tallyCases sorts (and any two rows of one key, from a driver that splits them, added).
  return { groups: mergeTallyGroups(groups, [], query.by), invalid: found };
}

/** The dimensions of a query: names of {@link TALLY_DIMENSIONS}, a hole being none. */
function isDimensionList(value: unknown): value is readonly Dimension[] {
  return Array.isArray(value) && Array.from(value).every((item) => (TALLY_DIMENSIONS as readonly unknown[]).includes(item));
}

/** The months of a query: `YYYY-MM` texts, a hole being none. */
function isMonthList(value: unknown): value is readonly Period[] {
  return Array.isArray(value) && Array.from(value).every((item) => typeof item === 'string' && PERIOD_PATTERN.test(item));
}

function describeField(field: (typeof INVALID_FIELDS)[number]): string {
  if (field === 'completedBeforeAccepted') return 'with completedAt before acceptedAt';
  if (field === 'duplicateId') return 'with a duplicate id';
  return `with an invalid ${field}`;
}

/** A count as a driver returns it: a number, a BigInt or a string of digits, up to Number.MAX_SAFE_INTEGER. */
function readCount(row: Readonly<Record<string, unknown>>, index: number, column: string): number {
  const value = row[column];
  let count: number;
  if (typeof value === 'number') count = value;
  else if (typeof value === 'bigint') count = value >= 0n && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : Number.NaN;
  else if (typeof value === 'string') count = /^(0|[1-9][0-9]{0,15})$/.test(value) ? Number(value) : Number.NaN;
  else throw new TypeError(`${FN} requires rows[${index}].${column} to be a count (a number, BigInt or string of digits), got ${describeValue(value)}`);
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`${FN} requires rows[${index}].${column} to be a non-negative integer up to Number.MAX_SAFE_INTEGER, got ${describeValue(value)}`);
  }
  return count === 0 ? 0 : count; // -0 from a driver is 0
}

/** An index below `length` (a category's or a month's), as a count. */
function readIndex(row: Readonly<Record<string, unknown>>, index: number, column: string, length: number): number {
  const value = readCount(row, index, column);
  if (value >= length) throw new RangeError(`${FN} requires rows[${index}].${column} to be an index below ${length}, got ${describeValue(row[column])}`);
  return value;
}
