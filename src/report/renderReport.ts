import { assertOneOf } from '../internal/assertOneOf.js';
import { assertReportShape } from './check/assertReportShape.js';
import { withCategoryIds } from './check/withCategoryIds.js';
import { readOptions } from '../internal/readOptions.js';
import { appendixBlocks } from './appendixBlocks.js';
import { writeBlocks } from './reportBlocks.js';
import { renderChinese } from './render/renderChinese.js';
import { renderEnglish } from './render/renderEnglish.js';
import type { MonthlyReport } from '../models/MonthlyReportSchema.js';
import type { ReportLocale } from './ReportLocale.js';

/**
 * Options of {@link renderReport}.
 *
 * @category Report
 */
export interface RenderReportOptions {
  /** `'zh-CN'` (default): worded as the reports are; `'en'`: an English report. */
  readonly locale?: ReportLocale;
  /** `'text'` (default): headings and paragraphs; `'markdown'`: Markdown headings and tables beside the paragraphs. */
  readonly format?: 'text' | 'markdown';
}

/**
 * Writes a monthly report's section 一、基本情况 (overview) from its data, in
 * Chinese as the reports word it, or in English.
 *
 * For the 五华区 seed the Chinese text has the seed's phrases and figures:
 * "共受理各类事项35300件,办结35133件,在办事项167件,办结率99.53%,按时办结率为100%,
 * 接件总数同比增长26.32%…", the street offices with their top three, the
 * investment projects, the cards and the commendations.
 *
 * ```text
 * figure printed = computed from the counts (half-up, two decimals, trailing zeros dropped)
 *                  when every end of an inferred range prints alike,
 *                  else the published text, else the range of computed texts
 * ```
 *
 * Edge cases: a part the data lacks (no previous year, no street offices, no
 * investment) is left out, never printed as 0; a zero base prints
 * 上年同期无业务; a zero denominator prints "—". Zero-count project kinds are
 * left out as the seed leaves out 核准类. The English text uses the names in
 * `englishNames` and falls back on the Chinese ones.
 *
 * No text is written from an impossible figure: the report is checked first,
 * all of it, by the rules of {@link MonthlyReportSchema} (without loading
 * zod), and refused for its first problem: a field of the wrong type or value
 * (`NaN`, `-0`, a BigInt, an empty name), an unknown field, more cases on time
 * than completed (no 按时办结率 exists), or a 项目总数 past
 * `Number.MAX_SAFE_INTEGER`. What {@link parseMonthlyReport} accepts passes,
 * and is read as it reads it: a category written as a 事项类型 name or code
 * (`'行政许可'`, `'20'`) is its bucket. Counts print exactly; a 投资概算 in English moves the decimal point of its
 * text (0.2亿元 is RMB 20 million), so it stays exact at any length.
 *
 * @param report - A report, as {@link parseMonthlyReport} returns it (or any data that it would accept).
 * The Markdown adds the appendix tables (附件1 by department, 附件2 by street
 * office) when the report lists its departments or every office.
 *
 * @param options - `locale` (`'zh-CN'` or `'en'`) and `format` (`'text'` or `'markdown'`).
 * @returns The text, ending with a newline.
 * @throws {TypeError} `renderReport requires report to be an object, got …`; for a field of the wrong type or missing, `renderReport requires report.centre.name to be a string, got undefined` (likewise every field): check data with {@link parseMonthlyReport} where it enters, to have every problem at once.
 * @throws {RangeError} For a field with a bad value: `renderReport requires report.centre.tally.completedOnTime to be at most completed (35133), got 35134`, `renderReport requires report.investment.projects to add up to at most 9007199254740991, got 9007199254740993`; for an option, `renderReport requires format to be one of 'text', 'markdown', got "html"` (likewise `locale`).
 * @example
 * ```ts
 * const result = parseMonthlyReport({
 *   period: '2019-01',
 *   centre: {
 *     name: '五华区人民政府政务服务中心',
 *     tally: { accepted: 35300, completed: 35133, inProgress: 167 },
 *     previousYear: { accepted: 27945 },
 *   },
 *   englishNames: { 五华区人民政府政务服务中心: 'Wuhua District Government Service Centre' },
 * });
 * if (!result.success) throw new Error('not a report');
 * const { report } = result;
 * renderReport(report);
 * // => '一、基本情况\n\n(一)办件情况\n\n2019年1月,五华区人民政府政务服务中心各窗口共受理各类事项35300件,办结35133件,在办事项167件,办结率99.53%,接件总数同比增长26.32%。\n'
 * renderReport(report, { locale: 'en' }).split('\n\n')[2];
 * // => 'In January 2019, the windows of the Wuhua District Government Service Centre accepted 35,300 cases of all kinds and completed 35,133, leaving 167 in progress. The completion rate was 99.53%. The number of cases accepted was up 26.32% year on year.\n'
 * renderReport(report, { format: 'html' });
 * // throws RangeError: renderReport requires format to be one of 'text', 'markdown', got "html"
 * renderReport({ ...report, centre: { ...report.centre, tally: { accepted: 1, completed: -0 } } }, { locale: 'en' });
 * // throws RangeError: renderReport requires report.centre.tally.completed to be a non-negative integer, got -0
 * ```
 * @see {@link auditReport} to check the figures first.
 * @category Report
 */
export function renderReport(report: MonthlyReport, options?: RenderReportOptions): string {
  assertReportShape('renderReport', report);
  const { locale = 'zh-CN', format = 'text' } = readOptions('renderReport', options);
  assertOneOf('renderReport', 'locale', locale, ['zh-CN', 'en']);
  assertOneOf('renderReport', 'format', format, ['text', 'markdown']);
  const canonical = withCategoryIds(report);
  const blocks = locale === 'en' ? renderEnglish(canonical) : renderChinese(canonical);
  return writeBlocks(format === 'markdown' ? [...blocks, ...appendixBlocks(canonical, locale)] : blocks, format);
}
