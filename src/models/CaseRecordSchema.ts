import { z } from 'zod';
import { readTime } from '../internal/readTimestamp.js';
import { CaseCategorySchema } from './CaseCategorySchema.js';
import { ItemTypeCodeSchema } from './ItemTypeCodeSchema.js';

const timestamp = z.union([z.string(), z.number()]).refine((value) => !Number.isNaN(readTime(value)), {
  message: 'a timestamp is ISO 8601 with an offset (2019-01-05T09:30:00+08:00, …Z) or whole epoch milliseconds within the range of a Date (±8.64e15)',
});

const id = z.string().min(1);

/**
 * Checks one case record (办件) as an approval system exports it: the input of
 * {@link tallyCases}, {@link createTallier} and {@link toColumns}.
 *
 * ```text
 * CaseRecord = { id, category, itemTypeCode?, departmentId, streetOfficeId?,
 *                acceptedAt, dueAt?, completedAt? }
 * timestamp  = ISO 8601 string WITH an offset ("2019-01-05T09:30:00+08:00", "…Z")
 *            | whole epoch milliseconds within a Date's range, −8.64e15 … 8.64e15
 *              (year −271821 to 275760; 9e15 is a safe integer but no Date, so refused)
 * completedAt ≥ acceptedAt;  itemTypeCode '01' ⇔ category 'administrative_licensing'
 * ```
 *
 * - `id` 办件编号: the case number, unique in a data set.
 * - `category`: the two-bucket {@link CaseCategory} (行政许可 / 公共服务).
 * - `itemTypeCode` 事项类型: the finer code when the source has it; it must
 *   agree with `category` ({@link toCaseCategory}).
 * - `departmentId` 部门 and `streetOfficeId` 街道 (null or absent: a case of
 *   the district centre itself, with no street office).
 * - `acceptedAt` 受理时间, `dueAt` 承诺办结时间 (absent for a 即办件, done on
 *   the spot), `completedAt` 办结时间 (null or absent while the case is open).
 *
 * A timestamp string without an offset (`"2019-01-05 09:30:00"`) is rejected:
 * the library never reads a time in the machine's local time zone.
 *
 * @example
 * ```ts
 * CaseRecordSchema.parse({
 *   id: 'WH-2019-000001', category: 'public_service', departmentId: '区人社局',
 *   acceptedAt: '2019-01-05T09:30:00+08:00', completedAt: null,
 * }).departmentId;
 * // => '区人社局'
 * CaseRecordSchema.safeParse({
 *   id: 'x', category: 'public_service', departmentId: 'd', acceptedAt: '2019-01-05 09:30:00',
 * }).success;
 * // => false
 * ```
 * @category Models
 */
export const CaseRecordSchema = z
  .strictObject({
    /** 办件编号: the case number. */
    id,
    /** The two-bucket category: 行政许可 or 公共服务. */
    category: CaseCategorySchema,
    /** 事项类型: the standard code, when the source has it. */
    itemTypeCode: ItemTypeCodeSchema.optional(),
    /** 部门: the department that handles the case. */
    departmentId: id,
    /** 街道: the street office, or null/absent for none. */
    streetOfficeId: id.nullable().optional(),
    /** 受理时间: when the case was accepted. */
    acceptedAt: timestamp,
    /** 承诺办结时间: the committed deadline; absent for a 即办件. */
    dueAt: timestamp.nullable().optional(),
    /** 办结时间: when the case was completed; null or absent while open. */
    completedAt: timestamp.nullable().optional(),
  })
  .refine(
    (record) =>
      record.completedAt === undefined ||
      record.completedAt === null ||
      readTime(record.completedAt) >= readTime(record.acceptedAt),
    { message: 'completedAt (办结时间) cannot be before acceptedAt (受理时间)', path: ['completedAt'] },
  )
  .refine(
    (record) =>
      record.itemTypeCode === undefined ||
      (record.itemTypeCode === '01') === (record.category === 'administrative_licensing'),
    { message: 'itemTypeCode (事项类型) must agree with category: 01 is 行政许可, the others 公共服务', path: ['itemTypeCode'] },
  );

/**
 * A case record (办件): `z.infer<typeof CaseRecordSchema>`.
 *
 * @category Models
 */
export type CaseRecord = z.infer<typeof CaseRecordSchema>;
