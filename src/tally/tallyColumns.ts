import { assertObject } from '../internal/assertObject.js';
import { describeValue } from '../internal/describeValue.js';
import { EPOCH_LIMIT } from '../internal/readCaseRecord.js';
import { readTallyPlan } from '../internal/readTallyPlan.js';
import { TallyAccumulator } from '../internal/TallyAccumulator.js';
import type { CaseColumns } from './CaseColumns.js';
import type { TallyOptions } from './TallyOptions.js';
import type { TallyResult } from './TallyResult.js';

/** Largest department × street-office table of cached units. */
const MAX_UNIT_TABLE = 1 << 22;

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
 * milliseconds (NaN is allowed only in `dueAt` and `completedAt`), when
 * `completedAt < acceptedAt`, or when a code is outside its dictionary or
 * `category` is not 0 or 1. Duplicate ids are not checked (a columnar
 * source is usually keyed); `ids`, when given, name rows in errors.
 *
 * @param columns - The columns; see {@link CaseColumns}.
 * @param options - The period, the dimensions and the options of {@link TallyOptions}.
 * @returns `{ groups, invalid }` as {@link tallyCases} returns them.
 * @throws {TypeError} `tallyColumns requires columns.acceptedAt to be a Float64Array, got …` (likewise each column) for a missing or wrong column.
 * @throws {RangeError} `tallyColumns requires columns.dueAt to have length 5, got 4` for a column of the wrong length; bad options as in {@link tallyCases}.
 * @throws {InvalidRecordError} `tallyColumns requires records[2] (id "x") completedAt to be at or after acceptedAt, got 1546300800000` for the first invalid row, unless collecting.
 * @example
 * ```ts
 * const columns = toColumns(records); // the records of the tallyCases example
 * tallyColumns(columns, { period: '2019-01', by: 'department' }).groups[0];
 * // => { key: { department: '区人社局' }, tally: { accepted: 2, completed: 1, completedOnTime: 1, due: 0, inProgress: 1 } }
 * ```
 * @see {@link toColumns}, {@link tallyCases}
 * @category Tally
 */
export function tallyColumns(columns: CaseColumns, options: TallyOptions): TallyResult {
  const fn = 'tallyColumns';
  const plan = readTallyPlan(fn, options);
  assertObject(fn, 'columns', columns);
  const length = columns.length;
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
    throw new TypeError(`${fn} requires columns.length to be a non-negative integer, got ${describeValue(length)}`);
  }
  const category = column(fn, columns, 'category', Uint8Array, length);
  const department = column(fn, columns, 'department', Int32Array, length);
  const streetOffice = column(fn, columns, 'streetOffice', Int32Array, length);
  const acceptedAt = column(fn, columns, 'acceptedAt', Float64Array, length);
  const dueAt = column(fn, columns, 'dueAt', Float64Array, length);
  const completedAt = column(fn, columns, 'completedAt', Float64Array, length);
  const departmentIds = dictionary(fn, columns, 'departmentIds');
  const streetOfficeIds = dictionary(fn, columns, 'streetOfficeIds');
  const ids = columns.ids;
  if (ids !== undefined && (!Array.isArray(ids) || ids.length !== length)) {
    throw new TypeError(`${fn} requires columns.ids to be undefined or an array of length ${length}, got ${describeValue(ids)}`);
  }

  const accumulator = new TallyAccumulator(plan);
  const departmentCount = departmentIds.length;
  const streetOfficeCount = streetOfficeIds.length;
  // Units by (department code, street office code + 1), filled on first use; -2 = not yet known.
  const tableSize = departmentCount * (streetOfficeCount + 1);
  const useTable = tableSize <= MAX_UNIT_TABLE;
  const units = new Int32Array(useTable ? tableSize : 0).fill(-2);
  const start = plan.start;
  const end = plan.end;
  const reject = (row: number, field: string, what: string, value: unknown): void => {
    accumulator.recordCount = row;
    accumulator.reject(fn, row, null, ids === undefined ? null : (ids[row] ?? null), field, what, value);
  };

  for (let row = 0; row < length; row += 1) {
    const accepted = acceptedAt[row] as number;
    let completed = completedAt[row] as number;
    let due = dueAt[row] as number;
    const categoryCode = category[row] as number;
    const departmentCode = department[row] as number;
    const streetOfficeCode = streetOffice[row] as number;
    // Checks first: NaN fails every comparison, so `!(x <= limit)` catches it.
    if (!(accepted <= EPOCH_LIMIT && accepted >= -EPOCH_LIMIT && Math.floor(accepted) === accepted)) {
      reject(row, 'acceptedAt', 'whole epoch milliseconds', accepted);
      continue;
    }
    if (completed !== completed) completed = Number.POSITIVE_INFINITY;
    else if (!(completed <= EPOCH_LIMIT && completed >= accepted && Math.floor(completed) === completed)) {
      reject(row, 'completedAt', completed < accepted ? 'at or after acceptedAt' : 'whole epoch milliseconds or NaN', completed);
      continue;
    }
    if (due !== due) due = Number.POSITIVE_INFINITY;
    else if (!(due <= EPOCH_LIMIT && due >= -EPOCH_LIMIT && Math.floor(due) === due)) {
      reject(row, 'dueAt', 'whole epoch milliseconds or NaN', due);
      continue;
    }
    if (categoryCode > 1) {
      reject(row, 'category', '0 or 1', categoryCode);
      continue;
    }
    if (departmentCode < 0 || departmentCode >= departmentCount) {
      reject(row, 'department', `a code below ${departmentCount}`, departmentCode);
      continue;
    }
    if (streetOfficeCode < -1 || streetOfficeCode >= streetOfficeCount) {
      reject(row, 'streetOffice', `−1 or a code below ${streetOfficeCount}`, streetOfficeCode);
      continue;
    }
    if (!((accepted < end && completed >= start) || (due >= start && due < end))) continue;
    let unit: number;
    if (useTable) {
      const slot = departmentCode * (streetOfficeCount + 1) + streetOfficeCode + 1;
      unit = units[slot] as number;
      if (unit === -2) {
        unit = unitOfCodes(accumulator, departmentIds, streetOfficeIds, departmentCode, streetOfficeCode);
        units[slot] = unit;
      }
    } else {
      unit = unitOfCodes(accumulator, departmentIds, streetOfficeIds, departmentCode, streetOfficeCode);
    }
    if (unit >= 0) accumulator.count(unit, categoryCode, accepted, completed, due);
  }
  accumulator.recordCount = length;
  return accumulator.result();
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
  return value as readonly string[];
}
