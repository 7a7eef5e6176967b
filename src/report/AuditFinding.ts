/**
 * How much a finding of {@link auditReport} matters.
 *
 * - `'error'`: the figures contradict each other; the report is wrong somewhere.
 * - `'warning'`: a figure could not be checked (its counts are missing).
 * - `'info'`: worth knowing, not wrong (办结 above 受理 from carried-over cases).
 *
 * @category Report
 */
export type AuditSeverity = 'error' | 'warning' | 'info';

/**
 * What a finding of {@link auditReport} is about.
 *
 * - `'parts-do-not-add-up'`: categories, departments or a full list of street offices do not sum to their total.
 * - `'listed-exceed-total'`: a partial list of street offices sums to more than their total.
 * - `'in-progress-mismatch'`: 在办 differs from 受理 − 办结 (an error where the report claims that relation).
 * - `'published-rate-mismatch'`: a published 办结率 or 按时办结率 that the counts do not give.
 * - `'published-change-mismatch'`: a published 同比 or 环比 that the counts do not give.
 * - `'published-total-mismatch'`: a published total (项目总数) that its parts do not give.
 * - `'published-amount-mismatch'`: a published 投资概算 that the amount in yuan does not give.
 * - `'published-figure-unchecked'`: a published figure whose counts are not in the data.
 * - `'ranking-contradicted'`: a published ranking (top offices by 受理) that the counts contradict.
 * - `'office-count-mismatch'`: the number of street offices disagrees with the list.
 * - `'duplicate-entry'`: the same category, department or office listed twice.
 * - `'completed-above-accepted'`: 办结 above 受理 (carry-over, 结转).
 *
 * @category Report
 */
export type AuditCode =
  | 'parts-do-not-add-up'
  | 'listed-exceed-total'
  | 'in-progress-mismatch'
  | 'published-rate-mismatch'
  | 'published-change-mismatch'
  | 'published-total-mismatch'
  | 'published-amount-mismatch'
  | 'published-figure-unchecked'
  | 'ranking-contradicted'
  | 'office-count-mismatch'
  | 'duplicate-entry'
  | 'completed-above-accepted';

/**
 * One finding of {@link auditReport}.
 *
 * @example
 * ```ts
 * const result = parseMonthlyReport({
 *   period: '2019-01',
 *   centre: { name: '五华区人民政府政务服务中心', tally: { accepted: 35300, completed: 35133, inProgress: 168 }, inProgressRule: 'accepted-minus-completed' },
 * });
 * if (!result.success) throw new Error('not a report');
 * auditReport(result.report, { locale: 'en' });
 * // => [{ code: 'in-progress-mismatch', severity: 'error', path: 'centre.tally.inProgress',
 * //       message: 'in progress is 168, but accepted − completed is 167' }]
 * ```
 * @category Report
 */
export interface AuditFinding {
  /** What the finding is about. */
  readonly code: AuditCode;
  /** How much it matters. */
  readonly severity: AuditSeverity;
  /** The JSON path of the figure at fault, such as `centre.published.completionRate`. */
  readonly path: string;
  /** What is wrong and, where there is one, the right figure, in the locale asked for. */
  readonly message: string;
}
