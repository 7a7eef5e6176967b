import { formatPeriodSpan } from '../../period/formatPeriodSpan.js';
import { type Dimension, TALLY_DIMENSIONS } from '../../tally/Dimension.js';
import { CliError } from '../CliError.js';
import { writeTallyOutput } from '../write/writeTallyOutput.js';
import type { CliIo } from '../CliIo.js';
import { commandOptions, oneOf, singleFile } from '../options/commandOptions.js';
import { quoteArgument } from '../options/quoteArgument.js';
import { readPeriodOption } from '../options/readPeriodOption.js';
import type { Locale } from '../options/readLocale.js';
import { feedRecordFile, readRecordFileOptions, readWholeNumber, RECORD_FILE_OPTIONS, reportInvalidRecords } from '../read/readRecordFile.js';
import { writeTally } from '../write/writeTally.js';
import { HELP } from '../help.js';

function readDimensions(value: unknown, locale: Locale): Dimension[] {
  const text = typeof value === 'string' ? value : 'streetOffice';
  const dimensions = text.split(',').map((part) => part.trim());
  for (const dimension of dimensions) {
    if (!(TALLY_DIMENSIONS as readonly string[]).includes(dimension)) {
      const got = quoteArgument(dimension);
      throw new CliError(
        locale === 'en'
          ? `--by takes ${TALLY_DIMENSIONS.join(', ')} (comma-separated), got ${got} (see zwfw-stats tally --help)`
          : `--by 可取 ${TALLY_DIMENSIONS.join('、')}(以逗号分隔),而不是 ${got}(见 zwfw-stats tally --help)`,
      );
    }
  }
  return dimensions as Dimension[];
}

function readTop(value: unknown, locale: Locale): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^[1-9]\d{0,8}$/.test(text)) {
    const got = quoteArgument(text);
    throw new CliError(locale === 'en' ? `--top must be a positive whole number, got ${got} (see zwfw-stats tally --help)` : `--top 必须是正整数,而不是 ${got}(见 zwfw-stats tally --help)`);
  }
  return Number(text);
}

/** `zwfw-stats tally FILE --period YYYY-MM --by streetOffice[,category] [--top N] …`. */
export async function tallyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals, locale } = commandOptions('tally', args, {
    period: { type: 'string' },
    by: { type: 'string' },
    top: { type: 'string' },
    format: { type: 'string' },
    locale: { type: 'string' },
    'output-encoding': { type: 'string' },
    digits: { type: 'string' },
    ...RECORD_FILE_OPTIONS,
    duckdb: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout(HELP.tally);
    return 0;
  }
  const span = readPeriodOption('tally', values.period, locale);
  const by = readDimensions(values.by, locale);
  const top = readTop(values.top, locale);
  const format = oneOf('tally', 'format', values.format, ['text', 'markdown', 'json', 'csv'], 'text', locale);
  const outputEncoding = oneOf('tally', 'output-encoding', values['output-encoding'], ['utf-8-bom', 'utf-8', 'gbk'], 'utf-8-bom', locale);
  if (values['output-encoding'] !== undefined && format !== 'csv') {
    // Only CSV output has an encoding to choose: said, rather than the option dropped.
    throw new CliError(
      locale === 'en'
        ? `--output-encoding applies to --format csv only, not to --format ${format} (see zwfw-stats tally --help)`
        : `--output-encoding 只用于 --format csv,不用于 --format ${format}(见 zwfw-stats tally --help)`,
    );
  }
  const digits = readWholeNumber('tally', 'digits', values.digits, 10, locale);
  const reading = readRecordFileOptions('tally', values, locale);
  const file = singleFile('tally', positionals, { en: 'FILE.csv, FILE.xlsx or FILE.ndjson', zh: '案件记录文件 FILE.csv、FILE.xlsx 或 FILE.ndjson' }, locale);
  if (values.duckdb === true) {
    if (reading.sheet !== undefined) {
      throw new CliError(
        locale === 'en'
          ? '--sheet applies to a workbook, and --duckdb reads CSV, NDJSON and Parquet files only (see zwfw-stats tally --help)'
          : '--sheet 只用于工作簿,而 --duckdb 只读CSV、NDJSON和Parquet文件(见 zwfw-stats tally --help)',
      );
    }
    const { encoding, headers, skipRows, input, offsetMinutes, offsetText, skipInvalid, invalidOut } = reading;
    const options = { span, by, top, format, locale, digits, encoding, outputEncoding, headers, skipRows, input, timeOffset: { minutes: offsetMinutes, text: offsetText } };
    // Loaded only with --duckdb: its SQL and its check of the file (through csv-parse) are not the reader's.
    const { tallyWithDuckdb } = await import('../duckdb/tallyWithDuckdb.js');
    return tallyWithDuckdb(io, file, { ...options, skipInvalid, invalidOut, ...(io.importDuckdb === undefined ? {} : { load: io.importDuckdb }) });
  }

  // Invalid records are collected rather than thrown, so that the message can
  // say how many there are and --skip-invalid can count the valid ones.
  const tallyOptions = {
    period: { from: span.from, to: span.to },
    by,
    onInvalid: 'collect',
    ...(reading.offsetMinutes === null ? {} : { wallClockOffsetMinutes: reading.offsetMinutes }),
  } as const;
  const { summary, result } = await feedRecordFile(io, file, tallyOptions, reading);
  const { groups, invalid, excluded } = result;
  await reportInvalidRecords(io, [{ file, invalid, records: summary.records }], reading);
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
      timeOffset: reading.offsetText,
      columns: summary.columns === undefined ? null : summary.columns.map(({ field, header }) => ({ field, header })),
    },
    { by, top, format, locale, digits },
  );
  writeTallyOutput(io, output, format, outputEncoding, locale);
  return 0;
}
