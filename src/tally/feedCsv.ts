import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { decodeChunks } from './read/decodeChunks.js';
import { readOptions } from '../internal/readOptions.js';
import { tallierAccumulator } from './engine/tallierAccumulator.js';
import { assertCount } from '../internal/assertCount.js';
import { readHeaderOverrides } from './read/readHeaderOverrides.js';
import { sheetRecords } from './read/sheetRecords.js';
import type { Tallier } from './Tallier.js';
import type { FeedSummary } from './feedNdjson.js';
import { InvalidRecordError } from './InvalidRecordError.js';

/**
 * The options of {@link feedCsv}.
 *
 * @category Tally
 */
export interface FeedCsvOptions {
  /**
   * Column names beyond `CASE_RECORD_COLUMN_NAMES`, or other readings
   * of its names: `{ 申请编号: 'id', 受理部门: null }` reads 申请编号 as the
   * id and leaves 受理部门 unread (say which of two department columns to
   * read). Names match as written or normalized (full-width brackets and
   * spaces aside); other columns are ignored.
   */
  readonly headers?: Readonly<Record<string, string | null>>;
  /**
   * Rows to skip before looking for the header (title rows, notes). Blank
   * rows, and rows of one cell (a title) above the header, are skipped
   * anyway. 0 by default.
   */
  readonly skipRows?: number;
}

/** csv-parse's message with each value it quotes cut at 80 characters, as record values are (it quotes a whole field). */
function cutQuoted(message: string): string {
  return message.replace(/"((?:[^"\\]|\\.){80})(?:[^"\\]|\\.)+"/g, '"$1"…');
}

/**
 * Reads CSV case records (办件), header first, from a stream into a {@link Tallier}.
 *
 * For the spreadsheets that approval systems export, as they export them.
 * Parsing is done by csv-parse (RFC 4180 quoting, a byte-order mark
 * dropped); the header is found and its columns read by name; each row
 * becomes a `CaseRecord` and goes through the tallier's checks (`tallyCases`).
 *
 * ```text
 * rows before the header: skipRows, blank rows, title rows (one cell with text) → skipped
 * header → each column named in CASE_RECORD_COLUMN_NAMES (or options.headers) read as its field
 * each row → tallier.add(record);  cell trimmed;  '' → field absent;  '-?digits' in a time column → epoch ms
 * ```
 * In words: the header is the first row that names the required columns,
 * whatever the title rows above it; columns are matched by their usual
 * Chinese names (办件编号, 实施部门, 受理时间 …); 事项类型 codes and names,
 * 办件状态 and wall-clock times are read by the tally's rules.
 *
 * Edge cases: required columns are `id`, `departmentId`, `acceptedAt` and
 * `category` or `itemTypeCode`; a missing one, or two columns for one field
 * (实施部门 beside 受理部门: name the one to read in `headers`), throws with
 * index −1 and the header's line. A row with more or fewer cells than the
 * header, or a quoting error, is an invalid record; a row of empty cells
 * (commas only, as Excel saves a blank row) is skipped, as a blank line is.
 * Cells are trimmed: white space at the ends of a cell is never data. `Uint8Array` chunks are UTF-8
 * (fatal); decode GBK yourself and pass strings. The summary says which
 * column was read as which field. A character split across two chunks
 * (its bytes, or the two halves of a surrogate pair such as an emoji in
 * string chunks) is read whole.
 *
 * @param tallier - A tallier from `createTallier`.
 * @param source - The text: any async iterable of strings or bytes, such as a Node `Readable`.
 * @param options - {@link FeedCsvOptions}: more column names, and rows to skip.
 * @returns The {@link FeedSummary} once the source has ended.
 * @throws {TypeError} `feedCsv requires tallier to be made by createTallier, got …` (likewise `source`, `options`, `headers`).
 * @throws {RangeError} `feedCsv requires headers["受理时间"] to be one of 'id', 'category', …, got "acceptedat"` for a mapping onto no case-record field.
 * @throws {InvalidRecordError} `feedCsv requires the header to have a column for departmentId (实施部门, 受理部门, 办理部门, 部门, 部门名称, 实施机构, departmentId), got "办件编号", "受理时间"` for a missing column; `feedCsv requires the header to have one column for departmentId, got "实施部门" (column 3) and "受理部门" (column 5)` for two; `feedCsv requires a header row naming the columns, got an empty file` for a file with no rows (`got none in 3 lines` for titles alone); `feedCsv requires records[2] (line 4) to be a row of 7 cells, got 6 cells` for a short row; `feedCsv requires records[2] (line 4) to be a well-formed CSV row, got Quote Not Closed: …` for malformed CSV (`the header` when the header is malformed; a field the message quotes cut at 80 characters); invalid records as in `tallyCases`.
 * @example
 * ```ts
 * import { createTallier } from 'zwfw-stats';
 * import { feedCsv } from 'zwfw-stats/node';
 *
 * // In a program: await feedCsv(tallier, fs.createReadStream('cases.csv'))
 * const tallier = createTallier({ period: '2019-01', by: 'department', wallClockOffsetMinutes: 480 });
 * const csv = '五华区2019年1月办件明细\n办件编号,事项类型,实施部门,受理时间\nWH-1,行政确认,区人社局,2019/1/5 9:30\n';
 * const done = feedCsv(tallier, (async function* () { yield csv; })());
 * done instanceof Promise;
 * // => true
 * // once done resolves: { records: 1, lines: 3, invalid: 0, headerLine: 2, skippedRows: 1, columns: [
 * //   { field: 'id', header: '办件编号', column: 0 }, { field: 'itemTypeCode', header: '事项类型', column: 1 }, … ] },
 * // and tallier.result().groups[0].tally.accepted is 1
 * ```
 * @see `feedNdjson` for NDJSON.
 * @category Tally
 */
export async function feedCsv(
  tallier: Tallier,
  source: AsyncIterable<string | Uint8Array>,
  options?: FeedCsvOptions,
): Promise<FeedSummary> {
  const accumulator = tallierAccumulator('feedCsv', tallier);
  const { headers = {}, skipRows = 0 } = readOptions('feedCsv', options);
  const overrides = readHeaderOverrides('feedCsv', headers);
  assertCount('feedCsv', 'skipRows', skipRows);
  const firstRecord = accumulator.recordCount;
  let lines = 0;
  const sheet = sheetRecords('feedCsv', accumulator, overrides, skipRows);

  const consumeRows = async (rows: AsyncIterable<{ record: string[]; info: { lines: number } }>): Promise<void> => {
    for await (const { record: row, info } of rows) {
      lines = info.lines;
      sheet.take(row, lines);
    }
  };

  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  // When the consumer throws while the source still has data, pipeline() rejects with the
  // source's AbortError instead: keep the consumer's own error (a bad header or record).
  let consumerError = null as { readonly error: unknown } | null;
  try {
    await pipeline(
      Readable.from(decodeChunks('feedCsv', source, accumulator, () => lines + 1)),
      parser,
      async (rows: AsyncIterable<{ record: string[]; info: { lines: number } }>) => {
        try {
          await consumeRows(rows);
        } catch (error) {
          consumerError = { error };
          throw error;
        }
      },
    );
  } catch (raised) {
    const error = consumerError === null ? raised : consumerError.error;
    if (error instanceof CsvError) {
      // Every error csv-parse raises while parsing carries the line it stopped at
      // and the rows it gave out before, the header among them. It runs ahead of
      // the rows counted here, so the bad row's index comes from its count.
      const { lines: line, records } = error as unknown as { lines: number; records: number };
      const index = records === 0 ? -1 : firstRecord + records - 1;
      throw new InvalidRecordError({
        index,
        line,
        id: null,
        field: null,
        message: `feedCsv requires ${index < 0 ? 'the header' : `records[${index}]`} (line ${line}) to be a well-formed CSV row, got ${cutQuoted(error.message)}`,
      });
    }
    throw error;
  }
  return sheet.finish(lines, 'file', 'line');
}
