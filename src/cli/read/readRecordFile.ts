import { CASE_RECORD_FIELDS } from '../../models/caseRecordFields.js';
import { fileKindMessage, SNIFF_BYTES, sniffSpreadsheet, type FileKind } from '../../internal/sniffSpreadsheet.js';
import { type FeedSummary, feedNdjson } from '../../tally/feedNdjson.js';
import { InvalidRecordError } from '../../tally/InvalidRecordError.js';
import { createTallier } from '../../tally/createTallier.js';
import type { TallyOptions } from '../../tally/TallyOptions.js';
import type { InvalidRecord, TallyResult } from '../../tally/TallyResult.js';
import { availableParallelism } from 'node:os';
import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import { describeInvalidRecord } from '../messages/describeInvalidRecord.js';
import { oneOf, type ParsedCommand } from '../options/commandOptions.js';
import { quoteArgument } from '../options/quoteArgument.js';
import type { Locale } from '../options/readLocale.js';
import { csvCell } from '../write/csvCell.js';
import { type EncodingOption, ENCODINGS } from './decodeBytes.js';
import { decodeStream } from './decodeStream.js';
import { fileError } from './fileError.js';
import { PARTS_FROM_BYTES, tallyInParts } from './tallyInParts.js';
import { tallyCsvFile } from './tallyCsvFile.js';
import { tallyNdjsonFile } from './tallyNdjsonFile.js';
import { describeWorkbookError } from '../messages/describeWorkbookError.js';

// How the commands that read case records (tally, report --records) read an
// export: the options they share, the file's kind, the readers, and what is
// said about invalid records.

/** The options of every command that reads case records, for parseArgs. */
export const RECORD_FILE_OPTIONS = {
  encoding: { type: 'string' },
  input: { type: 'string' },
  header: { type: 'string', multiple: true },
  'chinese-headers': { type: 'boolean' },
  'skip-rows': { type: 'string' },
  sheet: { type: 'string' },
  'time-offset': { type: 'string' },
  'skip-invalid': { type: 'boolean' },
  'invalid-out': { type: 'string' },
  jobs: { type: 'string' },
} as const;

/** How to read an export, from the options of {@link RECORD_FILE_OPTIONS}. */
export interface RecordFileOptions {
  readonly command: string;
  readonly locale: 'zh-CN' | 'en';
  readonly encoding: EncodingOption;
  readonly input: unknown;
  readonly headers: Record<string, string | null>;
  readonly skipRows: number;
  readonly sheet: string | number | undefined;
  /** Minutes ahead of UTC of times written without an offset, or null to refuse them. */
  readonly offsetMinutes: number | null;
  /** The offset as given ('+08:00'), or null. */
  readonly offsetText: string | null;
  readonly skipInvalid: boolean;
  readonly invalidOut: string | undefined;
  /** `--jobs N`: the parts a large CSV or NDJSON file is read in, side by side. */
  readonly jobs: number;
}

function readHeaderMappings(command: string, values: readonly unknown[], locale: Locale): Record<string, string | null> {
  const headers: Record<string, string | null> = Object.create(null);
  for (const value of values) {
    const text = String(value);
    const at = text.lastIndexOf('=');
    if (at <= 0) {
      throw new CliError(
        locale === 'en'
          ? `--header must be written 列名=field (or 列名= to leave the column unread), such as 申请编号=id, got ${quoteArgument(text)} (see zwfw-stats ${command} --help)`
          : `--header 须写成 列名=字段(或 列名= 不读该列),例如 申请编号=id,而不是 ${quoteArgument(text)}(见 zwfw-stats ${command} --help)`,
      );
    }
    const field = text.slice(at + 1);
    if (field !== '' && !(CASE_RECORD_FIELDS as readonly string[]).includes(field)) {
      throw new CliError(
        locale === 'en'
          ? `--header must map onto a case-record field (${CASE_RECORD_FIELDS.join(', ')}), got ${quoteArgument(text)} (see zwfw-stats ${command} --help)`
          : `--header 须对应案件记录的字段(${CASE_RECORD_FIELDS.join('、')}),而不是 ${quoteArgument(text)}(见 zwfw-stats ${command} --help)`,
      );
    }
    headers[text.slice(0, at)] = field === '' ? null : field;
  }
  return headers;
}

/** `--time-offset +08:00|-05:30|none`: minutes ahead of UTC, or null to refuse times without an offset. */
function readTimeOffset(command: string, value: unknown, locale: Locale): { minutes: number | null; text: string | null } {
  const text = typeof value === 'string' ? value : '+08:00';
  if (text === 'none') return { minutes: null, text: null };
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(text);
  const minutes = match === null ? Number.NaN : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  if (match === null || Number(match[3]) > 59 || minutes < -720 || minutes > 840) {
    throw new CliError(
      locale === 'en'
        ? `--time-offset must be an offset from UTC written ±HH:MM (from -12:00 to +14:00), or none, got '${text}' (see zwfw-stats ${command} --help)`
        : `--time-offset 须是写成 ±HH:MM 的UTC时差(-12:00 至 +14:00),或 none,而不是 '${text}'(见 zwfw-stats ${command} --help)`,
    );
  }
  return { minutes, text };
}

/** A whole number option from 0 to `most`, or undefined when absent. */
export function readWholeNumber(command: string, name: string, value: unknown, most: number, locale: Locale): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d{1,9}$/.test(text) || Number(text) > most) {
    throw new CliError(
      locale === 'en'
        ? `--${name} must be a whole number from 0 to ${most}, got '${text}' (see zwfw-stats ${command} --help)`
        : `--${name} 须是 0 至 ${most} 的整数,而不是 '${text}'(见 zwfw-stats ${command} --help)`,
    );
  }
  return Number(text);
}

/** `--sheet NAME|N`: a sheet's name, or its 1-based number when the value is a whole number. */
function readSheet(value: unknown): string | number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : text;
}

/** Reads the options of {@link RECORD_FILE_OPTIONS} a command was given. */
export function readRecordFileOptions(command: string, values: ParsedCommand['values'], locale: 'zh-CN' | 'en'): RecordFileOptions {
  const encoding = oneOf(command, 'encoding', values['encoding'], ENCODINGS, 'auto', locale);
  // --chinese-headers is still taken, and changes nothing: the usual Chinese column names are read by name.
  const headers = readHeaderMappings(command, (values['header'] as unknown[] | undefined) ?? [], locale);
  const skipRows = readWholeNumber(command, 'skip-rows', values['skip-rows'], 1000, locale) ?? 0;
  const offset = readTimeOffset(command, values['time-offset'], locale);
  const invalidOut = values['invalid-out'];
  return {
    command,
    locale,
    encoding,
    input: values['input'],
    headers,
    skipRows,
    sheet: readSheet(values['sheet']),
    offsetMinutes: offset.minutes,
    offsetText: offset.text,
    skipInvalid: values['skip-invalid'] === true,
    invalidOut: typeof invalidOut === 'string' ? invalidOut : undefined,
    jobs: readJobs(command, values['jobs'], locale),
  };
}

/** `--jobs N`: by default the cores available. */
function readJobs(command: string, value: unknown, locale: Locale): number {
  if (value === undefined) return availableParallelism();
  const text = String(value);
  if (!/^[1-9]\d{0,2}$/.test(text) || Number(text) > 256) {
    throw new CliError(
      locale === 'en'
        ? `--jobs must be a whole number from 1 to 256, got ${quoteArgument(text)} (see zwfw-stats ${command} --help)`
        : `--jobs 须是 1 至 256 的整数,而不是 ${quoteArgument(text)}(见 zwfw-stats ${command} --help)`,
    );
  }
  return Number(text);
}

/**
 * With ZWFW_STATS_TRACE=1 in the environment, a line on stderr saying which
 * reader read the file (and why csv-parse read it, when it did).
 */
function trace(io: CliIo, text: string): void {
  if (process.env['ZWFW_STATS_TRACE'] === '1') io.stderr(`zwfw-stats: ${text}\n`);
}

/** Progress on stderr, at most once per mebibyte read, only on a terminal. */
function progress(io: CliIo, file: string, size: number | undefined): { tick: (read: number) => void; done: () => void } {
  if (!io.stderrIsTty) return { tick: () => {}, done: () => {} };
  let shown = 0;
  const mb = (bytes: number): string => (bytes / 1_048_576).toFixed(1);
  return {
    tick(read) {
      if (read - shown < 1_048_576) return;
      shown = read;
      const of = size === undefined ? '' : ` of ${mb(size)} MB (${Math.floor((read / size) * 100)}%)`;
      io.stderr(`\rzwfw-stats: reading ${file}: ${mb(read)} MB${of}`);
    },
    done() {
      if (shown > 0) io.stderr('\r\u001b[K');
    },
  };
}

/** The file's first bytes (up to SNIFF_BYTES) say what it is; the bytes stream on whole. */
async function sniffStart(file: string, stream: AsyncIterable<Uint8Array>, locale: 'zh-CN' | 'en'): Promise<{ readonly kind: FileKind; readonly bytes: AsyncIterable<Uint8Array> }> {
  const chunks = stream[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  while (length < SNIFF_BYTES) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw fileError(file, error, locale);
    }
    if (next.done === true) {
      ended = true;
      break;
    }
    head.push(next.value);
    length += next.value.length;
  }
  const kind = sniffSpreadsheet(Buffer.concat(head).subarray(0, SNIFF_BYTES));
  const bytes = (async function* () {
    yield* head;
    if (ended) return;
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield next.value;
  })();
  return { kind, bytes };
}

/** Kinds of file the command cannot read, whatever the name. */
const UNREADABLE: ReadonlySet<FileKind> = new Set(['xls', 'ods', 'zip', 'html', 'spreadsheetml']);

function readInput(command: string, value: unknown, file: string, locale: 'zh-CN' | 'en'): 'csv' | 'ndjson' {
  if (value !== undefined) return oneOf(command, 'input', value, ['csv', 'ndjson'], 'csv', locale);
  if (/\.csv$/i.test(file)) return 'csv';
  // Stryker disable next-line StringLiteral: equivalent, any input but 'csv' is read as NDJSON
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson';
  throw new CliError(
    locale === 'en'
      ? `${file}: cannot tell CSV from NDJSON by the name; give --input csv or --input ndjson`
      : `${file}: 无法从文件名看出是CSV还是NDJSON,请用 --input csv 或 --input ndjson 指定`,
  );
}

/**
 * Streams one export (CSV, .xlsx or NDJSON, told by its bytes and its name)
 * into a tallier of `tallyOptions` (which collects invalid records), and
 * returns the reader's summary and the tally. CSV goes through the byte
 * reader, and input it leaves to csv-parse is read again that way, from the
 * start, on a new tallier (`ZWFW_STATS_READER=classic` reads it so at once);
 * NDJSON in UTF-8 likewise through its byte reader, and again through
 * `feedNdjson` when its bytes are not UTF-8;
 * a CSV or NDJSON file on disk of 8 MiB or more is read in `--jobs` parts on
 * worker threads, or in one pass when a part holds anything a message would
 * name. A file that cannot be read is a {@link CliError}.
 */
export async function feedRecordFile(
  io: CliIo,
  file: string,
  tallyOptions: TallyOptions,
  options: RecordFileOptions,
): Promise<{ readonly summary: FeedSummary; readonly result: TallyResult }> {
  const start = await sniffStart(file, io.streamFile(file), options.locale);
  const namedXlsx = /\.xlsx$/i.test(file);
  if (UNREADABLE.has(start.kind) || (namedXlsx && start.kind !== 'xlsx') || (/\.(xls|ods)$/i.test(file) && start.kind !== 'xlsx')) {
    throw new CliError(fileKindMessage(file, start.kind, options.locale));
  }
  const input = start.kind === 'xlsx' ? 'xlsx' : readInput(options.command, options.input, file, options.locale);
  const { headers, skipRows, sheet, encoding, jobs } = options;
  if (sheet !== undefined && input !== 'xlsx') {
    const kind = input === 'csv' ? 'CSV' : 'NDJSON';
    throw new CliError(options.locale === 'en' ? `${file}: --sheet applies to a workbook (.xlsx), and this file is ${kind}` : `${file}: --sheet 只用于工作簿(.xlsx),此文件是${kind}`);
  }
  let tallier = createTallier(tallyOptions);
  const done = (summary: FeedSummary): { summary: FeedSummary; result: TallyResult } => ({ summary, result: tallier.result() });
  const shown = progress(io, file, io.stderrIsTty ? await io.fileSize(file) : undefined);
  const fast = process.env['ZWFW_STATS_READER'] !== 'classic';
  let bytes = start.bytes;
  try {
    if (input === 'xlsx') {
      const counted = (async function* () {
        for await (const chunk of bytes) {
          shown.tick(chunk.length);
          yield chunk;
        }
      })();
      // The workbook reader (unzipper, saxes) and csv-parse are loaded only for the files that need them.
      const { feedXlsx } = await import('../../tally/feedXlsx.js');
      return done(await feedXlsx(tallier, counted, { headers, skipRows, ...(sheet === undefined ? {} : { sheet }) }));
    }
    const size = fast && jobs > 1 && io.filesOnDisk === true ? await io.fileSize(file) : undefined;
    if (size !== undefined && size >= PARTS_FROM_BYTES) {
      const by = tallyOptions.by === undefined ? [] : typeof tallyOptions.by === 'string' ? [tallyOptions.by] : tallyOptions.by;
      const parted = await tallyInParts({ tallier, file, size, input, jobs, bytes, encoding, options: tallyOptions, by, headers, skipRows, onBytes: shown.tick, locale: options.locale });
      if ('result' in parted) {
        trace(io, `${file}: read in ${parted.parts} parts by ${parted.threads} threads`);
        return { summary: parted.summary, result: parted.result };
      }
      // In one pass, from the start, on a new tallier.
      trace(io, `${file}: read in one pass: ${parted.unusual}`);
      tallier = createTallier(tallyOptions);
      bytes = (await sniffStart(file, io.streamFile(file), options.locale)).bytes;
    }
    if (input === 'csv' && fast) {
      const outcome = await tallyCsvFile(tallier, file, bytes, encoding, { headers, skipRows, onBytes: shown.tick, locale: options.locale });
      if ('summary' in outcome) {
        trace(io, `${file}: read by the byte reader (${outcome.textRows} rows as text)`);
        return done(outcome.summary);
      }
      trace(io, `${file}: read again by csv-parse: ${outcome.unusual}`);
      tallier = createTallier(tallyOptions);
      const again = await sniffStart(file, io.streamFile(file), options.locale);
      const { feedCsv } = await import('../../tally/feedCsv.js');
      return done(await feedCsv(tallier, decodeStream(again.bytes, encoding, file, undefined, options.locale), { headers, skipRows }));
    }
    if (input === 'ndjson' && fast) {
      const outcome = await tallyNdjsonFile(tallier, file, bytes, encoding, {
        onBytes: shown.tick,
        locale: options.locale,
        asText: async (chunks, why) => {
          trace(io, `${file}: read as text: ${why}`);
          return feedNdjson(tallier, decodeStream(chunks, encoding, file, shown.tick, options.locale));
        },
      });
      if ('summary' in outcome) {
        if (outcome.textLines === 'all') return done(outcome.summary);
        trace(io, `${file}: read by the byte reader (${outcome.textLines} lines as text)`);
        return done(outcome.summary);
      }
      trace(io, `${file}: read again as text: ${outcome.unusual}`);
      tallier = createTallier(tallyOptions);
      bytes = (await sniffStart(file, io.streamFile(file), options.locale)).bytes;
    }
    const text = decodeStream(bytes, encoding, file, shown.tick, options.locale);
    return done(input === 'csv' ? await (await import('../../tally/feedCsv.js')).feedCsv(tallier, text, { headers, skipRows }) : await feedNdjson(tallier, text));
  } catch (error) {
    if (error instanceof InvalidRecordError) throw new CliError(describeInvalidRecord(file, error, options.locale));
    // A damaged workbook, or no such sheet: the reader's one line.
    if (input === 'xlsx' && error instanceof RangeError) throw new CliError(describeWorkbookError(file, error.message, options.locale));
    throw error;
  } finally {
    shown.done();
  }
}

/** A file read, with its invalid records. */
export interface FileRead {
  readonly file: string;
  readonly invalid: readonly InvalidRecord[];
  /** Records read, valid or not. */
  readonly records: number;
}

/**
 * What a command says about the files' invalid records: without
 * --skip-invalid the first one stops it (with a count of the file's others);
 * with it, the first ten of each file are listed on stderr, --invalid-out
 * FILE gets all of them (of every file, in one CSV), and a file with no valid
 * record at all still stops it.
 */
export async function reportInvalidRecords(io: CliIo, reads: readonly FileRead[], options: RecordFileOptions): Promise<void> {
  const { locale } = options;
  for (const { file, invalid } of reads) {
    const [first] = invalid;
    if (first === undefined || options.skipInvalid) continue;
    const more = invalid.length - 1;
    throw new CliError(describeInvalidRecord(file, first, locale), [
      locale === 'en'
        ? `  ${more > 0 ? `and ${more} more invalid record${more === 1 ? '' : 's'}; ` : ''}--skip-invalid counts the valid ones`
        : `  ${more > 0 ? `另有${more}条无效记录;` : ''}--skip-invalid 只计有效记录并列出无效记录`,
    ]);
  }
  const faulty = reads.filter((read) => read.invalid.length > 0);
  for (const { file, invalid, records } of faulty) {
    const shownCount = Math.min(invalid.length, 10);
    const listed = invalid.slice(0, shownCount).map((record) => `  ${describeInvalidRecord(file, record, locale)}`);
    const rest = invalid.length - shownCount;
    io.stderr(
      locale === 'en'
        ? `zwfw-stats: skipped ${invalid.length} invalid record${invalid.length === 1 ? '' : 's'} of ${records}:\n${listed.join('\n')}\n${rest > 0 ? `  and ${rest} more${options.invalidOut === undefined ? ' (--invalid-out FILE lists them all)' : ''}\n` : ''}`
        : `zwfw-stats: 跳过${records}条记录中的${invalid.length}条无效记录:\n${listed.join('\n')}\n${rest > 0 ? `  另有${rest}条${options.invalidOut === undefined ? '(--invalid-out 文件 可列出全部)' : ''}\n` : ''}`,
    );
  }
  if (options.invalidOut !== undefined && faulty.length > 0) await writeInvalidList(io, options.invalidOut, faulty, locale);
  for (const { file, invalid, records } of faulty) {
    if (invalid.length === records) {
      throw new CliError(
        locale === 'en' ? `${file}: no valid record among ${records}: nothing to tally` : `${file}: ${records}条记录全部无效,没有可统计的记录`,
      );
    }
  }
}

/** Every invalid record as CSV (UTF-8 with a byte-order mark, for Excel): file, line, index, id, field, message. */
async function writeInvalidList(io: CliIo, path: string, reads: readonly FileRead[], locale: 'zh-CN' | 'en'): Promise<void> {
  const header = locale === 'en' ? ['file', 'line', 'record', 'id', 'field', 'problem'] : ['文件', '行', '记录', '办件编号', '字段', '问题'];
  const rows = reads.flatMap(({ file, invalid }) =>
    invalid.map((record) => [
      file,
      record.line === null ? '' : String(record.line),
      String(record.index + 1),
      record.id ?? '',
      record.field ?? '',
      describeInvalidRecord(file, record, locale).replace(/^[^:]*(?::\d+)?: /, ''),
    ]),
  );
  const text = `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
  await io.writeFile(path, new TextEncoder().encode(text));
}
