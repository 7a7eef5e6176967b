import { auditParts } from './audit/auditParts.js';
import { auditStreetOffices } from './audit/auditStreetOffices.js';
import { auditInvestment } from './audit/auditInvestment.js';
import { auditUnit } from './audit/auditUnit.js';
import { assertOneOf } from '../internal/assertOneOf.js';
import { assertReportShape } from './check/assertReportShape.js';
import { withCategoryIds } from './check/withCategoryIds.js';
import { FindingList } from './audit/FindingList.js';
import { readOptions } from '../internal/readOptions.js';
import type { MonthlyReport } from '../models/MonthlyReportSchema.js';
import type { AuditFinding } from './AuditFinding.js';
import type { ReportLocale } from './ReportLocale.js';

/**
 * Options of {@link auditReport}.
 *
 * @category Report
 */
export interface AuditReportOptions {
  /** The language of the messages: `'zh-CN'` (default) or `'en'`. */
  readonly locale?: ReportLocale;
}

/**
 * Checks that a monthly report's figures agree with each other, and lists
 * every finding with a code, a severity, a JSON path and a message.
 *
 * What a reader of a published report would check by hand, done exactly:
 *
 * ```text
 * parts = total          Σ byCategory.accepted = 受理; Σ departments' 在办 = 在办;
 *                        a full list of street offices sums to their total (a partial one, at most)
 * 在办 = 受理 − 办结      an error where the report claims it (inProgressRule), info otherwise
 * published = computed   办结率, 按时办结率, 同比, 环比, 项目总数, 投资概算, each recomputed from
 *                        the counts (half-up) and compared with the printed text
 * ranking                a top list is in order of 受理, and no unlisted office can be busier
 * 办结 > 受理             info: carry-over (结转), not an error
 * ```
 *
 * Inferred counts are checked at every end of their range: a published figure
 * must follow from all of them; a sum must be reachable. A published
 * percentage matches when it is the exact value rounded half-up to the
 * decimals it shows, or to two decimals with trailing zeros dropped ('100%').
 *
 * Sums of parts are exact (in BigInt), however large the counts.
 *
 * Edge cases: a published figure whose counts are missing is a `'warning'`;
 * a report with nothing to compare gives an empty list. The 五华区 seed gives
 * no finding at all.
 *
 * The report is checked first, all of it, by the rules of
 * {@link MonthlyReportSchema} (without loading zod): every field's type and
 * value, no unknown field, no `-0`, 按时办结 at most 办结, 项目总数 a safe
 * integer. What {@link parseMonthlyReport} accepts passes, and is read as it
 * reads it (a category written as a 事项类型 name or code is its bucket);
 * anything else throws for its first problem, naming the field. Figures that contradict each
 * other without being impossible (parts against totals, published rates) are
 * findings.
 *
 * @param report - A report, as {@link parseMonthlyReport} returns it (or any data that it would accept).
 * @param options - `locale`: `'zh-CN'` (default) or `'en'` for the messages.
 * @returns The findings, in the order of the report's sections; empty when all agree.
 * @throws {TypeError} `auditReport requires report to be an object, got …`; for a field of the wrong type or missing, `auditReport requires report.centre.tally.accepted to be a non-negative integer or an inferred range { inferred: { min, max, from } }, got "35300"` (likewise every field).
 * @throws {RangeError} For a field with a bad value: `auditReport requires report.centre.tally.accepted to be a non-negative integer, got -0`, `auditReport requires report.centre.tally.completedOnTime to be at most completed (35133), got 35134`, `auditReport requires report.centre.tally.acepted to be left out (no report has such a field), got 1`; for an option, `auditReport requires locale to be one of 'zh-CN', 'en', got "fr"`.
 * @example
 * ```ts
 * // 五华区, January 2019, with the 办结率 misprinted as 99.52%
 * const result = parseMonthlyReport({
 *   period: '2019-01',
 *   centre: {
 *     name: '五华区人民政府政务服务中心',
 *     tally: { accepted: 35300, completed: 35133, inProgress: 167 },
 *     inProgressRule: 'accepted-minus-completed',
 *     byCategory: [
 *       { category: 'administrative_licensing', accepted: 20564 },
 *       { category: 'public_service', accepted: 14736 },
 *     ],
 *     published: { completionRate: '99.52%' },
 *   },
 * });
 * if (!result.success) throw new Error('not a report');
 * auditReport(result.report);
 * // => [{ code: 'published-rate-mismatch', severity: 'error', path: 'centre.published.completionRate',
 * //       message: '公布的办结率为99.52%,按计数应为99.53%(办结35133件 / 受理35300件)' }]
 * auditReport({ ...result.report, centre: { name: 'C', tally: { accepted: 1, completed: 1, completedOnTime: 2 } } });
 * // throws RangeError: auditReport requires report.centre.tally.completedOnTime to be at most completed (1), got 2
 * ```
 * @see {@link renderReport} to write the report out.
 * @category Report
 */
export function auditReport(report: MonthlyReport, options?: AuditReportOptions): AuditFinding[] {
  assertReportShape('auditReport', report);
  const { locale = 'zh-CN' } = readOptions('auditReport', options);
  assertOneOf('auditReport', 'locale', locale, ['zh-CN', 'en']);
  const list = new FindingList(locale);
  const { centre } = withCategoryIds(report);
  auditUnit(list, 'centre', centre);
  auditParts(list, centre);
  if (report.streetOffices !== undefined) auditStreetOffices(list, report.streetOffices);
  if (report.investment !== undefined) auditInvestment(list, report.investment);
  return list.findings;
}
