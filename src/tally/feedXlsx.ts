import type { Readable } from 'node:stream';
import { assertOneOf } from '../internal/assertOneOf.js';
import { CASE_RECORD_FIELDS } from '../models/caseRecordFields.js';
import { describeValue } from '../internal/describeValue.js';
import { readOptions } from '../internal/readOptions.js';
import { tallierAccumulator } from './engine/tallierAccumulator.js';
import { assertCount } from '../internal/assertCount.js';
import type { RecordField } from './read/sheetColumns.js';
import { sheetRecords } from './read/sheetRecords.js';
import { xlsxRowBatches, type XlsxSheet } from './read/xlsxRows.js';
import type { Tallier } from './Tallier.js';
import type { FeedSummary } from './feedNdjson.js';
import type { FeedCsvOptions } from './feedCsv.js';
import { InvalidRecordError } from './InvalidRecordError.js';

/**
 * The options of {@link feedXlsx}: those of {@link FeedCsvOptions}, and the sheet.
 *
 * @category Tally
 */
export interface FeedXlsxOptions extends FeedCsvOptions {
  /** The sheet to read: its name, or its 1-based number in tab order. The first sheet by default. */
  readonly sheet?: string | number;
}

/**
 * Reads case records (办件) from one sheet of an .xlsx workbook, header first, into a {@link Tallier}.
 *
 * For the workbooks that approval systems export. The workbook is read as a
 * stream (memory holds its shared strings, not its rows); each row goes
 * through the same header search and column reading as `feedCsv`.
 *
 * ```text
 * rows before the header: skipRows, blank rows, title rows (one cell with text) → skipped
 * header → each column named in CASE_RECORD_COLUMN_NAMES (or options.headers) read as its field
 * each row → tallier.add(record);  text cells as written;  date cells → wall-clock text (YYYY-MM-DD HH:MM:SS)
 * ```
 *
 * Edge cases: as `feedCsv` (required columns, two columns for one field,
 * a row with filled cells beyond the header's is an invalid record; the
 * empty cells a sheet leaves out at a row's end are empty; a row with no
 * cell filled, such as one with borders alone, is skipped). A line is
 * the row's number in the sheet, as Excel shows it. In a workbook of
 * several sheets, a problem with the header names the sheet read and the
 * others (`… got none in 1 row (sheet 1 of 2, "说明"; the others: "明细")`).
 * Date cells become offset-less wall-clock text, read at the tallier's
 * `wallClockOffsetMinutes`.
 *
 * @param tallier - A tallier from `createTallier`.
 * @param source - The workbook's bytes: a Node `Readable` or any async iterable of `Uint8Array` chunks.
 * @param options - {@link FeedXlsxOptions}: more column names, rows to skip, and the sheet.
 * @returns The {@link FeedSummary} once the sheet has been read.
 * @throws {TypeError} `feedXlsx requires tallier to be made by createTallier, got …` (likewise `source`, `options`, `headers`, `sheet`).
 * @throws {RangeError} `feedXlsx requires headers["受理时间"] to be one of 'id', 'category', …, got "acceptedat"`; `feedXlsx requires source to be an .xlsx workbook, got …` for bytes that are not a workbook; an unknown sheet (the message lists the sheets).
 * @throws {InvalidRecordError} for header problems, as `feedCsv`, with the row's line; invalid records as in `tallyCases`.
 * @example
 * ```ts
 * import { createTallier } from 'zwfw-stats';
 * import { feedXlsx } from 'zwfw-stats/node';
 *
 * // In a program: await feedXlsx(tallier, fs.createReadStream('cases.xlsx'), { sheet: '办件明细' })
 * const tallier = createTallier({ period: '2019-01', by: 'department', wallClockOffsetMinutes: 480 });
 * const done = feedXlsx(tallier, (async function* () {})());
 * done.catch(() => {}) instanceof Promise;
 * // => true
 * // no bytes: done rejects with "feedXlsx requires source to be an .xlsx workbook, got no bytes"
 * ```
 * @see `feedCsv` for CSV.
 * @category Tally
 */
export async function feedXlsx(
  tallier: Tallier,
  source: Readable | AsyncIterable<Uint8Array>,
  options?: FeedXlsxOptions,
): Promise<FeedSummary> {
  const accumulator = tallierAccumulator('feedXlsx', tallier);
  const { headers = {}, skipRows = 0, sheet } = readOptions('feedXlsx', options);
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new TypeError(`feedXlsx requires headers to be an object, got ${describeValue(headers)}`);
  }
  const overrides = new Map<string, RecordField | null>();
  for (const [name, field] of Object.entries(headers)) {
    if (field !== null) assertOneOf('feedXlsx', `headers[${JSON.stringify(name)}]`, field, CASE_RECORD_FIELDS);
    overrides.set(name, field);
  }
  assertCount('feedXlsx', 'skipRows', skipRows);
  if (sheet !== undefined && typeof sheet !== 'string' && typeof sheet !== 'number') {
    throw new TypeError(`feedXlsx requires sheet to be a sheet name or a 1-based sheet number, got ${describeValue(sheet)}`);
  }
  const rows = sheetRecords('feedXlsx', accumulator, overrides, skipRows);
  let lines = 0;
  let read: XlsxSheet | undefined;
  const onSheet = (chosen: XlsxSheet): void => {
    read = chosen;
  };
  try {
    for await (const batch of xlsxRowBatches(source, sheet === undefined ? { onSheet } : { sheet, onSheet })) {
      for (const { cells, line } of batch) {
        lines = line;
        // A sheet leaves out the empty cells at a row's end, where a CSV writes empty fields.
        const { columns, width } = rows.state;
        if (columns !== null && cells.length < width) cells.push(...Array.from({ length: width - cells.length }, () => ''));
        rows.take(cells, line);
      }
    }
  } catch (error) {
    // The reader's own errors (not a workbook, no such sheet) are told as this function's.
    if ((error instanceof TypeError || error instanceof RangeError) && error.message.startsWith('xlsxRows requires ')) {
      const Raised = error instanceof TypeError ? TypeError : RangeError;
      throw new Raised(`feedXlsx${error.message.slice('xlsxRows'.length)}`, { cause: error.cause });
    }
    throw inSheet(error, read);
  }
  try {
    return rows.finish(lines, 'sheet', 'row');
  } catch (error) {
    throw inSheet(error, read);
  }
}

/**
 * A header problem in a workbook of several sheets, with the sheet read and
 * the others named (the data may be on another: a notes sheet often comes
 * first); any other error as it is.
 */
function inSheet(error: unknown, read: XlsxSheet | undefined): unknown {
  if (!(error instanceof InvalidRecordError) || error.index !== -1 || read === undefined || read.sheets.length < 2) return error;
  const others = read.sheets.filter((_, index) => index !== read.number - 1).map((name) => JSON.stringify(name));
  const where = `sheet ${read.number} of ${read.sheets.length}, ${JSON.stringify(read.name)}; the others: ${others.join(', ')}`;
  return new InvalidRecordError({ index: -1, line: error.line, id: error.id, field: error.field, message: `${error.message} (${where})` });
}
