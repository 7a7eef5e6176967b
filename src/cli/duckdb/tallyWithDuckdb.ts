import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatPeriodSpan } from '../../period/formatPeriodSpan.js';
import type { PeriodSpan } from '../../period/PeriodSpan.js';
import { readTallySqlRows } from '../../sql/readTallySqlRows.js';
import { tallySql } from '../../sql/tallySql.js';
import type { Dimension } from '../../tally/Dimension.js';
import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import type { EncodingOption } from '../read/decodeBytes.js';
import { writeTally } from '../write/writeTally.js';
import { writeTallyOutput } from '../write/writeTallyOutput.js';
import { describeDuckdbInvalid } from './describeDuckdbInvalid.js';
import { type DuckdbConnection, type DuckdbLoader, importDuckdb, loadDuckdb } from './loadDuckdb.js';
import { duckdbError, readSource } from './readSource.js';
import { recordsSql } from './recordsSql.js';

/** The tally command's options, as it read them. */
export interface DuckdbTallyOptions {
  readonly span: PeriodSpan;
  readonly by: readonly Dimension[];
  readonly top: number | undefined;
  readonly format: 'text' | 'markdown' | 'json' | 'csv';
  readonly locale: 'zh-CN' | 'en';
  readonly digits: number | undefined;
  readonly encoding: EncodingOption;
  readonly outputEncoding: 'utf-8-bom' | 'utf-8' | 'gbk';
  readonly headers: Readonly<Record<string, string | null>>;
  readonly skipRows: number;
  /** `--input`, as given. */
  readonly input: unknown;
  /** Minutes ahead of UTC of times without an offset, or null to refuse them; and the option's text. */
  readonly timeOffset: { readonly minutes: number | null; readonly text: string | null };
  readonly skipInvalid: boolean;
  /** `--invalid-out`, which this path cannot honour. */
  readonly invalidOut: unknown;
  /** Imports `@duckdb/node-api` (a test passes one that fails). */
  readonly load?: DuckdbLoader;
}

/** Epoch ms of the first instant of a month `YYYY-MM` in Beijing time, as the tally cuts months. */
function monthStart(period: string, monthsLater: number): number {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7)) - 1 + monthsLater;
  const date = new Date(0);
  date.setUTCFullYear(year, month, 1);
  return date.getTime() - 480 * 60_000;
}

const count = (value: unknown): number => Number(value as bigint);

/**
 * `zwfw-stats tally --duckdb FILE`: the same tally as the JavaScript path,
 * counted by DuckDB with the SQL of {@link tallySql} (dialect `duckdb`) over
 * the file (CSV, NDJSON or Parquet), for files too big for one process.
 *
 * ```text
 * file → zwfw_records: the fields as the JavaScript readers read them, and each record's first problem (recordsSql)
 * zwfw_records where valid → tallySql (duckdb, epoch ms) → readTallySqlRows → writeTally
 * ```
 *
 * Invalid records are counted by kind, in the order of the JavaScript
 * tally's checks; duplicate ids are counted by the SQL and refused, since a
 * table has no first copy. Prints the tally as the JavaScript path does.
 */
export async function tallyWithDuckdb(io: CliIo, file: string, options: DuckdbTallyOptions): Promise<number> {
  const { locale } = options;
  if (options.invalidOut !== undefined) {
    throw new CliError(
      locale === 'en'
        ? '--invalid-out lists the invalid records one by one, which --duckdb does not: tally without --duckdb to list them'
        : '--invalid-out 逐条列出无效记录,--duckdb 不支持:去掉 --duckdb 可列出',
    );
  }
  const duckdb = await loadDuckdb(options.load ?? importDuckdb, locale);
  const scratch = await mkdtemp(join(tmpdir(), 'zwfw-duckdb-'));
  const instance = await duckdb.DuckDBInstance.create(':memory:', { temp_directory: scratch, autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  try {
    return await tallyOn(io, file, connection, { ...options, scratch });
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(scratch, { recursive: true, force: true });
  }
}

async function tallyOn(io: CliIo, file: string, connection: DuckdbConnection, options: DuckdbTallyOptions & { readonly scratch: string }): Promise<number> {
  const { span, by, locale } = options;
  const { source, columns } = await readSource(io, file, options.input, connection, {
    span,
    locale,
    encoding: options.encoding,
    headers: options.headers,
    skipRows: options.skipRows,
    wallClockOffsetMinutes: options.timeOffset.minutes,
    scratch: options.scratch,
  });
  const rows = async (sql: string): Promise<Record<string, unknown>[]> => {
    try {
      return (await connection.runAndReadAll(sql)).getRowObjects();
    } catch (error) {
      throw duckdbError(file, error, locale);
    }
  };
  await rows(recordsSql(source));
  const problems = new Map<number, number>();
  let records = 0;
  for (const row of await rows('SELECT problem, COUNT(*) AS n FROM zwfw_records GROUP BY problem')) {
    problems.set(Number(row['problem']), count(row['n']));
    records += count(row['n']);
  }
  if (source.rejects) {
    // CSV rows of another width than the header's, which DuckDB set aside (code 16).
    const [rejected] = await rows('SELECT COUNT(DISTINCT line) AS n FROM reject_errors');
    const n = count(rejected?.['n'] ?? 0n);
    if (n > 0) problems.set(16, n);
    records += n;
  }
  const invalid = [...problems].filter(([problem]) => problem > 0).reduce((sum, [, n]) => sum + n, 0);
  if (invalid > 0) {
    const kinds = describeDuckdbInvalid(problems, locale);
    if (!options.skipInvalid) {
      throw new CliError(locale === 'en' ? `${file}: ${invalid} invalid record${invalid === 1 ? '' : 's'} (${kinds})` : `${file}: 共${invalid}条无效记录(${kinds})`, [
        locale === 'en'
          ? '  --skip-invalid counts the valid ones; without --duckdb each is listed with its line'
          : '  --skip-invalid 只计有效记录;去掉 --duckdb 可逐条列出无效记录及其行号',
      ]);
    }
    io.stderr(locale === 'en' ? `zwfw-stats: skipped ${invalid} invalid record${invalid === 1 ? '' : 's'} of ${records} (${kinds})\n` : `zwfw-stats: 跳过${records}条记录中的${invalid}条无效记录(${kinds})\n`);
    if (invalid === records) {
      throw new CliError(locale === 'en' ? `${file}: no valid record among ${records}: nothing to tally` : `${file}: ${records}条记录全部无效,没有可统计的记录`);
    }
  }
  const start = monthStart(span.from, 0);
  const end = monthStart(span.to, 1);
  const excluded = (await rows(`SELECT status, COUNT(*) AS n FROM zwfw_records WHERE problem = -1 AND "acceptedAt" >= ${start} AND "acceptedAt" < ${end} GROUP BY status`))
    .map((row) => ({ status: String(row['status']), count: count(row['n']) }))
    .sort((a, b) => (a.status < b.status ? -1 : 1));
  await rows('CREATE TEMP VIEW zwfw_valid AS SELECT id, category, "departmentId", "streetOfficeId", "acceptedAt", "dueAt", "completedAt" FROM zwfw_records WHERE problem = 0');
  const query = tallySql({ dialect: 'duckdb', table: 'zwfw_valid', period: { from: span.from, to: span.to }, by, timeStorage: 'epochMs', onInvalid: 'collect' });
  const result = readTallySqlRows(await rows(query.sql), query);
  const duplicates = result.invalid.duplicateId ?? 0;
  if (duplicates > 0) {
    throw new CliError(
      locale === 'en'
        ? `${file}: ${duplicates} record${duplicates === 1 ? ' repeats' : 's repeat'} the id of another that counts in the period; DuckDB cannot tell which copy comes first, so --duckdb counts none: tally without --duckdb, which counts the first copy and lists the others`
        : `${file}: ${duplicates}条记录的办件编号与本期另一条记录重复;DuckDB 无法判断哪一条在先,--duckdb 不予统计:去掉 --duckdb 可计第一条并列出其余`,
    );
  }
  const output = writeTally(
    result.groups,
    {
      file,
      period: span.text,
      label: formatPeriodSpan(span, { locale }),
      lastMonth: span.to,
      records,
      invalid,
      excluded,
      timeOffset: options.timeOffset.text,
      columns,
    },
    { by, top: options.top, format: options.format, locale, digits: options.digits },
  );
  writeTallyOutput(io, output, options.format, options.outputEncoding, options.locale);
  return 0;
}
