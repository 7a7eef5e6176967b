import { assertOneOf } from '../internal/assertOneOf.js';
import { problemsFromIssues } from './parse/problemsFromIssues.js';
import { readOptions } from '../internal/readOptions.js';
import { type MonthlyReport, MonthlyReportSchema } from '../models/MonthlyReportSchema.js';
import type { ReportLocale } from './ReportLocale.js';
import type { ReportProblem } from './ReportProblem.js';

/**
 * Options of {@link parseMonthlyReport}.
 *
 * @category Report
 */
export interface ParseMonthlyReportOptions {
  /** The language of problem messages: `'zh-CN'` (default) or `'en'`. */
  readonly locale?: ReportLocale;
}

/**
 * What {@link parseMonthlyReport} returns: the typed report, or every problem found.
 *
 * @category Report
 */
export type ParseMonthlyReportResult =
  | {
      /** The data is a valid report. */
      readonly success: true;
      /** The typed report. */
      readonly report: MonthlyReport;
    }
  | {
      /** The data is not a valid report. */
      readonly success: false;
      /** Every problem, in document order, each with its JSON path. */
      readonly problems: readonly ReportProblem[];
    };

/**
 * Checks data (such as a parsed JSON file) against {@link MonthlyReportSchema}
 * and returns the typed report, or every problem at once.
 *
 * This is where a report's data enters: a file in the wrong shape never
 * reaches the metrics. Each problem names its JSON path and says what is
 * wrong in Chinese (default) or English; an unknown key (a misspelt field) is
 * a problem of its own.
 *
 * ```text
 * input → MonthlyReportSchema → { success: true, report } | { success: false, problems: [{ path, message }] }
 * ```
 *
 * Edge cases: a count may be an inferred range `{ inferred: { min, max, from } }`;
 * its problems are reported inside it (`centre.previousYear.accepted.inferred.max`).
 * A category may be written as the report names it, a 事项类型 name or code
 * (`'行政许可'`, `'公共服务'`, `'01'`): the report holds its bucket
 * (`'administrative_licensing'`, `'public_service'`).
 * Consistency between figures (parts against totals, published rates) is
 * {@link auditReport}'s job, not this one's.
 *
 * @param input - The data, of any type.
 * @param options - `locale`: `'zh-CN'` (default) or `'en'` for the messages.
 * @returns `{ success: true, report }` or `{ success: false, problems }`.
 * @throws {TypeError} `parseMonthlyReport requires options to be an object, got …`.
 * @throws {RangeError} `parseMonthlyReport requires locale to be one of 'zh-CN', 'en', got "fr"`.
 * @example
 * ```ts
 * const centre = { name: '五华区人民政府政务服务中心', tally: { accepted: 35300, completed: 35133 } };
 * parseMonthlyReport({ period: '2019-01', centre }).success;
 * // => true
 * parseMonthlyReport({ period: '2019-13', centre: { ...centre, tally: { accepted: -1, completed: 0 } } });
 * // => { success: false, problems: [
 * //      { path: 'period', message: '应为月份(2019-01)、季度(2019-Q1)、半年(2019-H1)、年度(2019)或月份区间(2019-01..2019-06),实际为 "2019-13"' },
 * //      { path: 'centre.tally.accepted', message: '应为非负整数,实际为 -1' } ] }
 * parseMonthlyReport({ period: '2019-01' }, { locale: 'en' });
 * // => { success: false, problems: [{ path: 'centre', message: 'is missing' }] }
 * parseMonthlyReport({}, { locale: 'fr' });
 * // throws RangeError: parseMonthlyReport requires locale to be one of 'zh-CN', 'en', got "fr"
 * ```
 * @see {@link auditReport} to check that the figures agree.
 * @category Report
 */
export function parseMonthlyReport(input: unknown, options?: ParseMonthlyReportOptions): ParseMonthlyReportResult {
  const { locale = 'zh-CN' } = readOptions('parseMonthlyReport', options);
  assertOneOf('parseMonthlyReport', 'locale', locale, ['zh-CN', 'en']);
  const result = MonthlyReportSchema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, report: withoutUndefined(result.data) as MonthlyReport };
  return { success: false, problems: problemsFromIssues(result.error.issues, locale) };
}

/**
 * The parsed report without the optional fields that the input gave as
 * `undefined`: zod keeps such a key, holding undefined, and a report must hold
 * no `undefined` (a field is there with a value, or not there). The parsed
 * data is plain objects and arrays, so a copy of those is all it takes.
 */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined) copy[key] = withoutUndefined(field);
  }
  return copy;
}
