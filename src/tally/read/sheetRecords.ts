import type { TallyAccumulator } from '../engine/TallyAccumulator.js';
import { InvalidRecordError } from '../InvalidRecordError.js';
import type { FeedSummary } from '../feedNdjson.js';
import { type ColumnRead, describeHeaderProblem, isBlankRow, isTitleRow, readHeaderRow, type RecordField, rowToRecord } from './sheetColumns.js';

/** Where a sheet's rows stand: the header once found, and the rows skipped before it. */
export interface SheetRecords {
  /** Takes one row (its cells, and the line it ends on): the header search, or a record into the tally. */
  readonly take: (row: string[], line: number) => void;
  /** The summary once every row is taken, `lines` the last line; throws when no header was found (`empty`: 'file' or 'sheet', `unit`: 'line' or 'row'). */
  readonly finish: (lines: number, empty: string, unit: string) => FeedSummary;
  readonly state: { columns: readonly ColumnRead[] | null; width: number; skipped: number; headerLine: number };
}

/**
 * The row loop that feedCsv and feedXlsx share: rows before the header
 * skipped (skipRows, blank rows, title rows), the header read by name, each
 * row after it but a blank one (every cell empty or white space) made a
 * record and added to the tally (a row whose width is not the header's is
 * an invalid record).
 *
 * @param fn - the public function's name, for the messages
 * @param accumulator - the tallier's accumulator
 * @param overrides - the caller's column names (`headers`)
 * @param skipRows - rows to skip before looking for the header
 * @returns the row taker and its state
 * @internal
 */
export function sheetRecords(
  fn: string,
  accumulator: TallyAccumulator,
  overrides: ReadonlyMap<string, RecordField | null>,
  skipRows: number,
): SheetRecords {
  const state: SheetRecords['state'] = { columns: null, width: 0, skipped: 0, headerLine: 0 };
  const take = (row: string[], line: number): void => {
    const columns = state.columns;
    if (columns === null) {
      if (state.skipped < skipRows || isBlankRow(row)) {
        state.skipped += 1;
        return;
      }
      const header = readHeaderRow(row, overrides);
      if ('columns' in header) {
        state.columns = header.columns;
        state.width = row.length;
        state.headerLine = line;
        return;
      }
      // A title above the header ("2019年1月办件明细"): one cell with text.
      if (isTitleRow(row)) {
        state.skipped += 1;
        return;
      }
      throw new InvalidRecordError({
        index: -1,
        line,
        id: null,
        field: header.problem.field,
        message: `${fn} requires ${describeHeaderProblem(header.problem, row)}`,
      });
    }
    // A row of empty cells (commas only, as Excel saves a blank row) holds no record, as a blank line holds none.
    if (isBlankRow(row)) return;
    if (row.length !== state.width) {
      accumulator.reject(fn, accumulator.recordCount, line, null, null, `a row of ${state.width} cells`, `${row.length} cells`);
      accumulator.recordCount += 1;
      return;
    }
    accumulator.addRecord(rowToRecord(row, columns), line, fn);
  };
  const firstRecord = accumulator.recordCount;
  const invalidBefore = accumulator.invalid.length;
  const finish = (lines: number, empty: string, unit: string): FeedSummary => {
    const { columns, headerLine, skipped } = state;
    if (columns === null) {
      throw new InvalidRecordError({
        index: -1,
        line: Math.max(lines, 1),
        id: null,
        field: null,
        message:
          lines === 0
            ? `${fn} requires a header row naming the columns, got an empty ${empty}`
            : `${fn} requires a header row naming the columns, got none in ${lines} ${lines === 1 ? unit : `${unit}s`}`,
      });
    }
    return { records: accumulator.recordCount - firstRecord, lines, invalid: accumulator.invalid.length - invalidBefore, columns, headerLine, skippedRows: skipped };
  };
  return { take, finish, state };
}
