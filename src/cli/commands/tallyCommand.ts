import { CASE_RECORD_FIELDS } from '../../models/caseRecordFields.js';
import { formatPercent } from '../../format/formatPercent.js';
import { writeBlocks } from '../../report/reportBlocks.js';
import { caseCategoryLabel } from '../../models/caseCategoryLabel.js';
import { PERIOD_PATTERN } from '../../period/periodPattern.js';
import type { Period } from '../../period/Period.js';
import { topN } from '../../ranking/topN.js';
import { completionRate } from '../../rates/completionRate.js';
import { onTimeRate } from '../../rates/onTimeRate.js';
import { createTallier } from '../../tally/createTallier.js';
import { type Dimension, TALLY_DIMENSIONS } from '../../tally/Dimension.js';
import { feedCsv } from '../../tally/feedCsv.js';
import { type FeedSummary, feedNdjson } from '../../tally/feedNdjson.js';
import { InvalidRecordError } from '../../tally/InvalidRecordError.js';
import type { InvalidRecord, TallyGroup } from '../../tally/TallyResult.js';
import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import { commandOptions, oneOf, singleFile } from '../options/commandOptions.js';
import { quoteArgument } from '../options/quoteArgument.js';
import { ENCODINGS } from '../read/decodeBytes.js';
import { decodeStream } from '../read/decodeStream.js';
import { displayTable } from '../write/displayTable.js';
import { HELP } from '../help.js';

/** The headers of a typical Chinese export, mapped onto the case-record fields (`--chinese-headers`). */
const CHINESE_HEADERS: Readonly<Record<string, string>> = {
  办件编号: 'id',
  事项类别: 'category',
  事项类型: 'itemTypeCode',
  部门: 'departmentId',
  街道: 'streetOfficeId',
  受理时间: 'acceptedAt',
  承诺办结时间: 'dueAt',
  办结时间: 'completedAt',
};

const LABELS = {
  'zh-CN': {
    rank: '排名',
    department: '部门',
    category: '类别',
    streetOffice: '街道',
    period: '月份',
    accepted: '受理',
    completed: '办结',
    completedOnTime: '按时办结',
    inProgress: '在办',
    completionRate: '办结率',
    onTimeRate: '按时办结率',
    noStreetOffice: '(无街道)',
  },
  en: {
    rank: 'Rank',
    department: 'Department',
    category: 'Category',
    streetOffice: 'Street office',
    period: 'Month',
    accepted: 'Accepted',
    completed: 'Completed',
    completedOnTime: 'On time',
    inProgress: 'In progress',
    completionRate: 'Completion rate',
    onTimeRate: 'On-time rate',
    noStreetOffice: '(none)',
  },
} as const;

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

function readHeaderMappings(values: readonly unknown[], chinese: boolean): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  if (chinese) Object.assign(headers, CHINESE_HEADERS);
  for (const value of values) {
    const text = String(value);
    const at = text.lastIndexOf('=');
    if (at <= 0 || at === text.length - 1) {
      throw new CliError(`--header must be written HEADER=field, such as 办件编号=id, got ${quoteArgument(text)} (see zwfw-stats tally --help)`);
    }
    const field = text.slice(at + 1);
    if (!(CASE_RECORD_FIELDS as readonly string[]).includes(field)) {
      throw new CliError(`--header must map onto a case-record field (${CASE_RECORD_FIELDS.join(', ')}), got ${quoteArgument(text)} (see zwfw-stats tally --help)`);
    }
    headers[text.slice(0, at)] = field;
  }
  return headers;
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

function readInput(value: unknown, file: string): 'csv' | 'ndjson' {
  if (value !== undefined) return oneOf('tally', 'input', value, ['csv', 'ndjson'], 'csv');
  if (/\.csv$/i.test(file)) return 'csv';
  // Stryker disable next-line StringLiteral: equivalent, any input but 'csv' is read as NDJSON
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson';
  throw new CliError(`${file}: cannot tell CSV from NDJSON by the name; give --input csv or --input ndjson`);
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
    input: { type: 'string' },
    header: { type: 'string', multiple: true },
    'chinese-headers': { type: 'boolean' },
    'skip-invalid': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout(HELP.tally);
    return 0;
  }
  const period = values.period;
  if (typeof period !== 'string') throw new CliError('missing --period YYYY-MM, such as --period 2019-01 (see zwfw-stats tally --help)');
  if (!PERIOD_PATTERN.test(period)) throw new CliError(`--period must be a month written YYYY-MM, such as 2019-01, got ${quoteArgument(period)}`);
  const by = readDimensions(values.by);
  const top = readTop(values.top);
  const format = oneOf('tally', 'format', values.format, ['text', 'markdown', 'json', 'csv'], 'text');
  const locale = oneOf('tally', 'locale', values.locale, ['zh-CN', 'en'], 'zh-CN');
  const encoding = oneOf('tally', 'encoding', values.encoding, ENCODINGS, 'auto');
  const headers = readHeaderMappings((values.header as unknown[] | undefined) ?? [], values['chinese-headers'] === true);
  const file = singleFile('tally', positionals, 'FILE.csv or FILE.ndjson');
  const input = readInput(values.input, file);

  // Invalid records are collected rather than thrown, so that the message can
  // say how many there are and --skip-invalid can count the valid ones.
  const tallier = createTallier({ period: period as Period, by, onInvalid: 'collect' });
  const shown = progress(io, file, io.stderrIsTty ? await io.fileSize(file) : undefined);
  // Stryker disable next-line StringLiteral: equivalent, a start text holding no line end and no Chinese header name changes no message
  const head = { text: '' };
  const text = keepHead(decodeStream(io.streamFile(file), encoding, file, shown.tick), head);
  let summary: FeedSummary;
  try {
    summary = input === 'csv' ? await feedCsv(tallier, text, { headers }) : await feedNdjson(tallier, text);
  } catch (error) {
    if (error instanceof InvalidRecordError) throw invalidRecord(file, error, head.text);
    throw error;
  } finally {
    shown.done();
  }
  const { groups, invalid } = tallier.result();
  if (invalid.length > 0) {
    const [first] = invalid as [InvalidRecord];
    const more = invalid.length - 1;
    if (values['skip-invalid'] !== true) {
      throw new CliError(`${file}:${first.line}: ${first.message}`, [
        `  ${more > 0 ? `and ${more} more invalid record${more === 1 ? '' : 's'}; ` : ''}--skip-invalid counts the valid ones`,
      ]);
    }
    const listed = invalid.slice(0, 3).map((record) => `  ${file}:${record.line}: ${record.message}`);
    io.stderr(`zwfw-stats: skipped ${invalid.length} invalid record${invalid.length === 1 ? '' : 's'} of ${summary.records}:\n${listed.join('\n')}\n`);
  }
  io.stdout(writeTally(groups, { by, top, format, locale, period, file, records: summary.records }));
  return 0;
}

function invalidRecord(file: string, error: InvalidRecordError, head: string): CliError {
  const [header] = head.split('\n', 1) as [string];
  const chinese = error.index === -1 && Object.keys(CHINESE_HEADERS).some((name) => header.includes(name));
  return new CliError(`${file}:${error.line ?? 1}: ${error.message}`, chinese ? ['  the header is in Chinese: --chinese-headers maps it'] : []);
}

/** Passes text through, keeping its start (up to the first line end) in `head.text`. */
async function* keepHead(source: AsyncIterable<string>, head: { text: string }): AsyncGenerator<string> {
  // Only each new chunk is searched for the line end: a file of one long line is read in linear time.
  let complete = false;
  for await (const text of source) {
    if (!complete) {
      head.text += text;
      complete = text.includes('\n');
    }
    yield text;
  }
}

interface WriteOptions {
  readonly by: readonly Dimension[];
  readonly top: number | undefined;
  readonly format: 'text' | 'markdown' | 'json' | 'csv';
  readonly locale: 'zh-CN' | 'en';
  readonly period: string;
  readonly file: string;
  readonly records: number;
}

/** A tallier's counts are all present; the type leaves completedOnTime optional. */
function onTimeInput(tally: TallyGroup['tally']): { completed: number; completedOnTime: number } {
  return { completed: tally.completed, completedOnTime: tally.completedOnTime as number };
}

function writeTally(groups: readonly TallyGroup[], options: WriteOptions): string {
  const { by, top, format, locale } = options;
  const ranked = topN(groups, top ?? groups.length, { by: (group) => group.tally.accepted });
  const labels = LABELS[locale];
  const keyText = (group: TallyGroup, dimension: Dimension): string => {
    const value = group.key[dimension];
    if (value === null) return labels.noStreetOffice;
    if (dimension === 'category') return caseCategoryLabel(value as never, { locale });
    return String(value);
  };
  const rows = ranked.map(({ item, rank }) => {
    const { tally } = item;
    return {
      rank,
      key: item.key,
      tally,
      completionRate: completionRate(tally),
      onTimeRate: onTimeRate(onTimeInput(tally)),
      cells: [
        String(rank),
        ...by.map((dimension) => keyText(item, dimension)),
        String(tally.accepted),
        String(tally.completed),
        String(tally.completedOnTime),
        String(tally.inProgress),
        formatPercent(completionRate(tally)),
        formatPercent(onTimeRate(onTimeInput(tally))),
      ],
    };
  });
  if (format === 'json') {
    return `${JSON.stringify(
      {
        period: options.period,
        by,
        records: options.records,
        groups: rows.map(({ rank, key, tally, completionRate: completion, onTimeRate: onTime }) => ({
          rank,
          key,
          tally,
          completionRate: { ...completion, text: formatPercent(completion) },
          onTimeRate: { ...onTime, text: formatPercent(onTime) },
        })),
      },
      null,
      2,
    )}\n`;
  }
  const header = [
    labels.rank,
    ...by.map((dimension) => labels[dimension]),
    labels.accepted,
    labels.completed,
    labels.completedOnTime,
    labels.inProgress,
    labels.completionRate,
    labels.onTimeRate,
  ];
  const cells = rows.map((row) => row.cells);
  if (format === 'csv') {
    const quote = (cell: string): string => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    return `${[header, ...cells].map((row) => row.map(quote).join(',')).join('\n')}\n`;
  }
  const scope =
    locale === 'en'
      ? `${options.period}, ${options.records} records, ${groups.length} groups by ${by.join(' and ')}${top === undefined ? '' : `, top ${top} by cases accepted`}`
      : `${options.period},共${options.records}条记录,按${by.map((dimension) => labels[dimension]).join('、')}分为${groups.length}组${top === undefined ? '' : `,受理量前${top}名`}`;
  if (format === 'markdown') {
    return writeBlocks([{ kind: 'paragraph', text: `${options.file}: ${scope}` }, { kind: 'table', header, rows: cells }], 'markdown');
  }
  return `${options.file}: ${scope}\n\n${displayTable(header, cells, 1 + by.length)}\n`;
}
