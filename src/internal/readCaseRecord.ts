import { ITEM_TYPE_NAMES } from '../models/itemTypeCodes.js';
import { PARSED, parseIsoInto, parseIsoTimestamp } from './parseIsoTimestamp.js';

/** Epoch milliseconds that a `Date` can hold. */
export const EPOCH_LIMIT = 8.64e15;

const ANY_TIME = 'an ISO 8601 time with an offset or epoch milliseconds';
const OPTIONAL_TIME = 'an ISO 8601 time with an offset, epoch milliseconds or null';

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
 * Checks a case record object and reads its category and times into `out`
 * (the caller reads the ids from the record itself: storing strings would
 * cost a write barrier each). Returns false, with `out.id`, `out.field`,
 * `out.expected` and `out.value` set, when it is invalid.
 *
 * @internal
 */
export function readCaseRecord(record: unknown, out: RecordFields): boolean {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return fail(out, record, null, 'an object', record);
  }
  const fields = record as Record<string, unknown>;
  const id = fields['id'];
  if (typeof id !== 'string' || id.length === 0) return fail(out, record, 'id', 'a non-empty string', id);
  const category = fields['category'];
  if (category === 'public_service') out.categoryIndex = 1;
  else if (category === 'administrative_licensing') out.categoryIndex = 0;
  else return fail(out, record, 'category', "'administrative_licensing' or 'public_service'", category);
  const department = fields['departmentId'];
  if (typeof department !== 'string' || department.length === 0) {
    return fail(out, record, 'departmentId', 'a non-empty string', department);
  }
  const streetOffice = fields['streetOfficeId'];
  if (streetOffice !== undefined && streetOffice !== null && (typeof streetOffice !== 'string' || streetOffice.length === 0)) {
    return fail(out, record, 'streetOfficeId', 'a non-empty string or null', streetOffice);
  }
  const itemTypeCode = fields['itemTypeCode'];
  if (itemTypeCode !== undefined) {
    if (typeof itemTypeCode !== 'string' || !Object.hasOwn(ITEM_TYPE_NAMES, itemTypeCode)) {
      return fail(out, record, 'itemTypeCode', 'a 事项类型 code (01–10, 20)', itemTypeCode);
    }
    if ((itemTypeCode === '01') !== (out.categoryIndex === 0)) {
      return fail(out, record, 'itemTypeCode', `a code of category '${category}' (01 is 行政许可, the others 公共服务)`, itemTypeCode);
    }
  }
  // Times go through PARSED (a Float64Array slot): a double that a function
  // returns, or that meets a boxed number in a branch, is boxed on the heap.
  const acceptedValue = fields['acceptedAt'];
  if (!readTimeInto(acceptedValue)) return fail(out, record, 'acceptedAt', ANY_TIME, acceptedValue);
  const accepted = PARSED[0] as number;
  out.accepted = accepted;
  const dueValue = fields['dueAt'];
  if (dueValue === undefined || dueValue === null) {
    out.due = Number.POSITIVE_INFINITY;
  } else {
    if (!readTimeInto(dueValue)) return fail(out, record, 'dueAt', OPTIONAL_TIME, dueValue);
    out.due = PARSED[0] as number;
  }
  const completedValue = fields['completedAt'];
  if (completedValue === undefined || completedValue === null) {
    out.completed = Number.POSITIVE_INFINITY;
  } else {
    if (!readTimeInto(completedValue)) return fail(out, record, 'completedAt', OPTIONAL_TIME, completedValue);
    const completed = PARSED[0] as number;
    if (completed < accepted) return fail(out, record, 'completedAt', 'at or after acceptedAt', completedValue);
    out.completed = completed;
  }
  return true;
}

function fail(out: RecordFields, record: unknown, field: string | null, expected: string, value: unknown): false {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  out.id = typeof id === 'string' && id.length > 0 ? id : null;
  out.field = field;
  out.expected = expected;
  out.value = value;
  return false;
}

/**
 * True for a whole number of milliseconds within a `Date`'s range (so a safe
 * integer); false for NaN, infinities and fractions.
 *
 * @internal
 */
export function isEpochMs(time: number): boolean {
  return time <= EPOCH_LIMIT && time >= -EPOCH_LIMIT && Math.floor(time) === time;
}

/**
 * Reads a timestamp (safe-integer epoch ms within a `Date`'s range, or an
 * ISO string with an offset) into `PARSED[0]`; false when it is neither.
 *
 * @internal
 */
export function readTimeInto(value: unknown): boolean {
  if (typeof value === 'number') {
    if (!isEpochMs(value)) return false;
    PARSED[0] = value;
    return true;
  }
  return typeof value === 'string' && parseIsoInto(value);
}

/**
 * A timestamp as epoch ms, or NaN when it is neither a valid ISO string with
 * an offset nor a safe-integer epoch ms within a `Date`'s range.
 *
 * @internal
 */
export function readTime(value: unknown): number {
  if (typeof value === 'number') {
    return isEpochMs(value) ? value : Number.NaN;
  }
  if (typeof value === 'string') return parseIsoTimestamp(value);
  return Number.NaN;
}
