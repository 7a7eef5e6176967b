import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { assertOneOf } from '../internal/assertOneOf.js';
import { CASE_RECORD_FIELDS } from '../models/caseRecordFields.js';
import { decodeChunks } from './read/decodeChunks.js';
import { describeValue } from '../internal/describeValue.js';
import { readOptions } from '../internal/readOptions.js';
import { tallierAccumulator } from './engine/tallierAccumulator.js';
import { describeShort } from './engine/TallyAccumulator.js';
import { ITEM_TYPE_NAMES } from '../models/itemTypeCodes.js';
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
   * Maps the file's column headers to `CaseRecord` fields, such as
   * `{ 办件编号: 'id', 受理时间: 'acceptedAt', 办结时间: 'completedAt',
   * 承诺办结时间: 'dueAt', 部门: 'departmentId', 街道: 'streetOfficeId',
   * 事项类型: 'itemTypeCode' }`. A header that is already a field name needs
   * no entry; other columns are ignored.
   */
  readonly headers?: Readonly<Record<string, string>>;
}

const FIELDS = CASE_RECORD_FIELDS;
type Field = (typeof FIELDS)[number];
const CATEGORY_LABELS: ReadonlyMap<string, string> = new Map([
  ['行政许可', 'administrative_licensing'],
  ['公共服务', 'public_service'],
]);
const EPOCH_PATTERN = /^-?\d+$/;

/**
 * The header's cells for a message: each cut at 80 characters, and the list
 * cut once it passes 600, saying how many cells are left out.
 */
function describeHeader(row: readonly string[]): string {
  const shown: string[] = [];
  let length = 0;
  for (const name of row) {
    const text = describeShort(name);
    if (shown.length > 0 && length + text.length > 600) break;
    shown.push(text);
    length += text.length + 2;
  }
  const more = row.length - shown.length;
  return `${shown.join(', ')}${more === 0 ? '' : ` and ${more} more cell${more === 1 ? '' : 's'}`}`;
}

/** csv-parse's message with each value it quotes cut at 80 characters, as record values are (it quotes a whole field). */
function cutQuoted(message: string): string {
  return message.replace(/"((?:[^"\\]|\\.){80})(?:[^"\\]|\\.)+"/g, '"$1"…');
}

/**
 * Reads CSV case records (办件), header first, from a stream into a {@link Tallier}.
 *
 * For the spreadsheets that approval systems export. Parsing is done by
 * csv-parse (RFC 4180 quoting, a byte-order mark dropped); each row becomes a
 * `CaseRecord` and goes through the tallier's checks (`tallyCases`).
 *
 * ```text
 * header → column of each field (through options.headers);  each row → tallier.add(record)
 * cell '' → field absent;  '-?digits' in a time column → epoch ms;  '行政许可'/'公共服务' → category;
 * '1' … '9' in itemTypeCode → '01' … '09';  no category column → category from itemTypeCode
 * ```
 * In words: columns are matched by header, empty cells mean "absent", and
 * the Chinese category names and Excel-stripped codes are read as meant.
 *
 * Edge cases: required columns are `id`, `departmentId`, `acceptedAt` and
 * `category` or `itemTypeCode`; a missing one throws (index −1, line 1,
 * `field` the column). A row with more or fewer cells than the header, or a
 * quoting error, is an invalid record. `Uint8Array` chunks are UTF-8 (fatal);
 * decode GBK yourself and pass strings.
 *
 * @param tallier - A tallier from `createTallier`.
 * @param source - The text: any async iterable of strings or bytes, such as a Node `Readable`.
 * @param options - {@link FeedCsvOptions}: the header mapping.
 * @returns The {@link FeedSummary} once the source has ended.
 * @throws {TypeError} `feedCsv requires tallier to be made by createTallier, got …` (likewise `source`, `options`, `headers`).
 * @throws {RangeError} `feedCsv requires headers["受理时间"] to be one of 'id', 'category', …, got "acceptedat"` for a mapping onto no case-record field.
 * @throws {InvalidRecordError} `feedCsv requires the header to have a column for departmentId, got "办件编号", "受理时间"` for a missing column, each header cell cut at 80 characters and the list at about 600 (`… and 4998 more cells`) (`… to have one column for departmentId, …` for two, such as 部门 mapped to departmentId beside a departmentId column); `feedCsv requires a header row naming the columns, got an empty file` for a file with no rows; `feedCsv requires records[2] (line 4) to be a row of 7 cells, got 6 cells` for a short row; `feedCsv requires records[2] (line 4) to be a well-formed CSV row, got Quote Not Closed: …` for malformed CSV (`the header` when the header is malformed; a field the message quotes cut at 80 characters); invalid records as in `tallyCases`.
 * @example
 * ```ts
 * import { createTallier } from 'zwfw-stats';
 * import { feedCsv } from 'zwfw-stats/node';
 *
 * // In a program: await feedCsv(tallier, fs.createReadStream('cases.csv'), { headers })
 * const tallier = createTallier({ period: '2019-01', by: 'department' });
 * const csv = '办件编号,事项类型,部门,受理时间\nWH-1,01,区人社局,2019-01-05T09:30:00+08:00\n';
 * const done = feedCsv(tallier, (async function* () { yield csv; })(), {
 *   headers: { 办件编号: 'id', 事项类型: 'itemTypeCode', 部门: 'departmentId', 受理时间: 'acceptedAt' },
 * });
 * done instanceof Promise;
 * // => true
 * // once done resolves: { records: 1, lines: 2, invalid: 0 }, and tallier.result().groups[0].tally.accepted is 1
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
  const { headers = {} } = readOptions('feedCsv', options);
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new TypeError(`feedCsv requires headers to be an object, got ${describeValue(headers)}`);
  }
  // A mapping onto no field would leave its column unread without a word.
  for (const [name, field] of Object.entries(headers)) assertOneOf('feedCsv', `headers[${JSON.stringify(name)}]`, field, FIELDS);
  const firstRecord = accumulator.recordCount;
  const invalidBefore = accumulator.invalid.length;
  let lines = 0;
  let columnOf: Map<Field, number> | null = null;
  let width = 0;

  const readHeader = (row: readonly string[]): Map<Field, number> => {
    const headerError = (field: Field, what: string): InvalidRecordError =>
      new InvalidRecordError({
        index: -1,
        line: 1,
        id: null,
        field,
        message: `feedCsv requires the header to have ${what} for ${field}, got ${describeHeader(row)}`,
      });
    const columns = new Map<Field, number>();
    row.forEach((name, column) => {
      const mapped = Object.hasOwn(headers, name) ? headers[name] : name;
      if (!(FIELDS as readonly unknown[]).includes(mapped)) return;
      // Two columns for one field: which one holds the figures is not ours to guess.
      if (columns.has(mapped as Field)) throw headerError(mapped as Field, 'one column');
      columns.set(mapped as Field, column);
    });
    const required: Field[] = ['id', 'departmentId', 'acceptedAt'];
    if (!columns.has('itemTypeCode')) required.push('category');
    for (const field of required) {
      if (!columns.has(field)) throw headerError(field, 'a column');
    }
    return columns;
  };

  const toRecord = (row: readonly string[], columns: Map<Field, number>): Record<string, unknown> => {
    const record: Record<string, unknown> = {};
    for (const [field, column] of columns) {
      const cell = row[column] as string;
      if (cell === '') continue;
      if (field === 'acceptedAt' || field === 'dueAt' || field === 'completedAt') {
        record[field] = EPOCH_PATTERN.test(cell) ? Number(cell) : cell;
      } else if (field === 'category') {
        record[field] = CATEGORY_LABELS.get(cell) ?? cell;
      } else if (field === 'itemTypeCode') {
        record[field] = cell.length === 1 && cell >= '1' && cell <= '9' ? `0${cell}` : cell;
      } else {
        record[field] = cell;
      }
    }
    const code = record['itemTypeCode'];
    if (record['category'] === undefined && typeof code === 'string' && Object.hasOwn(ITEM_TYPE_NAMES, code)) {
      record['category'] = code === '01' ? 'administrative_licensing' : 'public_service';
    }
    return record;
  };

  const consumeRows = async (rows: AsyncIterable<{ record: string[]; info: { lines: number } }>): Promise<void> => {
    for await (const { record: row, info } of rows) {
      lines = info.lines;
      if (columnOf === null) {
        columnOf = readHeader(row);
        width = row.length;
        continue;
      }
      if (row.length !== width) {
        accumulator.reject('feedCsv', accumulator.recordCount, lines, null, null, `a row of ${width} cells`, `${row.length} cells`);
        accumulator.recordCount += 1;
        continue;
      }
      accumulator.addRecord(toRecord(row, columnOf), lines, 'feedCsv');
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
  if (columnOf === null) {
    throw new InvalidRecordError({
      index: -1,
      line: 1,
      id: null,
      field: null,
      message: 'feedCsv requires a header row naming the columns, got an empty file',
    });
  }
  return {
    records: accumulator.recordCount - firstRecord,
    lines,
    invalid: accumulator.invalid.length - invalidBefore,
  };
}
