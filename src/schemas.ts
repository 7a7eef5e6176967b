/**
 * zwfw-stats/schemas: the zod schemas that check data where it enters
 * (files, JSON, a caller's untyped object), with their inferred types, and
 * the functions that apply them (`parseMonthlyReport`).
 *
 * The same schemas as the package root; this entry is what loads zod. The
 * pure functions are in `zwfw-stats/core`.
 *
 * @packageDocumentation
 */

// Models
export { CaseCategorySchema } from './models/CaseCategorySchema.js';
export { CaseTallySchema, type CaseTally } from './models/CaseTallySchema.js';
export { DepartmentSchema, type Department } from './models/DepartmentSchema.js';
export { ItemTypeCodeSchema } from './models/ItemTypeCodeSchema.js';
export { PeriodSchema } from './models/PeriodSchema.js';
export { PeriodSpanSchema } from './models/PeriodSpanSchema.js';
export { StreetOfficeSchema, type StreetOffice } from './models/StreetOfficeSchema.js';

// Tally (schemas of case records)
export { CaseRecordSchema, type CaseRecord } from './models/CaseRecordSchema.js';

// Report (schemas of report input, and the parser that applies them)
export {
  InferredCountSchema,
  MonthlyReportSchema,
  ReportCountSchema,
  type InferredCount,
  type MonthlyReport,
  type ReportCount,
} from './models/MonthlyReportSchema.js';
export { ReportSupplementSchema, type ReportSupplement } from './models/ReportSupplementSchema.js';
export {
  parseMonthlyReport,
  type ParseMonthlyReportOptions,
  type ParseMonthlyReportResult,
} from './report/parseMonthlyReport.js';
