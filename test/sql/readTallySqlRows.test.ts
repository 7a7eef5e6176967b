import { describe, expect, it } from 'vitest';
import { readTallySqlRows, tallySql } from '../../src/index.js';

const none = {
  invalid_id: 0,
  invalid_category: 0,
  invalid_department: 0,
  invalid_street_office: 0,
  invalid_accepted_at: 0,
  invalid_due_at: 0,
  invalid_completed_at: 0,
  completed_before_accepted: 0,
  duplicate_ids: 0,
};
const summary = { row_kind: 1, accepted: 0, completed: 0, completed_on_time: 0, due: 0, in_progress: 0, ...none };
const counts = (accepted: unknown, completed: unknown = 0) => ({ accepted, completed, completed_on_time: 0, due: 0, in_progress: 0, ...none });

describe('readTallySqlRows', () => {
  const query = tallySql({ dialect: 'postgres', table: 'cases', period: { from: '2019-01', to: '2019-02' }, by: ['streetOffice', 'category', 'period'] });

  it('reads numbers, BigInts and strings of digits exactly, keys by the dimensions, drops all-zero groups, sorts as tallyCases', () => {
    const rows = [
      { row_kind: 0, street_office: null, category: 0, month: 1, ...counts(2n, '1') },
      { row_kind: 0, street_office: '😀', category: 1, month: 0, ...counts('9007199254740991') },
      { row_kind: 0, street_office: '\uff61', category: '0', month: 0n, ...counts(3) },
      { row_kind: '0', street_office: 'S1', category: 0, month: 1, ...counts(0) }, // all zero: no group
      { ...summary, row_kind: 1n },
    ];
    expect(readTallySqlRows(rows, query)).toStrictEqual({
      groups: [
        // '😀' (U+D83D U+DE00 in UTF-16) sorts before '｡' (U+FF61) by code units, after it by code points.
        { key: { streetOffice: '😀', category: 'public_service', period: '2019-01' }, tally: { accepted: 9007199254740991, completed: 0, completedOnTime: 0, due: 0, inProgress: 0 } },
        { key: { streetOffice: '\uff61', category: 'administrative_licensing', period: '2019-01' }, tally: { accepted: 3, completed: 0, completedOnTime: 0, due: 0, inProgress: 0 } },
        { key: { streetOffice: null, category: 'administrative_licensing', period: '2019-02' }, tally: { accepted: 2, completed: 1, completedOnTime: 0, due: 0, inProgress: 0 } },
      ],
      invalid: { id: 0, category: 0, departmentId: 0, streetOfficeId: 0, acceptedAt: 0, dueAt: 0, completedAt: 0, completedBeforeAccepted: 0, duplicateId: 0 },
    });
  });

  it('reads -0 as 0', () => {
    const [group] = readTallySqlRows([{ row_kind: 0, street_office: 'S', category: 0, month: 0, ...counts(1, -0) }, summary], query).groups;
    expect(Object.is(group?.tally.completed, 0)).toBe(true);
  });

  it.each([
    [9007199254740992n, RangeError, 'readTallySqlRows requires rows[0].accepted to be a non-negative integer up to Number.MAX_SAFE_INTEGER, got 9007199254740992n'],
    ['9007199254740992', RangeError, 'readTallySqlRows requires rows[0].accepted to be a non-negative integer up to Number.MAX_SAFE_INTEGER, got "9007199254740992"'],
    ['1e3', RangeError, 'readTallySqlRows requires rows[0].accepted to be a non-negative integer up to Number.MAX_SAFE_INTEGER, got "1e3"'],
    ['007', RangeError, 'readTallySqlRows requires rows[0].accepted to be a non-negative integer up to Number.MAX_SAFE_INTEGER, got "007"'],
    ['3.0', RangeError, 'readTallySqlRows requires rows[0].accepted to be a non-negative integer up to Number.MAX_SAFE_INTEGER, got "3.0"'],
    [-1n, RangeError, 'readTallySqlRows requires rows[0].accepted to be a non-negative integer up to Number.MAX_SAFE_INTEGER, got -1n'],
    [2.5, RangeError, 'readTallySqlRows requires rows[0].accepted to be a non-negative integer up to Number.MAX_SAFE_INTEGER, got 2.5'],
    [null, TypeError, 'readTallySqlRows requires rows[0].accepted to be a count (a number, BigInt or string of digits), got null'],
    [true, TypeError, 'readTallySqlRows requires rows[0].accepted to be a count (a number, BigInt or string of digits), got true'],
  ])('refuses the count %s', (accepted, type, message) => {
    const call = () => readTallySqlRows([{ row_kind: 0, street_office: 'S', category: 0, month: 0, ...counts(accepted) }, summary], query);
    expect(call).toThrow(new (type as ErrorConstructor)(message));
    expect(call).toThrow(type);
  });

  it.each([
    [[{ row_kind: 0, street_office: 'S', category: 2, month: 0, ...counts(1) }, summary], RangeError, 'readTallySqlRows requires rows[0].category to be an index below 2, got 2'],
    [[{ row_kind: 0, street_office: 'S', category: 0, month: 2, ...counts(1) }, summary], RangeError, 'readTallySqlRows requires rows[0].month to be an index below 2, got 2'],
    [[{ row_kind: 0, street_office: '', category: 0, month: 0, ...counts(1) }, summary], TypeError, 'readTallySqlRows requires rows[0].street_office to be a non-empty string or null, got ""'],
    [[{ row_kind: 2, ...counts(1) }, summary], RangeError, 'readTallySqlRows requires rows[0].row_kind to be 0 or 1, got 2'],
    [[summary, summary], RangeError, 'readTallySqlRows requires rows to hold exactly one summary row (row_kind 1), got an array of length 2 with 2'],
    [[{ ...summary, completed_before_accepted: '2', duplicate_ids: 1n }], RangeError, "readTallySqlRows requires the table to hold no invalid records, got 2 with completedAt before acceptedAt, 1 with a duplicate id (write the query with onInvalid: 'collect' to count them)"],
    [[[0, 1]], TypeError, 'readTallySqlRows requires rows to be an array of row objects, got an array of length 1'],
  ])('refuses bad rows (case %#)', (rows, type, message) => {
    expect(() => readTallySqlRows(rows as never, query)).toThrow(new (type as ErrorConstructor)(message));
    expect(() => readTallySqlRows(rows as never, query)).toThrow(type);
  });

  // Found by npm run fuzz (seed 1188996394): a dimension of { __proto__: null } threw "Cannot convert object to
  // primitive value" as it was looked up; a name of Object.prototype ('constructor') was read as a column.
  it.each([
    ['a dimension that is no name', { ...query, by: [Object.create(null)] }],
    ['a dimension of Object.prototype', { ...query, by: ['constructor'] }],
    ['a hole among the dimensions', { ...query, by: [, 'category'] }],
    ['a month that is no month', { ...query, months: ['2019-01', Number.NaN] }],
    ['a hole among the months', { ...query, months: ['2019-01', , '2019-03'] }],
    ['no answer to duplicate ids', { ...query, checkDuplicateIds: 'no' }],
  ])('refuses a query tallySql did not write: %s', (_, bad) => {
    const rows = [{ row_kind: 0, street_office: 'S', category: 0, month: 0, ...counts(1) }, summary];
    const call = () => readTallySqlRows(rows, bad as never);
    expect(call).toThrow(new TypeError(`readTallySqlRows requires query to be what tallySql returned, got an object`));
    expect(call).toThrow(TypeError);
  });

  it("counts invalid records with onInvalid: 'collect', and gives null duplicates when they were not checked", () => {
    const collect = tallySql({ dialect: 'sqlite', table: 'cases', period: '2019-01', by: [], onInvalid: 'collect', checkDuplicateIds: false });
    expect(readTallySqlRows([{ ...summary, invalid_id: 1, invalid_department: '2', duplicate_ids: null }], collect)).toStrictEqual({
      groups: [],
      invalid: { id: 1, category: 0, departmentId: 2, streetOfficeId: 0, acceptedAt: 0, dueAt: 0, completedAt: 0, completedBeforeAccepted: 0, duplicateId: null },
    });
  });
});
