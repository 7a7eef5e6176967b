import { z } from 'zod';
import { nonEmptyString } from './parts/nonEmptyString.js';
import { readTime } from '../internal/readTimestamp.js';
import { isTimeLimitText } from '../internal/timeLimitText.js';
import { CaseCategorySchema } from './CaseCategorySchema.js';
import { ItemTypeCodeSchema } from './ItemTypeCodeSchema.js';
import { CATEGORY_DISAGREES, readCaseType, UNKNOWN_CATEGORY } from './readCaseType.js';

const timestamp = z.union([z.string(), z.number()]).refine((value) => !Number.isNaN(readTime(value)), {
  message: 'a timestamp is ISO 8601 with an offset (2019-01-05T09:30:00+08:00, …Z) or whole epoch milliseconds within the range of a Date (±8.64e15)',
});

const id = nonEmptyString();

/** A time limit as exports write it: "15个工作日", "20天", "即办", or a bare amount whose unit the tally is told. */
const timeLimit = z
  .union([z.string(), z.int().nonnegative()])
  .refine((value) => typeof value === 'number' || isTimeLimitText(value), {
    message: 'a time limit is written as "15个工作日", "15工作日", "20天", "20日", "3个自然日", "48小时", "即办" or "即时办结", or a bare non-negative integer',
  });

/** A 事项类型 name, such as 行政许可 or 行政确认 (ITEM_TYPE_NAMES, in code order). */
const itemTypeName = z.enum(['行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '行政裁决', '其他行政权力', '公共服务']);
/** The codes 01–09 as Excel leaves them, without the leading zero. */
const unpaddedCode = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
/** The codes as whole numbers, as a JSON export may write them. */
const numericCode = z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20]);

/**
 * Checks one case record (办件) as an approval system exports it: the input of
 * {@link tallyCases}, {@link createTallier} and {@link toColumns}.
 *
 * ```text
 * CaseRecord = { id, itemName?, category?, itemTypeCode?, departmentId, streetOfficeId?,
 *                acceptedAt, dueAt?, completedAt?, status?, timeLimit?, statutoryTimeLimit? }
 * timestamp  = ISO 8601 string WITH an offset ("2019-01-05T09:30:00+08:00", "…Z")
 *            | whole epoch milliseconds within a Date's range, −8.64e15 … 8.64e15
 *              (year −271821 to 275760; 9e15 is a safe integer but no Date, so refused)
 * completedAt ≥ acceptedAt;  category or itemTypeCode;  itemTypeCode '01' ⇔ category 'administrative_licensing'
 * ```
 *
 * - `id` 办件编号: the case number, unique in a data set.
 * - `itemName` 事项名称: the matter's name, when the source has it.
 * - `category`: the two-bucket {@link CaseCategory} (行政许可 / 公共服务), or a
 *   事项类型 name (行政确认), which implies its code; absent when
 *   `itemTypeCode` gives it.
 * - `itemTypeCode` 事项类型: the finer code when the source has it, as a code
 *   (`'01'`, `'1'` as Excel leaves it, the number `1`) or a name
 *   ({@link toItemTypeCode}); it must agree with `category` ({@link toCaseCategory}).
 * - `departmentId` 部门 and `streetOfficeId` 街道 (null or absent: a case of
 *   the district centre itself, with no street office).
 * - `acceptedAt` 受理时间, `dueAt` 承诺办结时间 (absent for a 即办件, done on
 *   the spot), `completedAt` 办结时间 (null or absent while the case is open).
 * - `timeLimit` 承诺时限 and `statutoryTimeLimit` 法定时限: a limit as
 *   exports write it ("15个工作日", "20天", "即办", or a bare amount whose
 *   unit the tally is told); the tally computes the deadline from the first
 *   present when `dueAt` is absent (see {@link TallyOptions.timeLimit}).
 * - `status` 办件状态: any non-empty text here; the tally reads it against
 *   {@link CASE_STATUSES} (and its `statuses` option): a case never taken in
 *   is not 受理, and a status that contradicts the times is invalid there.
 *
 * A timestamp string without an offset (`"2019-01-05 09:30:00"`) is rejected:
 * the library never reads a time in the machine's local time zone. The
 * tally reads such times when its caller names the clock
 * (`wallClockOffsetMinutes`); this schema checks records as the tally takes
 * them without that option.
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
    /** 事项名称: the name of the matter, when the source has it. */
    itemName: id.nullable().optional(),
    /** The two-bucket category (or a 事项类型 name, which implies it); absent beside an `itemTypeCode`. */
    category: z.union([CaseCategorySchema, itemTypeName]).optional(),
    /** 事项类型: the standard code (01, or 1 as Excel leaves it, or the number 1) or its name, when the source has it. */
    itemTypeCode: z.union([ItemTypeCodeSchema, unpaddedCode, numericCode, itemTypeName]).optional(),
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
    /** 办件状态: the status as the source writes it (the tally reads it against CASE_STATUSES and its `statuses` option). */
    status: id.nullable().optional(),
    /** 承诺时限: the committed time limit ("15个工作日", "即办"); the tally computes the deadline from it when `dueAt` is absent. */
    timeLimit: timeLimit.nullable().optional(),
    /** 法定时限: the statutory time limit; the deadline's limit when `timeLimit` is absent. */
    statutoryTimeLimit: timeLimit.nullable().optional(),
  })
  .refine(
    (record) =>
      record.completedAt === undefined ||
      record.completedAt === null ||
      readTime(record.completedAt) >= readTime(record.acceptedAt),
    { message: 'completedAt (办结时间) cannot be before acceptedAt (受理时间)', path: ['completedAt'] },
  )
  .superRefine((record, context) => {
    const type = readCaseType(record.category, record.itemTypeCode);
    if (type === UNKNOWN_CATEGORY) {
      context.addIssue({ code: 'custom', message: 'category or itemTypeCode (事项类型) is required', path: ['category'] });
    } else if (type === CATEGORY_DISAGREES) {
      context.addIssue({
        code: 'custom',
        message: 'itemTypeCode (事项类型) must agree with category: 01 is 行政许可, the others 公共服务',
        path: ['itemTypeCode'],
      });
    }
  });

/**
 * A case record (办件): `z.infer<typeof CaseRecordSchema>`.
 *
 * @category Models
 */
export type CaseRecord = z.infer<typeof CaseRecordSchema>;
