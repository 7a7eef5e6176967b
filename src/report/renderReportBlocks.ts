import { assertOneOf } from '../internal/assertOneOf.js';
import type { MonthlyReport } from '../models/MonthlyReportSchema.js';
import { assertReportShape } from './check/assertReportShape.js';
import { withCategoryIds } from './check/withCategoryIds.js';
import type { ReportBlock } from './reportBlocks.js';
import { renderChinese } from './render/renderChinese.js';
import { renderEnglish } from './render/renderEnglish.js';
import type { ReportLocale } from './ReportLocale.js';

/**
 * The blocks (headings, paragraphs, tables) of a report's section 一, as
 * {@link renderReport} writes them, for writers of other formats (the .docx
 * of `zwfw-stats report --format docx`). The report is checked first, and
 * its categories read, as renderReport checks and reads them.
 *
 * @internal
 */
export function renderReportBlocks(report: MonthlyReport, locale: ReportLocale): ReportBlock[] {
  assertReportShape('renderReportBlocks', report);
  assertOneOf('renderReportBlocks', 'locale', locale, ['zh-CN', 'en']);
  const canonical = withCategoryIds(report);
  return locale === 'en' ? renderEnglish(canonical) : renderChinese(canonical);
}
