import { ITEM_TYPE_NAMES } from '../../models/itemTypeCodes.js';
import { PARSED } from '../../internal/parseIsoTimestamp.js';
import { readOptionalTimeInto, readTimeInto } from '../../internal/readTimestamp.js';

const ANY_TIME = 'an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15)';
const OPTIONAL_TIME = 'an ISO 8601 time with an offset, whole epoch milliseconds within the range of a Date (±8.64e15) or null';

/**
 * The fields of one case record as the counting loops need them, written by
 * {@link readCaseRecord} into one reused object (no allocation per record).
 * When the record is invalid, `field`, `expected` and `value` say why.
 *
 * @internal
 */
export class RecordFields {
  /** When the record is invalid: its id, or null when it has no readable id. */
  id: string | null = null;
  /** Index in CASE_CATEGORIES. */
  categoryIndex = 0;
  /** NaN until read: a double from the start, so that the field never changes representation. */
  accepted = Number.NaN;
  /** Infinity while open. */
  completed = Number.POSITIVE_INFINITY;
  /** Infinity when there is no deadline. */
  due = Number.POSITIVE_INFINITY;
  field: string | null = null;
  expected = '';
  value: unknown = undefined;
}

/**
 * What is wrong with a record, by the code {@link checkCaseRecord} returns:
 * the field (null for the record itself) and what it should be.
 */
const PROBLEMS: readonly (readonly [field: string | null, expected: string])[] = [
  // Stryker disable next-line ArrayDeclaration,StringLiteral: code 0 means no problem, and describeProblem is never called with it
  [null, ''],
  [null, 'an object'],
  ['id', 'a non-empty string'],
  ['category', "'administrative_licensing' or 'public_service'"],
  ['departmentId', 'a non-empty string'],
  ['streetOfficeId', 'a non-empty string or null'],
  ['itemTypeCode', 'a 事项类型 code (01–10, 20)'],
  [
    'itemTypeCode',
    // Stryker disable next-line StringLiteral: describeProblem writes the text of code 7 itself, with the record's category
    '',
  ],
  ['acceptedAt', ANY_TIME],
  ['dueAt', OPTIONAL_TIME],
  ['completedAt', OPTIONAL_TIME],
  ['completedAt', 'at or after acceptedAt'],
];

/**
 * Checks a case record object and reads its category and times into `out`
 * (the caller reads the ids from the record itself: storing strings would
 * cost a write barrier each). Returns 0, or the code of the first problem
 * (see {@link describeProblem}). Kept small so that the compiler inlines it
 * into the counting loop.
 *
 * @internal
 */
export function checkCaseRecord(record: unknown, out: RecordFields): number {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 1;
  const fields = record as Record<string, unknown>;
  const id = fields['id'];
  if (typeof id !== 'string' || id.length === 0) return 2;
  const category = fields['category'];
  let categoryIndex: number;
  if (category === 'public_service') categoryIndex = 1;
  else if (category === 'administrative_licensing') categoryIndex = 0;
  else return 3;
  out.categoryIndex = categoryIndex;
  const department = fields['departmentId'];
  if (typeof department !== 'string' || department.length === 0) return 4;
  const streetOffice = fields['streetOfficeId'];
  if (streetOffice !== undefined && streetOffice !== null && (typeof streetOffice !== 'string' || streetOffice.length === 0)) {
    return 5;
  }
  const itemTypeCode = fields['itemTypeCode'];
  if (itemTypeCode !== undefined) {
    const problem = itemTypeProblem(itemTypeCode, categoryIndex);
    if (problem !== 0) return problem;
  }
  if (!readTimeInto(fields['acceptedAt'])) return 8;
  const accepted = PARSED[0] as number;
  out.accepted = accepted;
  if (!readOptionalTimeInto(fields['dueAt'])) return 9;
  out.due = PARSED[0] as number;
  if (!readOptionalTimeInto(fields['completedAt'])) return 10;
  const completed = PARSED[0] as number;
  if (completed < accepted) return 11;
  out.completed = completed;
  return 0;
}

/**
 * 0 for a known 事项类型 code of the category, else 6 (unknown) or 7 (of the other category).
 *
 * @internal
 */
export function itemTypeProblem(itemTypeCode: unknown, categoryIndex: number): number {
  if (typeof itemTypeCode !== 'string' || !Object.hasOwn(ITEM_TYPE_NAMES, itemTypeCode)) return 6;
  return (itemTypeCode === '01') === (categoryIndex === 0) ? 0 : 7;
}

/**
 * Sets `out.id`, `out.field`, `out.expected` and `out.value` for the
 * problem `code` of `record`.
 *
 * @internal
 */
export function describeProblem(record: unknown, code: number, out: RecordFields): void {
  // Stryker disable next-line ArrayDeclaration,StringLiteral: checkCaseRecord returns only codes 1 to 11, all in PROBLEMS
  const [field, expected] = PROBLEMS[code] ?? [null, 'a case record'];
  const fields: Record<string, unknown> = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {};
  const id = fields['id'];
  out.id = typeof id === 'string' && id.length > 0 ? id : null;
  out.field = field;
  out.expected =
    code === 7 ? `a code of category '${String(fields['category'])}' (01 is 行政许可, the others 公共服务)` : expected;
  out.value = field === null ? record : fields[field];
}

/**
 * {@link checkCaseRecord}, with the problem described in `out` when there is one.
 *
 * @internal
 */
export function readCaseRecord(record: unknown, out: RecordFields): boolean {
  const code = checkCaseRecord(record, out);
  if (code === 0) return true;
  describeProblem(record, code, out);
  return false;
}

