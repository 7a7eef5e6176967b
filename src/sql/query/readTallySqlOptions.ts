import { assertObject } from '../../internal/assertObject.js';
import { assertOneOf } from '../../internal/assertOneOf.js';
import { describeValue } from '../../internal/describeValue.js';
import { parsePeriodFor } from '../../period/parsePeriod.js';
import type { Period } from '../../period/Period.js';
import { type Dimension, TALLY_DIMENSIONS } from '../../tally/Dimension.js';
import { SQL_DIALECTS, type SqlDialect, TIME_STORAGES, type TimeStorage } from '../SqlDialect.js';
import type { SqlColumn, TallySqlOptions } from '../TallySqlOptions.js';

/** The columns of a case table, named by default as the case-record fields. */
export const SQL_COLUMNS: readonly SqlColumn[] = ['id', 'category', 'departmentId', 'streetOfficeId', 'acceptedAt', 'dueAt', 'completedAt'];

/** The most months a range may span: 100 years, as in tallyCases. */
const MAX_MONTHS = 1200;

/**
 * {@link TallySqlOptions} checked, with the month bounds as epoch ms.
 *
 * @internal
 */
export interface TallySqlPlan {
  readonly dialect: SqlDialect;
  /** The table's name parts (schema, table). */
  readonly table: readonly string[];
  readonly columns: Readonly<Record<SqlColumn, string>>;
  readonly timeStorage: TimeStorage;
  /** Minutes ahead of UTC of the wall clock the times are stored in (timestamp storage). */
  readonly storageOffset: number;
  readonly months: readonly Period[];
  /** Epoch ms: month m is [monthStarts[m], monthStarts[m + 1]). */
  readonly monthStarts: readonly number[];
  readonly by: readonly Dimension[];
  readonly omitMissingStreetOffice: boolean;
  readonly onInvalid: 'throw' | 'collect';
  readonly checkDuplicateIds: boolean;
}

/**
 * Checks the options of {@link tallySql}.
 *
 * @internal
 */
export function readTallySqlOptions(fn: string, options: TallySqlOptions): TallySqlPlan {
  assertObject(fn, 'options', options);
  assertOneOf(fn, 'dialect', options.dialect, SQL_DIALECTS);
  const table = readTable(fn, options.table);
  const columns = readColumns(fn, options.columns);
  const timeStorage = options.timeStorage === undefined ? 'timestamptz' : options.timeStorage;
  assertOneOf(fn, 'timeStorage', timeStorage, TIME_STORAGES);
  const offset = readOffset(fn, 'utcOffsetMinutes', options.utcOffsetMinutes, 480);
  const storageOffset = readOffset(fn, 'timeStorageOffsetMinutes', options.timeStorageOffsetMinutes, offset);
  const missing = options.missingStreetOffice === undefined ? 'group' : options.missingStreetOffice;
  assertOneOf(fn, 'missingStreetOffice', missing, ['group', 'omit']);
  const onInvalid = options.onInvalid === undefined ? 'throw' : options.onInvalid;
  assertOneOf(fn, 'onInvalid', onInvalid, ['throw', 'collect']);
  const checkDuplicateIds = options.checkDuplicateIds === undefined ? true : options.checkDuplicateIds;
  if (typeof checkDuplicateIds !== 'boolean') {
    throw new TypeError(`${fn} requires checkDuplicateIds to be a boolean, got ${describeValue(checkDuplicateIds)}`);
  }
  const by = readBy(fn, options.by);
  const { from, to } = readPeriod(fn, options.period);
  const first = from.year * 12 + from.month - 1;
  const last = to.year * 12 + to.month - 1;
  if (last < first || last - first >= MAX_MONTHS) {
    throw new RangeError(
      `${fn} requires period.to to be from period.from up to ${MAX_MONTHS} months later, got ${describeValue((options.period as { to?: unknown }).to)}`,
    );
  }
  if (from.year < 1 || to.year > 9998) {
    // The timestamp literals are written with four-digit years, and the SQL standard has no year 0.
    throw new RangeError(`${fn} requires period to be within the years 0001 to 9998, got ${describeValue(options.period)}`);
  }
  const months: Period[] = [];
  const monthStarts: number[] = [];
  for (let index = first; index <= last + 1; index += 1) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, 1);
    monthStarts.push(date.getTime() - offset * 60_000);
    if (index <= last) months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as Period);
  }
  return {
    dialect: options.dialect,
    table,
    columns,
    timeStorage,
    storageOffset,
    months,
    monthStarts,
    by,
    omitMissingStreetOffice: missing === 'omit',
    onInvalid,
    checkDuplicateIds,
  };
}

function readName(fn: string, name: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${fn} requires ${name} to be a string, got ${describeValue(value)}`);
  if (value.length === 0 || value.includes('\u0000')) {
    throw new RangeError(`${fn} requires ${name} to be a non-empty name without NUL characters, got ${describeValue(value)}`);
  }
  return value;
}

function readTable(fn: string, table: unknown): string[] {
  if (Array.isArray(table)) {
    if (table.length < 1 || table.length > 3) {
      throw new RangeError(`${fn} requires table to be a name or 1 to 3 name parts (database, schema, table), got ${describeValue(table)}`);
    }
    return table.map((part, index) => readName(fn, `table[${index}]`, part));
  }
  return [readName(fn, 'table', table)];
}

function readColumns(fn: string, columns: unknown): Record<SqlColumn, string> {
  const names = Object.fromEntries(SQL_COLUMNS.map((column) => [column, column])) as Record<SqlColumn, string>;
  if (columns === undefined) return names;
  assertObject(fn, 'columns', columns);
  for (const [field, name] of Object.entries(columns)) {
    if (!(SQL_COLUMNS as readonly string[]).includes(field)) {
      throw new RangeError(`${fn} requires columns to map only ${SQL_COLUMNS.map((c) => `'${c}'`).join(', ')}, got ${describeValue(field)}`);
    }
    if (name !== undefined) names[field as SqlColumn] = readName(fn, `columns.${field}`, name);
  }
  return names;
}

function readOffset(fn: string, name: string, value: unknown, fallback: number): number {
  const offset = value === undefined ? fallback : value;
  if (typeof offset !== 'number') throw new TypeError(`${fn} requires ${name} to be a number, got ${describeValue(offset)}`);
  if (!Number.isInteger(offset) || offset < -720 || offset > 840) {
    throw new RangeError(`${fn} requires ${name} to be an integer from -720 to 840, got ${describeValue(offset)}`);
  }
  return offset;
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
