/**
 * zwfw-stats/core: every pure export of zwfw-stats, without the zod schemas.
 *
 * The same functions and types as the package root, minus the runtime zod
 * schemas (`…Schema`, in `zwfw-stats/schemas`): importing this entry never
 * loads zod. The types of the schema-checked models (`CaseTally`,
 * `Department`, `StreetOffice`) are here as types only.
 *
 * A test keeps the three entries in step: every runtime export of the root is
 * in exactly one of `core` and `schemas`, and a bundle of `core` holds no zod.
 *
 * @packageDocumentation
 */

// Models (pure helpers; the types of the schema-checked models)
export { CASE_CATEGORIES, type CaseCategory } from './models/caseCategories.js';
export { caseCategoryLabel, type CaseCategoryLabelOptions } from './models/caseCategoryLabel.js';
export type { CaseTally } from './models/CaseTallySchema.js';
export type { Department } from './models/DepartmentSchema.js';
export { ITEM_TYPE_CODES, ITEM_TYPE_NAMES, type ItemTypeCode } from './models/itemTypeCodes.js';
export type { StreetOffice } from './models/StreetOfficeSchema.js';
export { CASE_STATUSES, type CaseStatusKind } from './models/caseStatuses.js';
export { toCaseCategory } from './models/toCaseCategory.js';
export { toItemTypeCode } from './models/toItemTypeCode.js';

// Period
export { formatPeriod } from './period/formatPeriod.js';
export { parsePeriod } from './period/parsePeriod.js';
export type { Period, PeriodParts } from './period/Period.js';
export { previousMonthPeriod } from './period/previousMonthPeriod.js';
export { previousYearPeriod } from './period/previousYearPeriod.js';
export { formatPeriodSpan, type FormatPeriodSpanOptions } from './period/formatPeriodSpan.js';
export { parsePeriodSpan } from './period/parsePeriodSpan.js';
export {
  PERIOD_SPAN_KINDS,
  type HalfYearSpan,
  type HalfYearText,
  type MonthSpan,
  type PeriodSpan,
  type PeriodSpanKind,
  type PeriodSpanOf,
  type PeriodSpanText,
  type QuarterSpan,
  type QuarterText,
  type RangeSpan,
  type RangeText,
  type SpanOfKind,
  type YearSpan,
  type YearText,
} from './period/PeriodSpan.js';
export { previousSpan } from './period/previousSpan.js';
export { previousYearSpan } from './period/previousYearSpan.js';
export { spanMonths } from './period/spanMonths.js';

// Rates
export { completionRate, type CompletionRateInput } from './rates/completionRate.js';
export {
  onTimeRate,
  type OnTimeBasis,
  type OnTimeRateInput,
  type OnTimeRateOptions,
  type OnTimeRatio,
} from './rates/onTimeRate.js';
export type { Ratio } from './rates/Ratio.js';
export { share } from './rates/share.js';

// Calendar (working days and deadlines on China's statutory holiday calendar)
export { addWorkingDays, type AddWorkingDaysOptions } from './calendar/addWorkingDays.js';
export { CHINA_WORKDAY_CALENDAR } from './calendar/chinaWorkdayCalendar.js';
export { computeDeadline, type ComputeDeadlineOptions, type Deadline } from './calendar/computeDeadline.js';
export { countWorkingDays, type CountWorkingDaysOptions } from './calendar/countWorkingDays.js';
export { createWorkdayCalendar, type CreateWorkdayCalendarOptions } from './calendar/createWorkdayCalendar.js';
export { dateAtOffset, type DateAtOffsetOptions } from './calendar/dateAtOffset.js';
export type { DateRange } from './calendar/DateRange.js';
export { isWorkingDay, type IsWorkingDayOptions } from './calendar/isWorkingDay.js';
export { nextWorkingDay, type NextWorkingDayOptions } from './calendar/nextWorkingDay.js';
export { parseTimeLimit, type ParseTimeLimitOptions, type TimeLimitUnitName } from './calendar/parseTimeLimit.js';
export { TIME_LIMIT_UNITS, type TimeLimit, type TimeLimitUnit } from './calendar/TimeLimit.js';
export { timeLimitCompressionRate } from './calendar/timeLimitCompressionRate.js';
export type { CalendarSource, WorkdayCalendar } from './calendar/WorkdayCalendar.js';

// Change
export type { Change, Direction } from './change/Change.js';
export { momChange } from './change/momChange.js';
export { pointChange, type PointChange } from './change/pointChange.js';
export { yoyChange } from './change/yoyChange.js';

// Ranking (topN)
export {
  topN,
  type RankedItem,
  type RankingMethod,
  type RankOrder,
  type TopNOptions,
  type TopNTies,
} from './ranking/topN.js';

// Format
export { formatChange, type FormatChangeOptions } from './format/formatChange.js';
export { formatPercent, type FormatPercentOptions } from './format/formatPercent.js';
export { formatPointChange, type FormatPointChangeOptions } from './format/formatPointChange.js';
export type { RoundingMode } from './format/RoundingMode.js';

// Tally (case records to tallies)
export type { CaseRecord } from './models/CaseRecordSchema.js';
export { CASE_RECORD_COLUMN_NAMES } from './models/caseRecordFields.js';
export type { CaseColumns } from './tally/CaseColumns.js';
export { createTallier } from './tally/createTallier.js';
export type { Tallier } from './tally/Tallier.js';
export { TALLY_DIMENSIONS, type Dimension } from './tally/Dimension.js';
export { emptyTally } from './tally/emptyTally.js';
export { type FeedColumn, feedNdjson, type FeedSummary } from './tally/feedNdjson.js';
export { InvalidRecordError } from './tally/InvalidRecordError.js';
export { mergeTallies } from './tally/mergeTallies.js';
export { mergeTallyGroups } from './tally/mergeTallyGroups.js';
export { rollupTallyGroups } from './tally/rollupTallyGroups.js';
export { tallyCases, type TallyCasesOptions } from './tally/tallyCases.js';
export { tallyColumns } from './tally/tallyColumns.js';
export type { PeriodRange, TallyOptions } from './tally/TallyOptions.js';
export type { ExcludedCount, FullCaseTally, InvalidRecord, TallyGroup, TallyKey, TallyResult } from './tally/TallyResult.js';
export { toColumns } from './tally/toColumns.js';

// SQL (the tally's counts in a warehouse)
export { readTallySqlRows } from './sql/readTallySqlRows.js';
export { SQL_DIALECTS, TIME_STORAGES, type SqlDialect, type TimeStorage } from './sql/SqlDialect.js';
export { tallySql } from './sql/tallySql.js';
export type { SqlColumn, TallySqlOptions } from './sql/TallySqlOptions.js';
export type { TallySqlInvalidCounts, TallySqlQuery, TallySqlResult } from './sql/TallySqlQuery.js';

// Report (monthly report, audit, rendering; parseMonthlyReport checks with zod, so it is in schemas)
export type { AuditCode, AuditFinding, AuditSeverity } from './report/AuditFinding.js';
export { auditReport, type AuditReportOptions } from './report/auditReport.js';
export type { InferredCount, MonthlyReport, ReportCount } from './models/MonthlyReportSchema.js';
export { renderReport, type RenderReportOptions } from './report/renderReport.js';
export { buildMonthlyReport, type BuildMonthlyReportOptions } from './report/buildMonthlyReport.js';
export type { ReportSupplement } from './models/ReportSupplementSchema.js';
export type { ReportLocale } from './report/ReportLocale.js';
export type { ReportProblem } from './report/ReportProblem.js';
