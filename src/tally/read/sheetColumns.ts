import { describeShort } from '../engine/TallyAccumulator.js';
import { CASE_RECORD_COLUMN_NAMES, CASE_RECORD_FIELDS } from '../../models/caseRecordFields.js';

/** A case-record field that a column can be read as. */
export type RecordField = (typeof CASE_RECORD_FIELDS)[number];

/** One column read as a field: where it is and what its header says. */
export interface ColumnRead {
  /** The case-record field. */
  readonly field: RecordField;
  /** The header cell as the file writes it. */
  readonly header: string;
  /** The 0-based column. */
  readonly column: number;
}

/** A header cell as compared: NFKC, no white space, Latin letters in lower case. */
export function normalizeHeader(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** Every known column name, normalized, to its field. */
const FIELD_BY_NAME: ReadonlyMap<string, RecordField> = new Map(
  CASE_RECORD_FIELDS.flatMap((field) => [
    [normalizeHeader(field), field] as const,
    ...CASE_RECORD_COLUMN_NAMES[field].map((name) => [normalizeHeader(name), field] as const),
  ]),
);

/**
 * Why a header row cannot be read: the field, and the columns in question
 * (none for a missing field, two or more for a field named twice).
 */
export interface HeaderProblem {
  readonly field: RecordField;
  readonly columns: readonly ColumnRead[];
}

/**
 * The columns of a header row: each cell whose (normalized) name is a known
 * column name or field, or that `overrides` maps (by the cell as written, or
 * normalized; `null` leaves a column unread), read as its field.
 *
 * @returns The columns, or the first problem: a field named by two columns, or a required field with none.
 */
export function readHeaderRow(
  row: readonly string[],
  overrides: ReadonlyMap<string, RecordField | null>,
): { readonly columns: readonly ColumnRead[] } | { readonly problem: HeaderProblem } {
  const columns: ColumnRead[] = [];
  row.forEach((header, column) => {
    const normalized = normalizeHeader(header);
    const override = overrides.has(header) ? overrides.get(header) : overrides.get(normalized);
    const field = override === undefined ? FIELD_BY_NAME.get(normalized) : override;
    if (field !== undefined && field !== null) columns.push({ field, header, column });
  });
  for (const field of CASE_RECORD_FIELDS) {
    const named = columns.filter((read) => read.field === field);
    // Two columns for one field: which one holds the figures is not ours to guess.
    if (named.length > 1) return { problem: { field, columns: named } };
  }
  const has = (field: RecordField): boolean => columns.some((read) => read.field === field);
  for (const field of ['id', 'departmentId', 'acceptedAt'] as const) {
    if (!has(field)) return { problem: { field, columns: [] } };
  }
  if (!has('category') && !has('itemTypeCode')) return { problem: { field: 'itemTypeCode', columns: [] } };
  return { columns };
}

/** True for a row with no text in any cell (a blank line, or commas only). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** True for a row that can be a title above the header: one cell with text, at most. */
export function isTitleRow(row: readonly string[]): boolean {
  let filled = 0;
  for (const cell of row) if (cell.trim() !== '') filled += 1;
  return filled <= 1;
}

const EPOCH_PATTERN = /^-?\d+$/;
/** The fields whose cells are times: digits alone in them are epoch milliseconds. */
export const TIME_FIELDS: ReadonlySet<RecordField> = new Set(['acceptedAt', 'dueAt', 'completedAt']);

/**
 * One cell as its field's value in a record: trimmed; '' → undefined (the
 * field absent); digits alone in a time column → epoch milliseconds.
 */
export function cellValue(field: RecordField, text: string): unknown {
  const cell = text.trim();
  if (cell === '') return undefined;
  return TIME_FIELDS.has(field) && EPOCH_PATTERN.test(cell) ? Number(cell) : cell;
}

/**
 * A data row as a case record: each column's cell, trimmed, as its field; an
 * empty cell leaves the field absent; digits alone in a time column are epoch
 * milliseconds. Codes and names of 事项类型, category and status are left as
 * written: the tally reads them (`01`, `1`, `行政许可` alike).
 */
export function rowToRecord(row: readonly string[], columns: readonly ColumnRead[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const { field, column } of columns) {
    const value = cellValue(field, row[column] ?? '');
    if (value !== undefined) record[field] = value;
  }
  return record;
}

/**
 * The message of a header problem: `the header to have a column for
 * departmentId (实施部门, 受理部门, …), got "办件编号", …` or `the header to
 * have one column for departmentId, got "实施部门" (column 3) and "受理部门"
 * (column 5)`. Header cells are cut at 80 characters, as record values are,
 * and the list once it passes 600 characters, saying how many cells are left out.
 */
export function describeHeaderProblem(problem: HeaderProblem, row: readonly string[]): string {
  const { field, columns } = problem;
  if (columns.length > 0) {
    return `the header to have one column for ${field}, got ${columns.map((read) => `${describeShort(read.header)} (column ${read.column + 1})`).join(' and ')}`;
  }
  const names = field === 'itemTypeCode' ? ['category', ...CASE_RECORD_COLUMN_NAMES.itemTypeCode, 'itemTypeCode'] : [...CASE_RECORD_COLUMN_NAMES[field], field];
  return `the header to have a column for ${field === 'itemTypeCode' ? 'category or itemTypeCode' : field} (${names.join(', ')}), got ${describeCells(row)}`;
}

/** Header cells for a message: each cut at 80 characters, the list cut once it passes 600, saying how many are left out. */
function describeCells(row: readonly string[]): string {
  const shown: string[] = [];
  let length = 0;
  for (const name of row) {
    const text = describeShort(name);
    if (shown.length > 0 && length + text.length > 600) break;
    shown.push(text);
    length += text.length + 2;
  }
  const more = row.length - shown.length;
  if (shown.length === 0) return 'no cells';
  return `${shown.join(', ')}${more === 0 ? '' : ` and ${more} more cell${more === 1 ? '' : 's'}`}`;
}
