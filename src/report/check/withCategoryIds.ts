import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { CATEGORY_OF_TEXT } from '../../models/categoryOfText.js';

/**
 * The report with every category of `centre.byCategory` as its id, as
 * `parseMonthlyReport` gives it: a report given unparsed may write a
 * category as a 事项类型 name or code (`'行政许可'`, `'20'`), which
 * {@link assertReportShape} lets through. The report itself when every
 * category is an id already; a copy otherwise (the caller's data is left
 * alone).
 *
 * @internal
 */
export function withCategoryIds(report: MonthlyReport): MonthlyReport {
  const parts = report.centre.byCategory;
  if (parts === undefined || parts.every((part) => CATEGORY_OF_TEXT.get(part.category) === part.category)) return report;
  const byCategory = parts.map((part) => ({ ...part, category: CATEGORY_OF_TEXT.get(part.category) ?? part.category }));
  return { ...report, centre: { ...report.centre, byCategory } };
}
