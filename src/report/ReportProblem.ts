/**
 * One problem that {@link parseMonthlyReport} found in a report's data: where
 * it is and what is wrong.
 *
 * @example
 * ```ts
 * const result = parseMonthlyReport({ period: '2019-01', centre: { name: '五华区人民政府政务服务中心', tally: { accepted: -1, completed: 0 } } });
 * if (result.success) throw new Error('expected problems');
 * result.problems;
 * // => [{ path: 'centre.tally.accepted', message: '应为非负整数,实际为 -1' }]
 * ```
 * @category Report
 */
export interface ReportProblem {
  /** The JSON path of the value, such as `centre.tally.accepted` or `streetOffices.offices[2].office.name`; `$` for the whole document. */
  readonly path: string;
  /** What is wrong, in the locale asked for, without the path. */
  readonly message: string;
}
