import { z } from 'zod';
import { DepartmentSchema } from './DepartmentSchema.js';
import { MonthlyReportSchema } from './MonthlyReportSchema.js';
import { nonEmptyString } from './parts/nonEmptyString.js';
import { StreetOfficeSchema } from './StreetOfficeSchema.js';

const report = MonthlyReportSchema.shape;

/**
 * Checks a report supplement: what a monthly report holds that case records
 * cannot, for {@link buildMonthlyReport} to put beside the counts.
 *
 * Records carry ids (a department or a street office as the export writes
 * it, usually its name) and times; a report also names the centre and the
 * district, prints display names, and reports figures kept elsewhere: the
 * investment projects (投资项目审批), the electronic supervision cards
 * (电子监察 黄牌、红牌), the commendations (表扬信), and figures as published.
 *
 * ```text
 * ReportSupplement = {
 *   district?, issuer?, issuedOn?: 'YYYY-MM-DD',
 *   centre: { name, published? },
 *   departments?: [{ id, name }],                  id as the records write departmentId
 *   streetOffices?: { offices?: [{ id, name }], top?, published? },   id as streetOfficeId
 *   investment?, supervision?, commendations?, englishNames?         as in MonthlyReportSchema
 * }
 * ```
 *
 * `departments` and `streetOffices.offices` give each unit its printed name
 * and make the appendix lists whole: a unit listed here with no records in
 * the period is listed with no business (本期无业务), never dropped; a unit in
 * the records and not here is listed under its id. `top` is how many of the
 * busiest offices the text names (3 by default). `published` holds figures as
 * an earlier publication printed them, which the audit checks against the
 * counts. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * ReportSupplementSchema.safeParse({
 *   district: '五华区',
 *   centre: { name: '五华区人民政府政务服务中心' },
 *   streetOffices: { offices: [{ id: '红云街道', name: '红云街道为民服务中心' }] },
 *   supervision: { yellowCards: 0, redCards: 0 },
 * }).success;
 * // => true
 * ReportSupplementSchema.safeParse({ centre: {} }).success;
 * // => false
 * ```
 * @see {@link buildMonthlyReport}, which reads it.
 * @category Report
 */
export const ReportSupplementSchema = z.strictObject({
  /** The JSON Schema the file follows, for editors. */
  $schema: z.string().optional(),
  /** A note on where the figures come from. */
  $comment: z.string().optional(),
  /** The district (区), such as 五华区. */
  district: report.district,
  /** Who issues the report (发文机关). */
  issuer: report.issuer,
  /** The date the report is issued (成文日期), `'YYYY-MM-DD'`. */
  issuedOn: report.issuedOn,
  /** The district centre (区政务服务中心). */
  centre: z.strictObject({
    /** Its name, such as 五华区人民政府政务服务中心. */
    name: nonEmptyString(),
    /** Its figures as published. */
    published: report.centre.shape.published,
  }),
  /** The departments at the centre's windows: `id` as the records write `departmentId`, `name` as printed. */
  departments: z.array(DepartmentSchema).optional(),
  /** The street offices' service centres. */
  streetOffices: z
    .strictObject({
      /** Every office: `id` as the records write `streetOfficeId`, `name` as printed. */
      offices: z.array(StreetOfficeSchema).optional(),
      /** How many of the busiest offices the text names (default 3). */
      top: z.int().min(1).optional(),
      /** Their figures as published. */
      published: report.streetOffices.unwrap().shape.published,
    })
    .optional(),
  /** Investment projects (投资项目审批), as in {@link MonthlyReportSchema}. */
  investment: report.investment,
  /** Electronic supervision cards (黄牌、红牌). */
  supervision: report.supervision,
  /** Letters of commendation (表扬信). */
  commendations: report.commendations,
  /** English names for the Chinese names, used by the English text. */
  englishNames: report.englishNames,
});

/**
 * A report supplement: `z.infer<typeof ReportSupplementSchema>`.
 *
 * @category Report
 */
export type ReportSupplement = z.infer<typeof ReportSupplementSchema>;
