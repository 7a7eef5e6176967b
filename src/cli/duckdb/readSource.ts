import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { CASE_RECORD_FIELDS } from '../../models/caseRecordFields.js';
import type { PeriodSpan } from '../../period/PeriodSpan.js';
import { createTallier } from '../../tally/createTallier.js';
import { feedCsv } from '../../tally/feedCsv.js';
import type { FeedColumn } from '../../tally/feedNdjson.js';
import { InvalidRecordError } from '../../tally/InvalidRecordError.js';
import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import { describeInvalidRecord } from '../messages/describeInvalidRecord.js';
import { chooseEncoding, type EncodingOption } from '../read/decodeBytes.js';
import { decodeStream } from '../read/decodeStream.js';
import { fileError } from '../read/fileError.js';
import type { DuckdbConnection } from './loadDuckdb.js';
import type { RecordSource, SourceColumn, SourceField } from './recordsSql.js';

/** The kinds of file DuckDB reads here. */
export type DuckdbInput = 'csv' | 'ndjson' | 'parquet';

/** How the file is read: what the command's options say. */
export interface ReadSourceOptions {
  readonly span: PeriodSpan;
  readonly locale: 'zh-CN' | 'en';
  readonly encoding: EncodingOption;
  readonly headers: Readonly<Record<string, string | null>>;
  readonly skipRows: number;
  readonly wallClockOffsetMinutes: number | null;
  /** A folder of the command's own, for a CSV or NDJSON file that must be made UTF-8 first. */
  readonly scratch: string;
}

/** The source, and the columns read as `header→field` (null for NDJSON). */
export interface ReadSource {
  readonly source: RecordSource;
  readonly columns: readonly { readonly field: string; readonly header: string }[] | null;
}

/** The bytes a CSV header search looks at: the header is within the file's first rows. */
const HEAD_BYTES = 1 << 18;

/** A path as a DuckDB string literal. */
const pathLiteral = (path: string): string => `'${path.replaceAll("'", "''")}'`;

/** The first bytes of the file (up to HEAD_BYTES), and whether that is all of it. */
async function readHead(io: CliIo, file: string): Promise<{ bytes: Uint8Array; complete: boolean }> {
  const parts: Uint8Array[] = [];
  let length = 0;
  const chunks = io.streamFile(file)[Symbol.asyncIterator]();
  try {
    while (length < HEAD_BYTES) {
      const next = await chunks.next();
      if (next.done === true) return { bytes: Buffer.concat(parts), complete: true };
      parts.push(next.value);
      length += next.value.length;
    }
  } catch (error) {
    throw fileError(file, error);
  }
  await chunks.return?.();
  return { bytes: Buffer.concat(parts).subarray(0, HEAD_BYTES), complete: false };
}

/** The file's kind: `--input`, else the name, else Parquet's magic bytes. */
export function duckdbInput(file: string, input: unknown, head: Uint8Array, locale: 'zh-CN' | 'en'): DuckdbInput {
  if (input === 'csv' || input === 'ndjson') return input;
  if (/\.parquet$/i.test(file) || Buffer.from(head.subarray(0, 4)).toString('latin1') === 'PAR1') return 'parquet';
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson';
  throw new CliError(
    locale === 'en'
      ? `${file}: --duckdb reads CSV, NDJSON and Parquet files (.csv, .ndjson, .jsonl, .parquet); give --input csv or --input ndjson, or tally without --duckdb`
      : `${file}: --duckdb 只读 CSV、NDJSON 和 Parquet 文件(.csv、.ndjson、.jsonl、.parquet);可用 --input csv 或 --input ndjson 指明,或去掉 --duckdb`,
  );
}

/**
 * The columns of a header row read as the JavaScript readers read them
 * (CASE_RECORD_COLUMN_NAMES, `--header`, the same messages): the row goes
 * through feedCsv, which reports the columns it read.
 */
async function headerColumns(file: string, text: string, options: ReadSourceOptions): Promise<{ columns: readonly FeedColumn[]; headerLine: number }> {
  const tallier = createTallier({ period: { from: options.span.from, to: options.span.to }, by: [], onInvalid: 'collect' });
  try {
    const summary = await feedCsv(tallier, (async function* () {
      yield text;
    })(), { headers: options.headers, skipRows: options.skipRows });
    return { columns: summary.columns ?? [], headerLine: summary.headerLine ?? 1 };
  } catch (error) {
    if (error instanceof InvalidRecordError) throw new CliError(describeInvalidRecord(file, error, options.locale));
    throw error;
  }
}

/** Writes the file as UTF-8 into the scratch folder (DuckDB reads UTF-8 only) and returns that copy's path. */
async function utf8Copy(io: CliIo, file: string, options: ReadSourceOptions): Promise<string> {
  const copy = `${options.scratch}/utf8-copy`;
  const out = createWriteStream(copy);
  for await (const text of decodeStream(io.streamFile(file), options.encoding, file)) {
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
  return copy;
}

const columnsOf = (reads: readonly FeedColumn[], names: readonly string[], types: readonly string[], quote: (name: string) => string) => {
  const columns: Partial<Record<SourceField, SourceColumn>> = {};
  for (const read of reads) {
    columns[read.field as SourceField] = { sql: quote(names[read.column] as string), type: types[read.column] as string };
  }
  return columns;
};

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** DuckDB's error about the file, in one line. */
export function duckdbError(file: string, error: unknown, locale: 'zh-CN' | 'en'): CliError {
  const reason = String((error as { message?: unknown } | null)?.message ?? error).split('\n')[0];
  return new CliError(locale === 'en' ? `${file}: DuckDB cannot read the file: ${reason}` : `${file}: DuckDB 无法读取该文件:${reason}`);
}

/** What DuckDB says a relation's columns are. */
async function describe(connection: DuckdbConnection, relation: string, file: string, locale: 'zh-CN' | 'en'): Promise<{ names: string[]; types: string[] }> {
  let rows: Record<string, unknown>[];
  try {
    rows = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`)).getRowObjects();
  } catch (error) {
    throw duckdbError(file, error, locale);
  }
  return { names: rows.map((row) => String(row['column_name'])), types: rows.map((row) => String(row['column_type'])) };
}

/**
 * The file as a {@link RecordSource} for DuckDB: CSV with its header found
 * as the CSV reader finds it (title rows, `--skip-rows`, `--header`) and
 * every cell read as text; NDJSON with the record fields as keys, each value
 * read as text; Parquet with its column names read as CSV headers are, each
 * column with its type.
 */
export async function readSource(io: CliIo, file: string, input: unknown, connection: DuckdbConnection, options: ReadSourceOptions): Promise<ReadSource> {
  if (/[*?[{]/.test(file)) {
    throw new CliError(
      options.locale === 'en'
        ? `${file}: --duckdb reads one file, and DuckDB would read a name with * ? [ or { as a pattern: rename the file`
        : `${file}: --duckdb 只读一个文件,文件名含 * ? [ 或 { 时 DuckDB 会把它当作通配符:请改名`,
    );
  }
  const head = await readHead(io, file);
  const kind = duckdbInput(file, input, head.bytes, options.locale);
  const wallClockOffsetMinutes = options.wallClockOffsetMinutes;
  if (kind === 'parquet') {
    const relation = `read_parquet(${pathLiteral(file)})`;
    const { names, types } = await describe(connection, relation, file, options.locale);
    const { columns } = await headerColumns(file, `${names.map(quoteName).join(',')}\n`, { ...options, skipRows: 0 });
    refuseTimeLimits(file, columns, options.locale);
    return {
      source: { relation, columns: columnsOf(columns, names, types, quoteName), cells: 'values', wallClockOffsetMinutes, rejects: false },
      columns: columns.map(({ field, header }) => ({ field, header })),
    };
  }
  const { encoding, bomLength } = chooseEncoding(head.bytes, options.encoding, head.complete);
  const path = encoding === 'utf-8' ? file : await utf8Copy(io, file, options);
  if (kind === 'ndjson') {
    const relation = `read_json(${pathLiteral(path)}, format = 'newline_delimited', columns = {${CASE_RECORD_FIELDS.map((field) => `'${field}': 'VARCHAR'`).join(', ')}})`;
    // The SQL computes no deadline from a time limit: a record that gives one is refused, as a CSV column is.
    let limited: Record<string, unknown> | undefined;
    try {
      [limited] = (await connection.runAndReadAll(`SELECT "timeLimit" IS NULL AS plain FROM ${relation} WHERE "timeLimit" IS NOT NULL OR "statutoryTimeLimit" IS NOT NULL LIMIT 1`)).getRowObjects();
    } catch (error) {
      throw duckdbError(file, error, options.locale);
    }
    if (limited !== undefined) {
      const field = limited['plain'] === true ? 'statutoryTimeLimit' : 'timeLimit';
      refuseTimeLimits(file, [{ field, header: field }], options.locale);
    }
    const columns: Partial<Record<SourceField, SourceColumn>> = {};
    for (const field of CASE_RECORD_FIELDS) if (field !== 'timeLimit' && field !== 'statutoryTimeLimit') columns[field] = { sql: quoteName(field), type: 'VARCHAR' };
    return { source: { relation, columns, cells: 'values', wallClockOffsetMinutes, rejects: false }, columns: null };
  }
  // CSV: the header from the head's whole lines, then every row below it as text. Rows of
  // another width than the header's are set aside by DuckDB (store_rejects) and counted as invalid.
  const headText = new TextDecoder(encoding).decode(head.bytes.subarray(bomLength));
  const wholeLines = head.complete ? headText : headText.slice(0, headText.lastIndexOf('\n') + 1);
  const { columns, headerLine } = await headerColumns(file, wholeLines, options);
  refuseTimeLimits(file, columns, options.locale);
  const rowsToHeader = await new Promise<string[][]>((resolve, reject) => {
    parse(wholeLines, { relax_column_count: true, skip_empty_lines: true, to_line: headerLine }, (error, rows: string[][]) => (error ? reject(error) : resolve(rows)));
  });
  const width = rowsToHeader[rowsToHeader.length - 1]?.length ?? 0;
  const names = Array.from({ length: width }, (_, index) => `c${index}`);
  const relation = `read_csv(${pathLiteral(path)}, header = false, skip = ${headerLine}, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${names.map((name) => `'${name}': 'VARCHAR'`).join(', ')}}, store_rejects = true)`;
  return {
    source: { relation, columns: columnsOf(columns, names, names.map(() => 'VARCHAR'), quoteName), cells: 'cells', wallClockOffsetMinutes, rejects: true },
    columns: columns.map(({ field, header }) => ({ field, header })),
  };
}

/**
 * A 承诺时限 or 法定时限 column is refused under --duckdb: the SQL computes no
 * deadline from a time limit, and its 按时办结 would be wrong without one.
 */
function refuseTimeLimits(file: string, columns: readonly { readonly field: string; readonly header: string }[], locale: 'zh-CN' | 'en'): void {
  const limit = columns.find((column) => column.field === 'timeLimit' || column.field === 'statutoryTimeLimit');
  if (limit === undefined) return;
  throw new CliError(
    locale === 'en'
      ? `${file}: --duckdb computes no deadline from a time limit (column ${JSON.stringify(limit.header)}): tally the file without --duckdb`
      : `${file}: --duckdb 不能由办理时限(“${limit.header}”列)计算截止时间:请不加 --duckdb 统计此文件`,
  );
}
