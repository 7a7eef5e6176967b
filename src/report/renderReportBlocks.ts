import { assertOneOf } from '../internal/assertOneOf.js';
import type { MonthlyReport } from '../models/MonthlyReportSchema.js';
import { assertReportShape } from './check/assertReportShape.js';
import type { ReportBlock } from './reportBlocks.js';
import { renderChinese } from './render/renderChinese.js';
import { renderEnglish } from './render/renderEnglish.js';
import type { ReportLocale } from './ReportLocale.js';

/**
 * The blocks (headings, paragraphs, tables) of a report's section 一, as
 * {@link renderReport} writes them, for writers of other formats (the .docx
 * of `zwfw-stats report --format docx`). The report is checked first, as
 * renderReport checks it.
 *
 * @internal
 */
export function renderReportBlocks(report: MonthlyReport, locale: ReportLocale): ReportBlock[] {
  assertReportShape('renderReportBlocks', report);
  assertOneOf('renderReportBlocks', 'locale', locale, ['zh-CN', 'en']);
  return locale === 'en' ? renderEnglish(report) : renderChinese(report);
}
