import { decodeChunks } from './read/decodeChunks.js';
import { tallierAccumulator } from './engine/tallierAccumulator.js';
import { readNdjsonLine } from './read/readNdjsonLine.js';
import type { Tallier } from './Tallier.js';

/**
 * What a file reader fed into a {@link Tallier}.
 *
 * @category Tally
 */
export interface FeedSummary {
  /** Records read (non-empty lines or CSV data rows), valid or not. */
  readonly records: number;
  /** Lines read, the header and empty lines included. */
  readonly lines: number;
  /** Of `records`, those found invalid and collected (always 0 unless `onInvalid: 'collect'`). */
  readonly invalid: number;
  /** A table's columns read as case-record fields, in column order (CSV and workbooks; absent for NDJSON). */
  readonly columns?: readonly FeedColumn[];
  /** The 1-based line of the header row (CSV and workbooks). */
  readonly headerLine?: number;
  /** Rows above the header that were skipped: blank rows, titles, and `skipRows` (CSV and workbooks). */
  readonly skippedRows?: number;
}

/**
 * One column of a table, read as a case-record field.
 *
 * @category Tally
 */
export interface FeedColumn {
  /** The case-record field, such as `'departmentId'`. */
  readonly field: string;
  /** The header cell as the file writes it, such as `'实施部门'`. */
  readonly header: string;
  /** The 0-based column. */
  readonly column: number;
}

/**
 * Reads NDJSON (one JSON case record per line) from a stream into a {@link Tallier}.
 *
 * For exports too big to load: `feedNdjson(tallier, fs.createReadStream(path))`
 * reads the file chunk by chunk, so memory holds one chunk and the groups,
 * never the whole file.
 *
 * ```text
 * for each line: blank → skipped;  otherwise tallier.add(JSON.parse(line))
 * ```
 * In words: every non-blank line is one record, checked and counted by the
 * tallier's rules ({@link tallyCases}); `\n` and `\r\n` both end a line.
 *
 * Edge cases: `Uint8Array` chunks are decoded as UTF-8 with fatal errors
 * (bytes that are not UTF-8 always throw); string chunks are taken as already
 * decoded. A line that is not valid JSON is an invalid record (thrown, or
 * collected with `onInvalid: 'collect'`); errors carry the 1-based `line`.
 * So is a record with a case-record field written as a number that
 * JSON.parse reads as another (`1e400` as Infinity, `9007199254740993` as
 * 9007199254740992); other fields are not read.
 *
 * @param tallier - A tallier from {@link createTallier}.
 * @param source - The text: any async iterable of strings or bytes, such as a Node `Readable`.
 * @returns The {@link FeedSummary} once the source has ended.
 * @throws {TypeError} `feedNdjson requires tallier to be made by createTallier, got …` (likewise `source`).
 * @throws {InvalidRecordError} `feedNdjson requires records[4] (line 5) to be a JSON object on one line, got "{\"id\": "` for a malformed line; `feedNdjson requires records[0] (id "a", line 1) acceptedAt to be a number that reads as written, got 1e400, beyond the range of numbers` for a number read as another; an invalid record likewise, with its id and field.
 * @example
 * ```ts
 * // In a program: await feedNdjson(tallier, fs.createReadStream('cases-2019.ndjson'))
 * const tallier = createTallier({ period: '2019-01', by: 'department' });
 * const line = '{"id":"WH-1","category":"public_service","departmentId":"区人社局","acceptedAt":"2019-01-05T09:30:00+08:00"}';
 * const done = feedNdjson(tallier, (async function* () { yield `${line}\n`; })());
 * done instanceof Promise;
 * // => true
 * // once done resolves: { records: 1, lines: 1, invalid: 0 }, and tallier.result().groups[0].tally.accepted is 1
 * ```
 * @see `feedCsv` (in `zwfw-stats/node`) for CSV.
 * @category Tally
 */
export async function feedNdjson(tallier: Tallier, source: AsyncIterable<string | Uint8Array>): Promise<FeedSummary> {
  const accumulator = tallierAccumulator('feedNdjson', tallier);
  const firstRecord = accumulator.recordCount;
  const invalidBefore = accumulator.invalid.length;
  let line = 0;
  let pending = '';
  const take = (text: string): void => {
    line += 1;
    readNdjsonLine(accumulator, text, line);
  };
  for await (const text of decodeChunks('feedNdjson', source, accumulator, () => line + 1)) {
    let from = 0;
    let newline = text.indexOf('\n');
    if (newline >= 0) {
      take(pending + text.slice(0, newline));
      from = newline + 1;
      newline = text.indexOf('\n', from);
      while (newline >= 0) {
        take(text.slice(from, newline));
        from = newline + 1;
        newline = text.indexOf('\n', from);
      }
    }
    pending = from === 0 ? pending + text : text.slice(from);
  }
  if (pending !== '') take(pending);
  return {
    records: accumulator.recordCount - firstRecord,
    lines: line,
    invalid: accumulator.invalid.length - invalidBefore,
  };
}
