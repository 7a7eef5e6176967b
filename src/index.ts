/**
 * zwfw-stats (政务服务统计): exact statistics for China's government service centres.
 *
 * @document ../docs/metrics.md
 * @packageDocumentation
 */

// Models (zod schemas and their types)
export { CASE_CATEGORIES, type CaseCategory } from './models/caseCategories.js';
export { CaseCategorySchema } from './models/CaseCategorySchema.js';
export { caseCategoryLabel, type CaseCategoryLabelOptions } from './models/caseCategoryLabel.js';
export { CaseTallySchema, type CaseTally } from './models/CaseTallySchema.js';
export { DepartmentSchema, type Department } from './models/DepartmentSchema.js';
export { ITEM_TYPE_CODES, ITEM_TYPE_NAMES, type ItemTypeCode } from './models/itemTypeCodes.js';
export { ItemTypeCodeSchema } from './models/ItemTypeCodeSchema.js';
export { PeriodSchema } from './models/PeriodSchema.js';
export { StreetOfficeSchema, type StreetOffice } from './models/StreetOfficeSchema.js';
export { toCaseCategory } from './models/toCaseCategory.js';

// Period
export { formatPeriod } from './period/formatPeriod.js';
export { parsePeriod } from './period/parsePeriod.js';
export type { Period, PeriodParts } from './period/Period.js';
export { previousMonthPeriod } from './period/previousMonthPeriod.js';
export { previousYearPeriod } from './period/previousYearPeriod.js';

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
export { CaseRecordSchema, type CaseRecord } from './models/CaseRecordSchema.js';
export type { CaseColumns } from './tally/CaseColumns.js';
export { createTallier, type Tallier } from './tally/createTallier.js';
export { TALLY_DIMENSIONS, type Dimension } from './tally/Dimension.js';
export { emptyTally } from './tally/emptyTally.js';
export { feedNdjson, type FeedSummary } from './tally/feedNdjson.js';
export { InvalidRecordError } from './tally/InvalidRecordError.js';
export { mergeTallies } from './tally/mergeTallies.js';
export { mergeTallyGroups } from './tally/mergeTallyGroups.js';
export { tallyCases, type TallyCasesOptions } from './tally/tallyCases.js';
export { tallyColumns } from './tally/tallyColumns.js';
export type { PeriodRange, TallyOptions } from './tally/TallyOptions.js';
export type { FullCaseTally, InvalidRecord, TallyGroup, TallyKey, TallyResult } from './tally/TallyResult.js';
export { toColumns } from './tally/toColumns.js';

// Report (monthly report, audit, rendering)
export type { AuditCode, AuditFinding, AuditSeverity } from './report/AuditFinding.js';
export { auditReport, type AuditReportOptions } from './report/auditReport.js';
export {
  InferredCountSchema,
  MonthlyReportSchema,
  ReportCountSchema,
  type InferredCount,
  type MonthlyReport,
  type ReportCount,
} from './models/MonthlyReportSchema.js';
export {
  parseMonthlyReport,
  type ParseMonthlyReportOptions,
  type ParseMonthlyReportResult,
} from './report/parseMonthlyReport.js';
export { renderReport, type RenderReportOptions } from './report/renderReport.js';
export type { ReportLocale } from './report/ReportLocale.js';
export type { ReportProblem } from './report/ReportProblem.js';
