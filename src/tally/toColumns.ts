import { describeValue } from '../internal/describeValue.js';
import { readCaseRecord, RecordFields } from './read/readCaseRecord.js';
import { problemMessage } from './engine/TallyAccumulator.js';
import type { CaseRecord } from '../models/CaseRecordSchema.js';
import type { CaseColumns } from './CaseColumns.js';
import { InvalidRecordError } from './InvalidRecordError.js';

/**
 * Turns case records into {@link CaseColumns}: ids dictionary-encoded, times
 * as epoch milliseconds.
 *
 * For tallying the same records many times (several periods or groupings):
 * {@link tallyColumns} over columns is several times faster than
 * {@link tallyCases} over objects, and the columns take less memory.
 *
 * ```text
 * departmentIds = distinct departmentId in order of first appearance;  department[i] = its index
 * streetOfficeIds likewise (−1 for none);  category[i] = index in CASE_CATEGORIES
 * acceptedAt[i], dueAt[i], completedAt[i] = epoch ms (NaN for none / open)
 * ```
 * In words: one row per record, in input order, with each id replaced by its
 * place in a dictionary.
 *
 * Edge cases: each record is checked as {@link tallyCases} checks it (the
 * duplicate-id check excepted); the first invalid one throws. `itemTypeCode`
 * is not kept. Columns carry no time limits: a record with a `timeLimit` or
 * `statutoryTimeLimit` is refused (its deadline and its
 * {@link TallyGroup.timeLimits} counts need the tally's calendar and period:
 * tally such records with {@link tallyCases} or a {@link Tallier}).
 *
 * @param records - The case records.
 * @returns The columns, `ids` included.
 * @throws {TypeError} `toColumns requires records to be an iterable, got …`.
 * @throws {InvalidRecordError} `toColumns requires records[3] (id "x") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got "2019-01-05"`; `toColumns requires records[0] (id "x") timeLimit to be absent (columns carry no time limits: tally records with limits with tallyCases), got "15个工作日"`.
 * @example
 * ```ts
 * const columns = toColumns([
 *   { id: 'a', category: 'public_service', departmentId: '区人社局', acceptedAt: '2019-01-05T09:30:00+08:00' },
 * ]);
 * columns.departmentIds;
 * // => ['区人社局']
 * columns.acceptedAt[0];
 * // => 1546651800000
 * ```
 * @see {@link tallyColumns}
 * @category Tally
 */
export function toColumns(records: Iterable<CaseRecord>): CaseColumns {
  if (typeof (records as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new TypeError(`toColumns requires records to be an iterable, got ${describeValue(records)}`);
  }
  const list: readonly unknown[] = Array.isArray(records) ? records : Array.from(records as Iterable<unknown>);
  const length = list.length;
  const columns = {
    length,
    // Stryker disable next-line ArrayDeclaration: the loop below fills every slot before the columns are returned, so a sized and an empty array end the same
    ids: new Array<string>(length),
    category: new Uint8Array(length),
    departmentIds: [] as string[],
    department: new Int32Array(length),
    streetOfficeIds: [] as string[],
    streetOffice: new Int32Array(length),
    acceptedAt: new Float64Array(length),
    dueAt: new Float64Array(length),
    completedAt: new Float64Array(length),
  };
  const departments = new Map<string, number>();
  const streetOffices = new Map<string, number>();
  const fields = new RecordFields();
  for (let index = 0; index < length; index += 1) {
    if (!readCaseRecord(list[index], fields)) {
      throw new InvalidRecordError({
        index,
        line: null,
        id: fields.id,
        field: fields.field,
        message: problemMessage('toColumns', index, null, fields.id, fields.field, fields.expected, fields.value),
      });
    }
    const record = list[index] as CaseRecord;
    if (fields.limitKind !== 0) {
      const field = fields.limitField;
      throw new InvalidRecordError({
        index,
        line: null,
        id: record.id,
        field,
        message: problemMessage('toColumns', index, null, record.id, field, 'absent (columns carry no time limits: tally records with limits with tallyCases)', record[field]),
      });
    }
    columns.ids[index] = record.id;
    columns.category[index] = fields.categoryIndex;
    columns.department[index] = intern(departments, columns.departmentIds, record.departmentId);
    columns.streetOffice[index] =
      record.streetOfficeId === undefined || record.streetOfficeId === null
        ? -1
        : intern(streetOffices, columns.streetOfficeIds, record.streetOfficeId);
    // + 0 turns a time written -0 into 0: no column holds -0.
    columns.acceptedAt[index] = fields.accepted + 0;
    columns.dueAt[index] = fields.due === Number.POSITIVE_INFINITY ? Number.NaN : fields.due + 0;
    columns.completedAt[index] = fields.completed === Number.POSITIVE_INFINITY ? Number.NaN : fields.completed + 0;
  }
  return columns;
}

function intern(index: Map<string, number>, dictionary: string[], value: string): number {
  let code = index.get(value);
  if (code === undefined) {
    code = dictionary.length;
    dictionary.push(value);
    index.set(value, code);
  }
  return code;
}
