import { assertCount } from '../internal/assertCount.js';
import { PARSED } from '../internal/parseIsoTimestamp.js';
import { readOptions } from '../internal/readOptions.js';
import { CASE_RECORD_FIELDS } from '../models/caseRecordFields.js';
import { keepShapes } from './engine/TallyAccumulator.js';
import { tallierAccumulator } from './engine/tallierAccumulator.js';
import { parseTimeBytes } from './read/csvBytes/parseTimeBytes.js';
import { CsvRowFields, MORE, scanCsvRow, UNUSUAL } from './read/csvBytes/scanCsvRow.js';
import { HASHED, NOT_PLAIN, PlainRowCells, scanPlainRow, TIME, TIME_DAY_END, UNREAD } from './read/csvBytes/scanPlainRow.js';
import { TextCells } from './read/csvBytes/TextCells.js';
import { ReusedCaseRecord } from './read/ReusedCaseRecord.js';
import { readHeaderOverrides } from './read/readHeaderOverrides.js';
import { cellValue, type ColumnRead, type RecordField, TIME_FIELDS } from './read/sheetColumns.js';
import { sheetRecords } from './read/sheetRecords.js';
import type { FeedSummary } from './feedNdjson.js';
import { InvalidRecordError } from './InvalidRecordError.js';
import type { Tallier } from './Tallier.js';

/**
 * The options of {@link feedCsvBytes}: those of `feedCsv`, and the encoding.
 *
 * @internal
 */
export interface FeedCsvBytesOptions {
  /** As `feedCsv`'s `headers`. */
  readonly headers?: Readonly<Record<string, string | null>>;
  /** As `feedCsv`'s `skipRows`. */
  readonly skipRows?: number;
  /** The bytes' encoding, a `TextDecoder` label with ASCII delimiters: 'utf-8', 'gbk' or 'gb18030' (a byte-order mark already taken off). */
  readonly encoding: string;
  /** Whether bytes (whole lines) are valid text in the encoding; by default a fatal `TextDecoder` decodes them to see. */
  readonly isText?: (bytes: Uint8Array) => boolean;
  /** Told how many bytes have been read, for progress. */
  readonly onBytes?: (read: number) => void;
  /** Told the header's columns once it is found (and the kind of line end of the file: 1 `\n`, 2 `\r\n`). */
  readonly onHeader?: (header: CsvHeader) => void;
  /**
   * The bytes are a part of a file after its header, which `part` gives:
   * every row is data, and a row that the fast path does not count (one read
   * as text: another width, an invalid record) stops the reader with
   * `unusual`, since its index and line are not known here.
   */
  readonly part?: CsvHeader;
}

/**
 * A CSV file's header as {@link feedCsvBytes} found it, for reading later parts of the file.
 *
 * @internal
 */
export interface CsvHeader {
  readonly columns: readonly ColumnRead[];
  readonly width: number;
  readonly lineEnd: number;
}

/**
 * What {@link feedCsvBytes} did: the summary that `feedCsv` gives for the
 * same text (and how many rows went through the text path), or why it
 * stopped: input it leaves to `feedCsv` (the tallier then holds part of the
 * file and must be dropped).
 *
 * @internal
 */
export type FeedCsvBytesOutcome =
  | {
      readonly summary: FeedSummary;
      readonly textRows: number;
      /** Line ends read (`\n`), and the line of the last row (0 for none); in a part, counted from the part's start. */
      readonly lineEnds: number;
      readonly lastLine: number;
      /** The kind of line end of the rows: 0 none seen, 1 `\n`, 2 `\r\n`. */
      readonly lineEnd: number;
    }
  | { readonly unusual: string; readonly line: number };

/** Time fields read with dayEnd (a date alone is its last millisecond), as checkCaseRecord reads them. */
const DAY_END: ReadonlySet<RecordField> = new Set(['dueAt', 'completedAt']);

/** The id of a record that the tally does not read (no duplicate check): any non-empty string. */
const SOME_ID = 'id';

/** How a column's cell becomes its field's value. */
interface CellPlan {
  readonly field: RecordField;
  /** The field's index in CASE_RECORD_FIELDS, by which the record sets it. */
  readonly index: number;
  readonly column: number;
  /** 0 text (decoded once per distinct cell), 1 time, 2 id (only whether it is empty). */
  readonly kind: number;
  readonly dayEnd: boolean;
  readonly cells: TextCells | null;
}

const BYTE_ORDER_MARKS: readonly (readonly number[])[] = [
  [0xef, 0xbb, 0xbf],
  [0x84, 0x31, 0x95, 0x33],
];

/**
 * `feedCsv` on bytes, with no object per row: the CSV reader that the
 * command uses. Rows are found in the bytes ({@link scanCsvRow}); text is
 * decoded only for each distinct cell of a text column (a department, a
 * street office, a 事项类型, a status: {@link TextCells}), and times are
 * read from the bytes ({@link parseTimeBytes}); the record, one object
 * reused, is checked by the tally's own rules and counted. Most rows are
 * plain (no quote, the header's width, the file's line end): those are read
 * in one pass ({@link scanPlainRow}: cells found, text cells hashed and
 * times read as the bytes are scanned) into the same record as
 * {@link scanCsvRow}'s reading would give; any other row, and a plain row
 * that is not counted, is scanned again by {@link scanCsvRow} and read as
 * below.
 *
 * ```text
 * result = feedCsv(tallier, the bytes decoded in `encoding`, options)   (the same tallies, summary, invalid records and messages)
 * ```
 * A row that the fast path does not count (the header and the rows above
 * it, a row of another width, an invalid record, a record the tally refuses
 * after its checks) is decoded whole into strings and goes through the very
 * row loop of `feedCsv` (`sheetRecords`), so its message is `feedCsv`'s.
 * Input that csv-parse reads its own way or refuses (a quote in an unquoted
 * field, text after a closing quote, a quote not closed, a line end inside
 * quotes, a lone `\r`, mixed line ends, bytes that are not text in the
 * encoding, a second byte-order mark), and any error that `feedCsv` would
 * throw (a header it cannot read: csv-parse, reading ahead, may report a
 * malformed row after it first), stops the reader with `unusual`: the
 * caller reads the whole input again with `feedCsv` on a new tallier (the
 * command does, and says so with ZWFW_STATS_TRACE=1).
 *
 * @param tallier - A tallier from `createTallier`.
 * @param source - The file's bytes, its byte-order mark taken off.
 * @param options - {@link FeedCsvBytesOptions}.
 * @returns The {@link FeedCsvBytesOutcome}.
 * @throws {TypeError} / {RangeError} as `feedCsv` for its options.
 * @internal
 */
export async function feedCsvBytes(tallier: Tallier, source: AsyncIterable<Uint8Array>, options: FeedCsvBytesOptions): Promise<FeedCsvBytesOutcome> {
  const fn = 'feedCsv';
  const accumulator = tallierAccumulator(fn, tallier);
  const { headers = {}, skipRows = 0, encoding, isText, onBytes, onHeader, part } = readOptions(fn, options);
  const overrides = readHeaderOverrides(fn, headers);
  assertCount(fn, 'skipRows', skipRows);
  keepShapes();
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const validText =
    isText ??
    ((bytes: Uint8Array): boolean => {
      try {
        new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    });
  const sheet = sheetRecords(fn, accumulator, overrides, skipRows);
  const firstRecord = accumulator.recordCount;
  const wallClock = accumulator.plan.rules.wallClockOffsetMinutes;
  const fields = new CsvRowFields();
  // One record for every row, its keys made once so that its shape stays.
  const record = new ReusedCaseRecord();
  let plan: CellPlan[] | null = null;
  let width = 0;
  // The plain rows' reader: how it reads each column, and the cells of the row.
  let kinds = new Uint8Array(0);
  let plainCells = new PlainRowCells(0);
  let line = 1;
  let lastLine = 0;
  let textRows = 0;
  let buffer = new Uint8Array(1 << 17);
  let length = 0;
  let read = 0;
  let started = false;

  const text = (start: number, end: number): string => decoder.decode(buffer.subarray(start, end));
  const cellText = (index: number): string => {
    const value = text(fields.starts[index] as number, fields.ends[index] as number);
    return fields.quoting[index] === 2 ? value.replaceAll('""', '"') : value;
  };
  const rowText = (): string[] => {
    const row: string[] = new Array(fields.count);
    for (let index = 0; index < fields.count; index += 1) row[index] = cellText(index);
    return row;
  };
  const makePlan = (columns: readonly ColumnRead[]): CellPlan[] =>
    columns.map(({ field, column }) => {
      const kind = TIME_FIELDS.has(field) ? 1 : field === 'id' && accumulator.seenIds === null ? 2 : 0;
      const cells = kind === 0 ? new TextCells((bytes, start, end) => cellValue(field, decoder.decode(bytes.subarray(start, end)))) : null;
      return { field, index: CASE_RECORD_FIELDS.indexOf(field), column, kind, dayEnd: DAY_END.has(field), cells };
    });

  const readPlainRows = (cells: readonly CellPlan[]): void => {
    kinds = new Uint8Array(width).fill(UNREAD);
    for (const { column, kind, dayEnd } of cells) kinds[column] = kind === 0 ? HASHED : kind === 1 ? (dayEnd ? TIME_DAY_END : TIME) : UNREAD;
    plainCells = new PlainRowCells(width);
  };

  if (part !== undefined) {
    plan = makePlan(part.columns);
    width = part.width;
    fields.lineEnd = part.lineEnd;
    readPlainRows(plan);
  }
  let textInPart = false;

  /** One row, its fields in `fields`: skipped (blank), the header search, counted here, or read as text. */
  const takeRow = (): void => {
    const count = fields.count;
    if (count === 1 && fields.quoting[0] === 0 && fields.starts[0] === fields.ends[0]) return; // a blank line
    lastLine = line;
    if (plan === null) {
      sheet.take(rowText(), line);
      const columns = sheet.state.columns;
      if (columns !== null) {
        plan = makePlan(columns);
        width = sheet.state.width;
        readPlainRows(plan);
        onHeader?.({ columns, width, lineEnd: fields.lineEnd });
      }
      return;
    }
    if (count !== width) {
      readAsText();
      return;
    }
    for (let at = 0; at < plan.length; at += 1) {
      const cell = plan[at] as CellPlan;
      const column = cell.column;
      const start = fields.starts[column] as number;
      const end = fields.ends[column] as number;
      record.set(cell.index, fields.quoting[column] === 2 ? cellValue(cell.field, cellText(column)) : unquotedValue(cell, start, end));
    }
    if (!countRecord()) readAsText();
  };

  /** The value of the unquoted cell `buffer[start, end)` of a column read as `cell`. */
  const unquotedValue = (cell: CellPlan, start: number, end: number): unknown => {
    const bytes = buffer;
    // White space at the ends is never data (the cell is trimmed); ASCII here, the rest with the text.
    while (start < end && isSpace(bytes[start] as number)) start += 1;
    while (end > start && isSpace(bytes[end - 1] as number)) end -= 1;
    if (start === end) return undefined;
    if (cell.kind === 0) return (cell.cells as TextCells).get(bytes, start, end);
    if ((bytes[start] as number) >= 0x80 || (bytes[end - 1] as number) >= 0x80) return cellValue(cell.field, text(start, end));
    if (cell.kind === 2) return SOME_ID;
    if (parseTimeBytes(bytes, start, end, wallClock, cell.dayEnd)) return PARSED[0];
    return cellValue(cell.field, text(start, end));
  };

  /**
   * Checks and counts `record`; false when it is to be read as text instead, so that the
   * message shows the cells as written (the accumulator then holds nothing of it).
   */
  const countRecord = (): boolean => {
    const problem = accumulator.check(record);
    if (problem > 0) return false;
    const index = accumulator.recordCount;
    accumulator.recordCount = index + 1;
    if (accumulator.addChecked(record, problem, index, line, fn)) return true;
    // Refused after its checks (a duplicate id, a deadline the calendar cannot compute), with this record's values.
    accumulator.invalid.pop();
    accumulator.recordCount = index;
    return false;
  };

  /**
   * The plain row that {@link scanPlainRow} found, into `record` as {@link takeRow} reads
   * it (the same cells: a text cell with no space at its ends by the hash made in the
   * scan, a time read in the scan as itself) and counted; false when it is not counted,
   * and takeRow is to read it.
   */
  const takePlainRow = (cells: readonly CellPlan[]): boolean => {
    const bytes = buffer;
    const { starts, ends, hashes, times } = plainCells;
    for (let at = 0; at < cells.length; at += 1) {
      const cell = cells[at] as CellPlan;
      const column = cell.column;
      const start = starts[column] as number;
      const end = ends[column] as number;
      const kind = kinds[column];
      let value: unknown;
      if (kind === HASHED && start < end && !isSpace(bytes[start] as number) && !isSpace(bytes[end - 1] as number)) {
        value = (cell.cells as TextCells).getHashed(hashes[column] as number, bytes, start, end);
      } else if (kind !== HASHED && kind !== UNREAD && times[column] === times[column]) {
        value = times[column];
      } else {
        value = unquotedValue(cell, start, end);
      }
      record.set(cell.index, value);
    }
    if (!countRecord()) return false;
    lastLine = line;
    return true;
  };

  /** The row in `fields` as strings, through feedCsv's row loop (not in a part: the reader stops). */
  const readAsText = (): void => {
    if (part !== undefined) {
      textInPart = true;
      return;
    }
    textRows += 1;
    sheet.take(rowText(), line);
  };

  /** The rows of `buffer[0, end)`; the reason when the input is unusual, else null. */
  const takeRows = (end: number, last: boolean): string | null => {
    if (!validText(buffer.subarray(0, end))) return `bytes that are not ${encoding} text`;
    let position = 0;
    while (position < end) {
      // Most rows are plain: read in one pass; any other row (or one not counted) is scanned again here.
      let next = plan === null ? NOT_PLAIN : scanPlainRow(buffer, position, end, kinds, fields.lineEnd, wallClock, plainCells);
      try {
        if (next === NOT_PLAIN || !takePlainRow(plan as CellPlan[])) {
          next = scanCsvRow(buffer, position, end, last, fields);
          if (next === UNUSUAL) return fields.reason;
          // Stryker disable next-line ConditionalExpression: a block ends at a line end, so a row never runs past it
          if (next === MORE) return 'a row past the end of its block';
          takeRow();
        }
      } catch (error) {
        // csv-parse reads ahead of the rows it hands over: a malformed row after this one
        // can stop it before this row's error is raised. Which error wins is csv-parse's to say.
        if (error instanceof InvalidRecordError) return 'an error that csv-parse may report otherwise';
        throw error;
      }
      if (textInPart) return 'a row to read as text in a part of the file';
      if (next > position && buffer[next - 1] === 10) line += 1;
      position = next;
    }
    return null;
  };

  const startsWithMark = (): boolean =>
    BYTE_ORDER_MARKS.some((mark) => mark.length <= length && mark.every((byte, index) => buffer[index] === byte));

  for await (const chunk of source) {
    read += chunk.length;
    onBytes?.(read);
    if (length + chunk.length > buffer.length) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, length + chunk.length));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(chunk, length);
    length += chunk.length;
    if (!started) {
      if (length < 4) continue;
      started = true;
      // csv-parse takes a byte-order mark off the text again: leave that to it.
      if (startsWithMark()) return { unusual: 'a second byte-order mark', line };
    }
    // (lastIndexOf from -1 would search from the end of the whole buffer)
    const cut = length === 0 ? -1 : buffer.lastIndexOf(10, length - 1);
    if (cut < 0) continue;
    const reason = takeRows(cut + 1, false);
    if (reason !== null) return { unusual: reason, line };
    buffer.copyWithin(0, cut + 1, length);
    length -= cut + 1;
  }
  if (!started && startsWithMark()) return { unusual: 'a second byte-order mark', line };
  const reason = takeRows(length, true);
  if (reason !== null) return { unusual: reason, line };
  const done = { textRows, lineEnds: line - 1, lastLine, lineEnd: fields.lineEnd };
  if (part !== undefined) {
    const records = accumulator.recordCount - firstRecord;
    return { ...done, summary: { records, lines: lastLine, invalid: 0, columns: part.columns } };
  }
  try {
    return { ...done, summary: sheet.finish(lastLine, 'file', 'line') };
  } catch (error) {
    if (error instanceof InvalidRecordError) return { unusual: 'no header', line };
    throw error;
  }
}

/** ASCII white space, as `String.prototype.trim` takes it: tab, line feed, vertical tab, form feed, carriage return, space. */
function isSpace(byte: number): boolean {
  return byte === 32 || (byte >= 9 && byte <= 13);
}
