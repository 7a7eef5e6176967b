import { assertCount } from '../internal/assertCount.js';
import { assertObject } from '../internal/assertObject.js';
import { describeValue } from '../internal/describeValue.js';
import { EPOCH_LIMIT, isEpochMs } from '../internal/readTimestamp.js';
import { readTallyPlan } from './engine/readTallyPlan.js';
import { keepShapes, TallyAccumulator } from './engine/TallyAccumulator.js';
import type { CaseColumns } from './CaseColumns.js';
import type { TallyOptions } from './TallyOptions.js';
import type { TallyResult } from './TallyResult.js';

/** Largest department × street-office table of units made ahead (each unit holds its counters). */
const MAX_UNIT_TABLE = 1 << 16;
/** Rows per call of the counting loop. */
const BLOCK = 4096;
/** What a time column holds. */
const EPOCH_MS = 'whole epoch milliseconds within the range of a Date (±8.64e15)';

/**
 * Tallies case records held as {@link CaseColumns} (typed arrays): the
 * same counts and groups as {@link tallyCases}, several times faster.
 *
 * For large data sets already in columnar form (Arrow, Parquet, a DuckDB
 * result) or built once with {@link toColumns} and queried many times. The
 * loop reads typed arrays only and allocates nothing per row: dictionary
 * codes map to groups through a table built once per distinct code.
 *
 * ```text
 * tallyColumns(toColumns(records), options) = tallyCases(records, { ...options, checkDuplicateIds: false })
 * ```
 * In words: the counting rules, grouping, order and invalid-record handling
 * are those of {@link tallyCases}; only the input shape differs.
 *
 * Edge cases: a row is invalid when a time is not a whole number of
 * milliseconds within a `Date`'s range, ±8.64e15 (NaN is allowed only in
 * `dueAt` and `completedAt`), when
 * `completedAt < acceptedAt`, or when a code is outside its dictionary or
 * `category` is not 0 or 1. Duplicate ids are not checked (a columnar
 * source is usually keyed); `ids`, when given, name rows in errors.
 *
 * @param columns - The columns; see {@link CaseColumns}.
 * @param options - The period, the dimensions and the options of {@link TallyOptions}.
 * @returns `{ groups, invalid }` as {@link tallyCases} returns them.
 * @throws {TypeError} `tallyColumns requires columns.acceptedAt to be a Float64Array, got …` (likewise each column) for a missing or wrong column.
 * @throws {RangeError} `tallyColumns requires columns.dueAt to have length 5, got 4` for a column of the wrong length; `tallyColumns requires columns.departmentIds[1] to be a non-empty string, got a hole` (likewise `streetOfficeIds`) for a hole in a dictionary; bad options as in {@link tallyCases}.
 * @throws {InvalidRecordError} `tallyColumns requires records[2] (id "x") completedAt to be at or after acceptedAt, got 1546300800000` for the first invalid row, unless collecting.
 * @example
 * ```ts
 * const columns = toColumns([
 *   { id: 'a', category: 'public_service', departmentId: '区人社局', acceptedAt: '2019-01-05T09:30:00+08:00', completedAt: '2019-01-06T10:00:00+08:00' },
 *   { id: 'b', category: 'public_service', departmentId: '区人社局', acceptedAt: '2019-01-31T17:00:00+08:00', dueAt: '2019-02-10T17:00:00+08:00' },
 * ]);
 * tallyColumns(columns, { period: '2019-01', by: 'department' }).groups;
 * // => [{ key: { department: '区人社局' }, tally: { accepted: 2, completed: 1, completedOnTime: 1, due: 0, inProgress: 1 } }]
 * ```
 * @see {@link toColumns}, {@link tallyCases}
 * @category Tally
 */
export function tallyColumns(columns: CaseColumns, options: TallyOptions): TallyResult {
  const fn = 'tallyColumns';
  const plan = readTallyPlan(fn, options);
  assertObject(fn, 'columns', columns);
  const length = columns.length;
  assertCount(fn, 'columns.length', length);
  column(fn, columns, 'category', Uint8Array, length);
  column(fn, columns, 'department', Int32Array, length);
  column(fn, columns, 'streetOffice', Int32Array, length);
  column(fn, columns, 'acceptedAt', Float64Array, length);
  column(fn, columns, 'dueAt', Float64Array, length);
  column(fn, columns, 'completedAt', Float64Array, length);
  const departmentIds = dictionary(fn, columns, 'departmentIds');
  const streetOfficeIds = dictionary(fn, columns, 'streetOfficeIds');
  const ids = columns.ids;
  if (ids !== undefined && (!Array.isArray(ids) || ids.length !== length)) {
    throw new TypeError(`${fn} requires columns.ids to be undefined or an array of length ${length}, got ${describeValue(ids)}`);
  }

  keepShapes();
  const accumulator = new TallyAccumulator(plan);
  const units = resolveUnits(accumulator, departmentIds, streetOfficeIds);
  const invalidRows: number[] = [];
  // In blocks: a function called often is optimized whole and stays so, where
  // one long loop would run interpreted until on-stack replacement, after every GC.
  for (let from = 0; from < length; from += BLOCK) {
    countRows(accumulator, columns, from, Math.min(from + BLOCK, length), units, departmentIds.length, streetOfficeIds.length, invalidRows);
  }
  for (const row of invalidRows) rejectRow(accumulator, columns, row, departmentIds.length, streetOfficeIds.length);
  accumulator.recordCount = length;
  return accumulator.result();
}

/**
 * The unit of every (department code, street office code + 1) pair, made
 * before the loop so that the loop never interns: -1 for a pair left out.
 * Units that no row uses have zero counts and do not appear in the result.
 * A dictionary product too large for a table gives null: units are then
 * found per row.
 */
function resolveUnits(
  accumulator: TallyAccumulator,
  departmentIds: readonly string[],
  streetOfficeIds: readonly string[],
): Int32Array | null {
  const width = streetOfficeIds.length + 1;
  if (departmentIds.length * width > MAX_UNIT_TABLE) return null;
  const units = new Int32Array(departmentIds.length * width);
  for (let department = 0; department < departmentIds.length; department += 1) {
    for (let street = -1; street < streetOfficeIds.length; street += 1) {
      units[department * width + street + 1] = unitOfCodes(accumulator, departmentIds, streetOfficeIds, department, street);
    }
  }
  return units;
}

/**
 * The hot loop: typed arrays in, counts out, nothing allocated per row. Rows
 * that fail a check are only noted (in order) and reported afterwards.
 */
function countRows(
  accumulator: TallyAccumulator,
  columns: CaseColumns,
  from: number,
  to: number,
  units: Int32Array | null,
  departmentCount: number,
  streetOfficeCount: number,
  invalidRows: number[],
): void {
  const { category, department, streetOffice, acceptedAt, dueAt, completedAt } = columns;
  const { start, end } = accumulator.plan;
  const width = streetOfficeCount + 1;
  const limit = EPOCH_LIMIT; // a local: module constants are re-read and checked on every use
  for (let row = from; row < to; row += 1) {
    const accepted = acceptedAt[row] as number;
    const completedRaw = completedAt[row] as number;
    const dueRaw = dueAt[row] as number;
    const categoryCode = category[row] as number;
    const departmentCode = department[row] as number;
    const streetOfficeCode = streetOffice[row] as number;
    // NaN fails every comparison, so `!(x <= limit)` catches it in acceptedAt;
    // `x !== x` lets it through (as "none") in completedAt and dueAt.
    if (
      !(
        accepted <= limit &&
        accepted >= -limit &&
        Math.floor(accepted) === accepted &&
        (completedRaw !== completedRaw ||
          (completedRaw >= accepted && completedRaw <= limit && Math.floor(completedRaw) === completedRaw)) &&
        (dueRaw !== dueRaw || (dueRaw >= -limit && dueRaw <= limit && Math.floor(dueRaw) === dueRaw)) &&
        categoryCode <= 1 &&
        departmentCode >>> 0 < departmentCount &&
        (streetOfficeCode + 1) >>> 0 <= streetOfficeCount
      )
    ) {
      invalidRows.push(row);
      continue;
    }
    const completed = completedRaw === completedRaw ? completedRaw : Number.POSITIVE_INFINITY;
    const due = dueRaw === dueRaw ? dueRaw : Number.POSITIVE_INFINITY;
    if (!((accepted < end && completed >= start) || (due >= start && due < end))) continue;
    const unit =
      units === null
        ? unitOfCodes(accumulator, columns.departmentIds, columns.streetOfficeIds, departmentCode, streetOfficeCode)
        : (units[departmentCode * width + streetOfficeCode + 1] as number);
    if (unit >= 0) accumulator.count(unit, categoryCode, accepted, completed, due);
  }
}

/** Reports a row that {@link countRows} found invalid, naming the first field at fault. */
function rejectRow(
  accumulator: TallyAccumulator,
  columns: CaseColumns,
  row: number,
  departmentCount: number,
  streetOfficeCount: number,
): void {
  const accepted = columns.acceptedAt[row] as number;
  const completed = columns.completedAt[row] as number;
  const due = columns.dueAt[row] as number;
  const reject = (field: string, what: string, value: unknown) =>
    accumulator.reject('tallyColumns', row, null, columns.ids?.[row] ?? null, field, what, value);
  // In the order in which the record paths check the fields (checkCaseRecord).
  if (!isEpochMs(accepted)) reject('acceptedAt', EPOCH_MS, accepted);
  else if (due === due && !isEpochMs(due)) reject('dueAt', `${EPOCH_MS} or NaN`, due);
  else if (completed === completed && !isEpochMs(completed)) reject('completedAt', `${EPOCH_MS} or NaN`, completed);
  else if (completed < accepted) reject('completedAt', 'at or after acceptedAt', completed);
  else if ((columns.category[row] as number) > 1) reject('category', '0 or 1', columns.category[row]);
  else if (!((columns.department[row] as number) >= 0 && (columns.department[row] as number) < departmentCount)) {
    reject('department', `a code below ${departmentCount}`, columns.department[row]);
  } else {
    reject('streetOffice', `−1 or a code below ${streetOfficeCount}`, columns.streetOffice[row]);
  }
}

function unitOfCodes(
  accumulator: TallyAccumulator,
  departmentIds: readonly string[],
  streetOfficeIds: readonly string[],
  departmentCode: number,
  streetOfficeCode: number,
): number {
  return accumulator.unitOf(
    departmentIds[departmentCode] as string,
    streetOfficeCode < 0 ? null : (streetOfficeIds[streetOfficeCode] as string),
  );
}

function column<T extends Uint8Array | Int32Array | Float64Array>(
  fn: string,
  columns: CaseColumns,
  name: 'category' | 'department' | 'streetOffice' | 'acceptedAt' | 'dueAt' | 'completedAt',
  type: { new (length: number): T; readonly name: string },
  length: number,
): T {
  const value: unknown = columns[name];
  if (!(value instanceof type)) {
    throw new TypeError(`${fn} requires columns.${name} to be a ${type.name}, got ${describeValue(value)}`);
  }
  if (value.length !== length) {
    throw new RangeError(`${fn} requires columns.${name} to have length ${length}, got ${value.length}`);
  }
  return value;
}

function dictionary(fn: string, columns: CaseColumns, name: 'departmentIds' | 'streetOfficeIds'): readonly string[] {
  const value: unknown = columns[name];
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && id.length > 0)) {
    throw new TypeError(`${fn} requires columns.${name} to be an array of non-empty strings, got ${describeValue(value)}`);
  }
  // every() skips holes: a hole would drop its rows, or group them under no key
  for (let index = 0; index < value.length; index += 1) {
    if (!(index in value)) throw new RangeError(`${fn} requires columns.${name}[${index}] to be a non-empty string, got a hole`);
  }
  return value as readonly string[];
}
