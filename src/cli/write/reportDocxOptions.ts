import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { formatPeriodSpan } from '../../period/formatPeriodSpan.js';
import { parsePeriodSpan } from '../../period/parsePeriodSpan.js';
import type { ReportLocale } from '../../report/ReportLocale.js';
import { CliError } from '../CliError.js';
import { quoteArgument } from '../options/quoteArgument.js';
import { documentDate } from './docx/signature.js';
import type { ReportDocxOptions } from './writeReportDocx.js';

/** What `--title`, `--issuer` and `--date` gave, each possibly absent. */
export interface DocxArguments {
  /** `--title TEXT`; `\n` in it breaks the title's line. */
  readonly title?: string | undefined;
  /** `--issuer TEXT`: the issuing office. */
  readonly issuer?: string | undefined;
  /** `--date YYYY-MM-DD`: the date the document bears. */
  readonly date?: string | undefined;
}

/** Today in China Standard Time (UTC+8), written YYYY-MM-DD. */
function todayInBeijing(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The title, issuing office and date of a report's .docx, from the command's
 * options or, where one is not given, from the report: the title names the
 * centre and the period (五华区人民政府政务服务中心 / 2019年1月质量运行情况分析, on
 * two lines), the issuing office is the report's `issuer`, else the centre,
 * the date its `issuedOn`, else today in Beijing.
 * In English the centre's name is its English name where the report gives one.
 */
export function reportDocxOptions(command: string, report: MonthlyReport, locale: ReportLocale, given: DocxArguments): ReportDocxOptions {
  const english = locale === 'en' && report.englishNames !== undefined && Object.hasOwn(report.englishNames, report.centre.name);
  const centre = english ? (report.englishNames?.[report.centre.name] as string) : report.centre.name;
  const span = parsePeriodSpan(report.period);
  const title =
    locale === 'en' ? `${centre}\nQuality report, ${formatPeriodSpan(span, { locale: 'en' })}` : `${centre}\n${formatPeriodSpan(span)}质量运行情况分析`;
  const date = given.date ?? report.issuedOn ?? todayInBeijing();
  if (documentDate(date) === undefined) {
    const got = quoteArgument(date);
    throw new CliError(
      locale === 'en'
        ? `--date must be a date written YYYY-MM-DD, got ${got} (see zwfw-stats ${command} --help)`
        : `--date 必须是写成 YYYY-MM-DD 的日期,而不是 ${got}(见 zwfw-stats ${command} --help)`,
    );
  }
  for (const [name, value] of [['title', given.title], ['issuer', given.issuer]] as const) {
    if (value !== undefined && value.trim() === '') {
      throw new CliError(locale === 'en' ? `--${name} must not be empty (see zwfw-stats ${command} --help)` : `--${name} 不能为空(见 zwfw-stats ${command} --help)`);
    }
  }
  return { title: given.title?.replace(/\\n/g, '\n') ?? title, issuer: given.issuer ?? report.issuer ?? centre, date };
}
