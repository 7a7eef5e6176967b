import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { ReportSupplementSchema, type ReportSupplement } from '../../models/ReportSupplementSchema.js';
import { CHINA_WORKDAY_CALENDAR } from '../../calendar/chinaWorkdayCalendar.js';
import { auditReport } from '../../report/auditReport.js';
import { appendixBlocks } from '../../report/appendixBlocks.js';
import { buildMonthlyReport } from '../../report/buildMonthlyReport.js';
import { renderReport } from '../../report/renderReport.js';
import { renderReportBlocks } from '../../report/renderReportBlocks.js';
import { reportTallyRange } from '../../report/reportTallyRange.js';
import type { Dimension } from '../../tally/Dimension.js';
import { mergeTallyGroups } from '../../tally/mergeTallyGroups.js';
import type { PeriodRange } from '../../tally/TallyOptions.js';
import type { TallyGroup } from '../../tally/TallyResult.js';
import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import { HELP } from '../help.js';
import { commandOptions, oneOf, type ParsedCommand, singleFile } from '../options/commandOptions.js';
import type { Locale } from '../options/readLocale.js';
import { readPeriodOption } from '../options/readPeriodOption.js';
import { feedRecordFile, type FileRead, readRecordFileOptions, RECORD_FILE_OPTIONS, reportInvalidRecords } from '../read/readRecordFile.js';
import { jsonPathText } from '../read/jsonPathText.js';
import { readJsonFile, readReportFile, shapeError } from '../read/readReportFile.js';
import { docxAppendices } from '../write/docxAppendices.js';
import { reportDocxOptions } from '../write/reportDocxOptions.js';

/** Writes `--out FILE`; a file that cannot be written is a one-line error naming it, in the language of `locale`. */
async function writeOut(io: CliIo, path: string, bytes: Uint8Array, locale: Locale): Promise<void> {
  try {
    await io.writeFile(path, bytes);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const given = typeof code === 'string' ? (locale === 'en' ? ` (${code})` : `(${code})`) : '';
    throw new CliError(`${path}: ${locale === 'en' ? 'cannot be written' : '无法写入'}${given}`);
  }
}

/** What a report tallies its records by: month, unit, department and category. */
const REPORT_DIMENSIONS: readonly Dimension[] = ['period', 'streetOffice', 'department', 'category'];

/** Without a supplement, the centre is named as what it is. */
const NO_SUPPLEMENT: ReportSupplement = { centre: { name: '政务服务中心' } };

/** Reads `--supplement FILE.json`; its problems other than an unknown field are in zod's words, in English. */
async function readSupplement(file: string, io: CliIo, locale: Locale): Promise<ReportSupplement> {
  const result = ReportSupplementSchema.safeParse(await readJsonFile(file, io, locale));
  if (result.success) return result.data;
  const unknown = locale === 'en' ? 'is not a known field' : '不是已知的字段';
  const problems = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: jsonPathText([...issue.path, key] as (string | number)[]), message: unknown }))
      : [{ path: jsonPathText(issue.path as (string | number)[]), message: issue.message }],
  );
  return Promise.reject(shapeError(file, { en: 'report supplement', zh: '报表补充文件' }, problems, locale));
}

/** Tallies every file by month, unit, department and category over the months the report needs, one tallier per file. */
async function tallyFiles(io: CliIo, files: readonly string[], values: ParsedCommand['values'], locale: 'zh-CN' | 'en', range: PeriodRange): Promise<TallyGroup[]> {
  const reading = readRecordFileOptions('report', values, locale);
  const reads: FileRead[] = [];
  let groups: TallyGroup[] = [];
  for (const file of files) {
    const options = {
      period: range,
      by: REPORT_DIMENSIONS,
      onInvalid: 'collect',
      ...(reading.offsetMinutes === null ? {} : { wallClockOffsetMinutes: reading.offsetMinutes }),
    } as const;
    const { summary, result } = await feedRecordFile(io, file, options, reading);
    reads.push({ file, invalid: result.invalid, records: summary.records });
    groups = mergeTallyGroups(groups, result.groups, REPORT_DIMENSIONS);
  }
  await reportInvalidRecords(io, reads, reading);
  return groups;
}

/** `--records FILE [FILE…] --period P [--supplement FILE.json]`: the report built from case records. */
async function reportFromRecords(files: readonly string[], values: ParsedCommand['values'], io: CliIo, locale: 'zh-CN' | 'en'): Promise<MonthlyReport> {
  if (files.length === 0) {
    throw new CliError(
      locale === 'en'
        ? 'missing FILE after --records: the exports of case records (CSV, .xlsx or NDJSON) (see zwfw-stats report --help)'
        : '--records 后缺少文件:案件记录的导出文件(CSV、.xlsx 或 NDJSON)(见 zwfw-stats report --help)',
    );
  }
  const span = readPeriodOption('report', values['period'], locale);
  const supplementFile = values['supplement'];
  const supplement = typeof supplementFile === 'string' ? await readSupplement(supplementFile, io, locale) : NO_SUPPLEMENT;
  const groups = await tallyFiles(io, files, values, locale, reportTallyRange(span));
  // A range of months from January within one year is a year to date: 2019年1—6月累计.
  const cumulative = span.kind === 'range' && span.from.endsWith('-01') && span.from.slice(0, 4) === span.to.slice(0, 4);
  try {
    // Deadlines from 承诺时限 or 法定时限 were counted by the State Council's calendar: the report names it.
    const limited = groups.some((group) => group.timeLimits !== undefined);
    const calendar = `国务院办公厅节假日安排 ${CHINA_WORKDAY_CALENDAR.firstYear}—${CHINA_WORKDAY_CALENDAR.lastYear}`;
    return buildMonthlyReport(groups, { period: span.text, supplement, cumulative, ...(limited ? { calendar } : {}) });
  } catch (error) {
    // The supplement's parts are checked where they land in the report.
    if (error instanceof TypeError || error instanceof RangeError) throw new CliError(`${String(supplementFile ?? 'report')}: ${error.message}`);
    throw error;
  }
}

/**
 * `zwfw-stats report FILE.json [--format text|markdown|json|docx] [--locale zh-CN|en] [--out FILE]`,
 * or `zwfw-stats report --records FILE [FILE…] --period P [--supplement FILE.json] …`.
 */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals, locale } = commandOptions('report', args, {
    format: { type: 'string' },
    locale: { type: 'string' },
    records: { type: 'boolean' },
    period: { type: 'string' },
    supplement: { type: 'string' },
    out: { type: 'string' },
    title: { type: 'string' },
    issuer: { type: 'string' },
    date: { type: 'string' },
    ...RECORD_FILE_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout(HELP.report);
    return 0;
  }
  const format = oneOf('report', 'format', values.format, ['text', 'markdown', 'json', 'docx'], 'text', locale);
  const fromRecords = values.records === true;
  if (!fromRecords) {
    for (const option of ['period', 'supplement', ...Object.keys(RECORD_FILE_OPTIONS)]) {
      if (values[option] !== undefined) {
        throw new CliError(locale === 'en' ? `--${option} goes with --records FILE (see zwfw-stats report --help)` : `--${option} 只能与 --records 文件 一起用(见 zwfw-stats report --help)`);
      }
    }
  }
  const given = (name: 'out' | 'title' | 'issuer' | 'date'): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const out = given('out');
  const docx = { title: given('title'), issuer: given('issuer'), date: given('date') };
  if (format === 'docx' && out === undefined) {
    throw new CliError(
      locale === 'en'
        ? '--format docx writes a binary file, not text for a terminal: give --out FILE.docx (see zwfw-stats report --help)'
        : '--format docx 写出的是二进制文件,不是终端上的文字:请用 --out FILE.docx 指定文件(见 zwfw-stats report --help)',
    );
  }
  if (format !== 'docx' && Object.values(docx).some((value) => value !== undefined)) {
    throw new CliError(locale === 'en' ? '--title, --issuer and --date go with --format docx (see zwfw-stats report --help)' : '--title、--issuer 和 --date 只能与 --format docx 一起用(见 zwfw-stats report --help)');
  }
  const source = fromRecords ? positionals.join(', ') : singleFile('report', positionals, { en: 'FILE.json', zh: '报表文件 FILE.json' }, locale);
  const report = fromRecords ? await reportFromRecords(positionals, values, io, locale) : await readReportFile(source, io, locale);
  if (format === 'docx') {
    // Loaded only here, so that the other formats and commands never load the .docx writer.
    const { writeReportDocx } = await import('../write/writeReportDocx.js');
    const options = { ...reportDocxOptions('report', report, locale, docx), appendices: docxAppendices(appendixBlocks(report, locale)) };
    await writeOut(io, out as string, await writeReportDocx(renderReportBlocks(report, locale), options), locale);
  } else {
    const output = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, { locale, format });
    if (out === undefined) io.stdout(output);
    else await writeOut(io, out, new TextEncoder().encode(output), locale);
  }
  // The text is written from the counts; say so when the figures disagree among themselves.
  const errors = auditReport(report).filter((finding) => finding.severity === 'error').length;
  if (errors > 0) {
    const figures = `${errors} inconsistent figure${errors === 1 ? '' : 's'}`;
    if (locale === 'en') {
      io.stderr(
        fromRecords
          ? `zwfw-stats: warning: the report has ${figures}: the supplement's published figures disagree with the records (see zwfw-stats audit on its --format json)\n`
          : `zwfw-stats: warning: ${source} has ${figures} (see zwfw-stats audit ${source})\n`,
      );
    } else {
      io.stderr(
        fromRecords
          ? `zwfw-stats: 警告:报表有${errors}个数字不一致:补充文件公布的数字与案件记录不符(见对其 --format json 输出运行的 zwfw-stats audit)\n`
          : `zwfw-stats: 警告:${source} 有${errors}个数字不一致(见 zwfw-stats audit ${source})\n`,
      );
    }
  }
  return 0;
}
