import { CASE_RECORD_FIELDS } from '../../models/caseRecordFields.js';
import { formatPeriodSpan } from '../../period/formatPeriodSpan.js';
import { parsePeriodSpan } from '../../period/parsePeriodSpan.js';
import type { PeriodSpan } from '../../period/PeriodSpan.js';
import type { Period } from '../../period/Period.js';
import { createTallier } from '../../tally/createTallier.js';
import { type Dimension, TALLY_DIMENSIONS } from '../../tally/Dimension.js';
import { feedCsv } from '../../tally/feedCsv.js';
import { feedXlsx } from '../../tally/feedXlsx.js';
import { fileError } from '../read/fileError.js';
import { fileKindMessage, SNIFF_BYTES, sniffSpreadsheet, type FileKind } from '../../internal/sniffSpreadsheet.js';
import { type FeedSummary, feedNdjson } from '../../tally/feedNdjson.js';
import { InvalidRecordError } from '../../tally/InvalidRecordError.js';
import type { InvalidRecord } from '../../tally/TallyResult.js';
import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import { commandOptions, oneOf, singleFile } from '../options/commandOptions.js';
import { quoteArgument } from '../options/quoteArgument.js';
import { ENCODINGS } from '../read/decodeBytes.js';
import { decodeStream } from '../read/decodeStream.js';
import { describeInvalidRecord } from '../messages/describeInvalidRecord.js';
import { describeWorkbookError } from '../messages/describeWorkbookError.js';
import { csvCell } from '../write/csvCell.js';
import { encodeGbk } from '../write/encodeGbk.js';
import { writeTally } from '../write/writeTally.js';
import { HELP } from '../help.js';

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

function readHeaderMappings(values: readonly unknown[]): Record<string, string | null> {
  const headers: Record<string, string | null> = Object.create(null);
  for (const value of values) {
    const text = String(value);
    const at = text.lastIndexOf('=');
    if (at <= 0) {
      throw new CliError(`--header must be written 列名=field (or 列名= to leave the column unread), such as 申请编号=id, got ${quoteArgument(text)} (see zwfw-stats tally --help)`);
    }
    const field = text.slice(at + 1);
    if (field !== '' && !(CASE_RECORD_FIELDS as readonly string[]).includes(field)) {
      throw new CliError(`--header must map onto a case-record field (${CASE_RECORD_FIELDS.join(', ')}), got ${quoteArgument(text)} (see zwfw-stats tally --help)`);
    }
    headers[text.slice(0, at)] = field === '' ? null : field;
  }
  return headers;
}

/** `--period`: a month, a quarter, a half-year, a year or a range of months, as parsePeriodSpan reads them. */
function readPeriodSpan(text: string): PeriodSpan {
  try {
    return parsePeriodSpan(text);
  } catch {
    throw new CliError(
      `--period takes 2019-01, 2019-Q1, 2019-H1, 2019 or 2019-01..2019-06, got ${quoteArgument(text)}`,
    );
  }
}

/** `--time-offset +08:00|-05:30|none`: minutes ahead of UTC, or null to refuse times without an offset. */
function readTimeOffset(value: unknown): { minutes: number | null; text: string | null } {
  const text = typeof value === 'string' ? value : '+08:00';
  if (text === 'none') return { minutes: null, text: null };
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(text);
  const minutes = match === null ? Number.NaN : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  if (match === null || Number(match[3]) > 59 || minutes < -720 || minutes > 840) {
    throw new CliError(`--time-offset must be an offset from UTC written ±HH:MM (from -12:00 to +14:00), or none, got '${text}' (see zwfw-stats tally --help)`);
  }
  return { minutes, text };
}

function readWholeNumber(name: string, value: unknown, most: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d{1,9}$/.test(text) || Number(text) > most) {
    throw new CliError(`--${name} must be a whole number from 0 to ${most}, got '${text}' (see zwfw-stats tally --help)`);
  }
  return Number(text);
}

function readDimensions(value: unknown): Dimension[] {
  const text = typeof value === 'string' ? value : 'streetOffice';
  const dimensions = text.split(',').map((part) => part.trim());
  for (const dimension of dimensions) {
    if (!(TALLY_DIMENSIONS as readonly string[]).includes(dimension)) {
      throw new CliError(`--by takes ${TALLY_DIMENSIONS.join(', ')} (comma-separated), got ${quoteArgument(dimension)} (see zwfw-stats tally --help)`);
    }
  }
  return dimensions as Dimension[];
}

function readTop(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^[1-9]\d{0,8}$/.test(text)) throw new CliError(`--top must be a positive whole number, got ${quoteArgument(text)} (see zwfw-stats tally --help)`);
  return Number(text);
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

function readInput(value: unknown, file: string, locale: 'zh-CN' | 'en'): 'csv' | 'ndjson' {
  if (value !== undefined) return oneOf('tally', 'input', value, ['csv', 'ndjson'], 'csv');
  if (/\.csv$/i.test(file)) return 'csv';
  // Stryker disable next-line StringLiteral: equivalent, any input but 'csv' is read as NDJSON
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson';
  throw new CliError(
    locale === 'en'
      ? `${file}: cannot tell CSV from NDJSON by the name; give --input csv or --input ndjson`
      : `${file}: 无法从文件名看出是CSV还是NDJSON,请用 --input csv 或 --input ndjson 指定`,
  );
}

/** `--sheet NAME|N`: a sheet's name, or its 1-based number when the value is a whole number. */
function readSheet(value: unknown): string | number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : text;
}

/** `zwfw-stats tally FILE --period YYYY-MM --by streetOffice[,category] [--top N] …`. */
export async function tallyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = commandOptions('tally', args, {
    period: { type: 'string' },
    by: { type: 'string' },
    top: { type: 'string' },
    format: { type: 'string' },
    locale: { type: 'string' },
    encoding: { type: 'string' },
    'output-encoding': { type: 'string' },
    input: { type: 'string' },
    header: { type: 'string', multiple: true },
    'chinese-headers': { type: 'boolean' },
    'skip-rows': { type: 'string' },
    sheet: { type: 'string' },
    'time-offset': { type: 'string' },
    digits: { type: 'string' },
    'skip-invalid': { type: 'boolean' },
    'invalid-out': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout(HELP.tally);
    return 0;
  }
  const period = values.period;
  if (typeof period !== 'string') throw new CliError('missing --period YYYY-MM, such as --period 2019-01 (see zwfw-stats tally --help)');
  const span = readPeriodSpan(period);
  const by = readDimensions(values.by);
  const top = readTop(values.top);
  const format = oneOf('tally', 'format', values.format, ['text', 'markdown', 'json', 'csv'], 'text');
  const locale = oneOf('tally', 'locale', values.locale, ['zh-CN', 'en'], 'zh-CN');
  const encoding = oneOf('tally', 'encoding', values.encoding, ENCODINGS, 'auto');
  const outputEncoding = oneOf('tally', 'output-encoding', values['output-encoding'], ['utf-8-bom', 'utf-8', 'gbk'], 'utf-8-bom');
  // --chinese-headers is still taken, and changes nothing: the usual Chinese column names are read by name.
  const headers = readHeaderMappings((values.header as unknown[] | undefined) ?? []);
  const skipRows = readWholeNumber('skip-rows', values['skip-rows'], 1000) ?? 0;
  const digits = readWholeNumber('digits', values.digits, 10);
  const offset = readTimeOffset(values['time-offset']);
  const file = singleFile('tally', positionals, 'FILE.csv, FILE.xlsx or FILE.ndjson');
  const sheet = readSheet(values.sheet);
  const start = await sniffStart(file, io.streamFile(file), locale);
  const namedXlsx = /\.xlsx$/i.test(file);
  if (UNREADABLE.has(start.kind) || (namedXlsx && start.kind !== 'xlsx') || (/\.(xls|ods)$/i.test(file) && start.kind !== 'xlsx')) {
    throw new CliError(fileKindMessage(file, start.kind, locale));
  }
  const input = start.kind === 'xlsx' ? 'xlsx' : readInput(values.input, file, locale);

  // Invalid records are collected rather than thrown, so that the message can
  // say how many there are and --skip-invalid can count the valid ones.
  const tallier = createTallier({
    period: { from: span.from, to: span.to },
    by,
    onInvalid: 'collect',
    ...(offset.minutes === null ? {} : { wallClockOffsetMinutes: offset.minutes }),
  });
  const shown = progress(io, file, io.stderrIsTty ? await io.fileSize(file) : undefined);
  let summary: FeedSummary;
  try {
    if (input === 'xlsx') {
      const counted = (async function* () {
        for await (const chunk of start.bytes) {
          shown.tick(chunk.length);
          yield chunk;
        }
      })();
      summary = await feedXlsx(tallier, counted, { headers, skipRows, ...(sheet === undefined ? {} : { sheet }) });
    } else {
      const text = decodeStream(start.bytes, encoding, file, shown.tick, locale);
      summary = input === 'csv' ? await feedCsv(tallier, text, { headers, skipRows }) : await feedNdjson(tallier, text);
    }
  } catch (error) {
    if (error instanceof InvalidRecordError) throw new CliError(describeInvalidRecord(file, error, locale));
    // A damaged workbook, or no such sheet: the reader's one line.
    if (input === 'xlsx' && error instanceof RangeError) throw new CliError(describeWorkbookError(file, error.message, locale));
    throw error;
  } finally {
    shown.done();
  }
  const { groups, invalid, excluded } = tallier.result();
  if (invalid.length > 0) {
    const [first] = invalid as [InvalidRecord];
    const more = invalid.length - 1;
    if (values['skip-invalid'] !== true) {
      throw new CliError(describeInvalidRecord(file, first, locale), [
        locale === 'en'
          ? `  ${more > 0 ? `and ${more} more invalid record${more === 1 ? '' : 's'}; ` : ''}--skip-invalid counts the valid ones`
          : `  ${more > 0 ? `另有${more}条无效记录;` : ''}--skip-invalid 只计有效记录并列出无效记录`,
      ]);
    }
    const shownCount = Math.min(invalid.length, 10);
    const listed = invalid.slice(0, shownCount).map((record) => `  ${describeInvalidRecord(file, record, locale)}`);
    const rest = invalid.length - shownCount;
    io.stderr(
      locale === 'en'
        ? `zwfw-stats: skipped ${invalid.length} invalid record${invalid.length === 1 ? '' : 's'} of ${summary.records}:\n${listed.join('\n')}\n${rest > 0 ? `  and ${rest} more${values['invalid-out'] === undefined ? ' (--invalid-out FILE lists them all)' : ''}\n` : ''}`
        : `zwfw-stats: 跳过${summary.records}条记录中的${invalid.length}条无效记录:\n${listed.join('\n')}\n${rest > 0 ? `  另有${rest}条${values['invalid-out'] === undefined ? '(--invalid-out 文件 可列出全部)' : ''}\n` : ''}`,
    );
    if (typeof values['invalid-out'] === 'string') await writeInvalidList(io, values['invalid-out'], file, invalid, locale);
    if (invalid.length === summary.records) {
      throw new CliError(
        locale === 'en' ? `${file}: no valid record among ${summary.records}: nothing to tally` : `${file}: ${summary.records}条记录全部无效,没有可统计的记录`,
      );
    }
  }
  const output = writeTally(
    groups,
    {
      file,
      period: span.text,
      label: formatPeriodSpan(span, { locale }),
      lastMonth: span.to,
      records: summary.records,
      invalid: invalid.length,
      excluded,
      timeOffset: offset.text,
      columns: summary.columns === undefined ? null : summary.columns.map(({ field, header }) => ({ field, header })),
    },
    { by, top, format, locale, digits },
  );
  if (format !== 'csv' || outputEncoding === 'utf-8') {
    io.stdout(output);
  } else if (outputEncoding === 'utf-8-bom') {
    io.stdout(`\uFEFF${output}`);
  } else {
    const encoded = encodeGbk(output);
    if ('unwritable' in encoded) {
      const character = JSON.stringify(encoded.unwritable);
      throw new CliError(
        locale === 'en'
          ? `--output-encoding gbk cannot write ${character}, which the tally holds: use utf-8-bom`
          : `统计结果中有GBK无法写出的字符${character},--output-encoding gbk 不能用,请改用 utf-8-bom`,
      );
    }
    io.stdoutBytes(encoded.bytes);
  }
  return 0;
}

/** Every invalid record as CSV (UTF-8 with a byte-order mark, for Excel): file, line, index, id, field, message. */
async function writeInvalidList(io: CliIo, path: string, file: string, invalid: readonly InvalidRecord[], locale: 'zh-CN' | 'en'): Promise<void> {
  const header = locale === 'en' ? ['file', 'line', 'record', 'id', 'field', 'problem'] : ['文件', '行', '记录', '办件编号', '字段', '问题'];
  const rows = invalid.map((record) => [
    file,
    record.line === null ? '' : String(record.line),
    String(record.index + 1),
    record.id ?? '',
    record.field ?? '',
    describeInvalidRecord(file, record, locale).replace(/^[^:]*(?::\d+)?: /, ''),
  ]);
  const text = `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
  await io.writeFile(path, new TextEncoder().encode(text));
}

