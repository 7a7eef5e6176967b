import { describe, expect, it } from 'vitest';
import { InvalidRecordError, tallyCases, tallyColumns, toColumns, type CaseColumns } from '../../src/index.js';
import { january, januaryByDepartment } from './fixture.js';

describe('toColumns', () => {
  it('dictionary-encodes ids and turns times into epoch ms, NaN for none', () => {
    const columns = toColumns(january.slice(0, 3));
    expect(columns.length).toBe(3);
    expect(columns.ids).toEqual(['r1', 'r2', 'r3']);
    expect(columns.departmentIds).toEqual(['A']);
    expect([...columns.department]).toEqual([0, 0, 0]);
    expect(columns.streetOfficeIds).toEqual(['S1']);
    expect([...columns.streetOffice]).toEqual([0, -1, 0]);
    expect([...columns.category]).toEqual([1, 1, 0]);
    // 2019-01-05T09:30+08:00 = 2019-01-05T01:30Z
    expect(columns.acceptedAt[0]).toBe(Date.UTC(2019, 0, 5, 1, 30));
    expect(columns.completedAt[2]).toBeNaN();
  });

  it('writes a time given as -0 as 0', () => {
    const columns = toColumns([{ id: 'z', category: 'public_service', departmentId: 'D', acceptedAt: -0, dueAt: -0, completedAt: -0 }]);
    for (const time of [columns.acceptedAt[0], columns.dueAt[0], columns.completedAt[0]]) expect(Object.is(time, 0)).toBe(true);
  });

  it('throws for an invalid record', () => {
    expect(() => toColumns([{ ...january[0]!, acceptedAt: '2019-01-05' }])).toThrow(
      new InvalidRecordError({
        index: 0,
        line: null,
        id: 'r1',
        field: 'acceptedAt',
        message: 'toColumns requires records[0] (id "r1") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got "2019-01-05"',
      }),
    );
    expect(() => toColumns(3 as never)).toThrow(new TypeError('toColumns requires records to be an iterable, got 3'));
  });
});

describe('tallyColumns', () => {
  it('gives the tallyCases result for every grouping', () => {
    const columns = toColumns(january);
    expect(tallyColumns(columns, { period: '2019-01', by: 'department' })).toEqual({ groups: januaryByDepartment, invalid: [], excluded: [] });
    for (const by of [[], 'category', 'streetOffice', ['department', 'streetOffice'], ['period', 'category']] as const) {
      const options = { period: { from: '2018-12', to: '2019-02' }, by } as const;
      expect(tallyColumns(columns, options)).toEqual(tallyCases(january, options));
    }
  });

  it('rejects bad rows, naming them by id when ids are given', () => {
    const columns = toColumns(january);
    const completedAt = columns.completedAt.slice();
    completedAt[0] = 0; // before r1's acceptance
    const dueAt = columns.dueAt.slice();
    dueAt[1] = 0.5;
    const bad: CaseColumns = { ...columns, completedAt, dueAt };
    expect(() => tallyColumns(bad, { period: '2019-01', by: [] })).toThrow(
      'tallyColumns requires records[0] (id "r1") completedAt to be at or after acceptedAt, got 0',
    );
    const result = tallyColumns({ ...bad, ids: undefined } as never, { period: '2019-01', by: 'department', onInvalid: 'collect' });
    expect(result.invalid.map((problem) => [problem.index, problem.id, problem.field])).toEqual([
      [0, null, 'completedAt'],
      [1, null, 'dueAt'],
    ]);
    // A loses r1 and r2: accepted 2-1, completed 2-2, on time 1-1, due 2-2
    expect(result.groups[0]).toEqual({ key: { department: 'A' }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } });
  });

  it('rejects codes outside their dictionaries', () => {
    const columns = toColumns(january);
    const department = columns.department.slice();
    department[2] = 9;
    expect(() => tallyColumns({ ...columns, department }, { period: '2019-01', by: [] })).toThrow(
      'tallyColumns requires records[2] (id "r3") department to be a code below 3, got 9',
    );
    const category = columns.category.slice();
    category[0] = 2;
    expect(() => tallyColumns({ ...columns, category }, { period: '2019-01', by: [] })).toThrow(
      'tallyColumns requires records[0] (id "r1") category to be 0 or 1, got 2',
    );
  });

  it('checks the columns', () => {
    const columns = toColumns(january);
    expect(() => tallyColumns({ ...columns, acceptedAt: [1, 2] } as never, { period: '2019-01', by: [] })).toThrow(
      new TypeError('tallyColumns requires columns.acceptedAt to be a Float64Array, got an array of length 2'),
    );
    expect(() => tallyColumns({ ...columns, dueAt: new Float64Array(4) }, { period: '2019-01', by: [] })).toThrow(
      new RangeError('tallyColumns requires columns.dueAt to have length 10, got 4'),
    );
    expect(() => tallyColumns({ ...columns, departmentIds: ['A', ''] }, { period: '2019-01', by: [] })).toThrow(
      new TypeError('tallyColumns requires columns.departmentIds to be an array of non-empty strings, got an array of length 2'),
    );
    expect(() => tallyColumns(null as never, { period: '2019-01', by: [] })).toThrow(
      new TypeError('tallyColumns requires columns to be an object, got null'),
    );
  });
});

describe('tallyColumns checks', () => {
  const L = 8.64e15; // the largest epoch millisecond a Date holds
  const T = Date.UTC(2019, 0, 10); // 2019-01-10T00:00Z, inside 2019-01 (+08:00)
  /** Hand-built columns: one row per [category, department, streetOffice, acceptedAt, dueAt, completedAt]. */
  const build = (rows: readonly (readonly number[])[], extra: Partial<CaseColumns> = {}): CaseColumns => ({
    length: rows.length,
    ids: rows.map((_, i) => `r${i}`),
    category: Uint8Array.from(rows, (r) => r[0]!),
    departmentIds: ['A', 'B'],
    department: Int32Array.from(rows, (r) => r[1]!),
    streetOfficeIds: ['S'],
    streetOffice: Int32Array.from(rows, (r) => r[2]!),
    acceptedAt: Float64Array.from(rows, (r) => r[3]!),
    dueAt: Float64Array.from(rows, (r) => r[4]!),
    completedAt: Float64Array.from(rows, (r) => r[5]!),
    ...extra,
  });

  it('refuses a hole in a dictionary, which would drop its records or group them under no key', () => {
    const columns = build([[0, 1, -1, T, NaN, NaN]], { departmentIds: ['A', 'B'] });
    // eslint-disable-next-line no-sparse-arrays
    expect(() => tallyColumns({ ...columns, departmentIds: ['A', , 'C'] as never }, { period: '2019-01', by: 'department' })).toThrow(
      new RangeError('tallyColumns requires columns.departmentIds[1] to be a non-empty string, got a hole'),
    );
    // eslint-disable-next-line no-sparse-arrays
    expect(() => tallyColumns({ ...columns, streetOfficeIds: [, 's'] as never }, { period: '2019-01', by: 'streetOffice' })).toThrow(
      new RangeError('tallyColumns requires columns.streetOfficeIds[0] to be a non-empty string, got a hole'),
    );
  });

  it('names the first field at fault in each bad row, and accepts times at ±8.64e15 and completion at acceptance', () => {
    const rows = [
      [0, 0, -1, L + 1, NaN, NaN],
      [0, 0, -1, -L - 1, NaN, NaN],
      [0, 0, -1, 0.5, NaN, NaN],
      [0, 0, -1, NaN, NaN, NaN],
      [0, 0, -1, T, NaN, L + 1],
      [0, 0, -1, T, NaN, T + 0.5],
      [0, 0, -1, T, NaN, T - 1],
      [0, 0, -1, T, 0.5, T], // completed at acceptance is fine: the fault is dueAt
      [0, 0, -1, T, L + 1, NaN],
      [0, 0, -1, T, -L - 1, NaN],
      [2, 0, -1, L, NaN, NaN], // acceptedAt = 8.64e15 is a time: the fault is category
      [2, 0, -1, -L, NaN, NaN],
      [1, 2, -1, T, NaN, NaN], // category 1 is fine: the fault is department 2
      [0, -1, -1, T, NaN, NaN],
      [0, 0, 1, T, NaN, NaN], // department 0 is fine: the fault is streetOffice 1
      [0, 1, -2, T, NaN, NaN],
      [0, 0, -1, L, L, L], // valid, after the period
      [0, 0, -1, -L, -L, NaN], // valid, accepted before the period and still open
      [1, 1, 0, T, NaN, T], // valid: accepted and completed on 2019-01-10
    ];
    const result = tallyColumns(build(rows), { period: '2019-01', by: ['department', 'streetOffice'], onInvalid: 'collect' });
    const at = (i: number, field: string, what: string, got: string) => ({
      index: i,
      line: null,
      id: `r${i}`,
      field,
      message: `tallyColumns requires records[${i}] (id "r${i}") ${field} to be ${what}, got ${got}`,
    });
    expect(result.invalid).toEqual([
      at(0, 'acceptedAt', 'whole epoch milliseconds within the range of a Date (±8.64e15)', '8640000000000001'),
      at(1, 'acceptedAt', 'whole epoch milliseconds within the range of a Date (±8.64e15)', '-8640000000000001'),
      at(2, 'acceptedAt', 'whole epoch milliseconds within the range of a Date (±8.64e15)', '0.5'),
      at(3, 'acceptedAt', 'whole epoch milliseconds within the range of a Date (±8.64e15)', 'NaN'),
      at(4, 'completedAt', 'whole epoch milliseconds within the range of a Date (±8.64e15) or NaN', '8640000000000001'),
      at(5, 'completedAt', 'whole epoch milliseconds within the range of a Date (±8.64e15) or NaN', String(T + 0.5)),
      at(6, 'completedAt', 'at or after acceptedAt', String(T - 1)),
      at(7, 'dueAt', 'whole epoch milliseconds within the range of a Date (±8.64e15) or NaN', '0.5'),
      at(8, 'dueAt', 'whole epoch milliseconds within the range of a Date (±8.64e15) or NaN', '8640000000000001'),
      at(9, 'dueAt', 'whole epoch milliseconds within the range of a Date (±8.64e15) or NaN', '-8640000000000001'),
      at(10, 'category', '0 or 1', '2'),
      at(11, 'category', '0 or 1', '2'),
      at(12, 'department', 'a code below 2', '2'),
      at(13, 'department', 'a code below 2', '-1'),
      at(14, 'streetOffice', '−1 or a code below 1', '1'),
      at(15, 'streetOffice', '−1 or a code below 1', '-2'),
    ]);
    // Row 16 is after 2019-01. Row 17 (A, no street office) is open at its end: in progress 1.
    // Row 18 (B at S) is accepted and completed in it: accepted 1, completed 1 (no due time, so on time).
    expect(result.groups).toEqual([
      { key: { department: 'A', streetOffice: null }, tally: { accepted: 0, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } },
      { key: { department: 'B', streetOffice: 'S' }, tally: { accepted: 1, completed: 1, completedOnTime: 1, due: 0, inProgress: 0 } },
    ]);
  });

  it('names a bad dueAt before a completedAt before acceptedAt, as the record paths do, and refuses 9e15', () => {
    const rows = [
      [0, 0, -1, T, 0.5, T - 1],
      [0, 0, -1, 9e15, NaN, NaN], // a safe integer, but beyond a Date's range
    ];
    const { invalid } = tallyColumns(build(rows), { period: '2019-01', by: [], onInvalid: 'collect' });
    expect(invalid.map((problem) => problem.message)).toEqual([
      'tallyColumns requires records[0] (id "r0") dueAt to be whole epoch milliseconds within the range of a Date (±8.64e15) or NaN, got 0.5',
      'tallyColumns requires records[1] (id "r1") acceptedAt to be whole epoch milliseconds within the range of a Date (±8.64e15), got 9000000000000000',
    ]);
    // the same record through tallyCases names dueAt too
    const record = { id: 'r0', category: 'public_service', departmentId: 'A', acceptedAt: T, dueAt: 0.5, completedAt: T - 1 } as const;
    expect(tallyCases([record], { period: '2019-01', by: [], onInvalid: 'collect' }).invalid[0]?.field).toBe('dueAt');
  });

  it('checks the length, the ids and the dictionaries', () => {
    const good = build([[0, 0, -1, T, NaN, NaN], [0, 1, 0, T, NaN, NaN]]);
    const cases: [Partial<CaseColumns>, Error][] = [
      [{ length: -1 }, new RangeError('tallyColumns requires columns.length to be a non-negative integer, got -1')],
      [{ ids: 'ab' as never }, new TypeError('tallyColumns requires columns.ids to be undefined or an array of length 2, got "ab"')],
      [{ ids: ['a'] }, new TypeError('tallyColumns requires columns.ids to be undefined or an array of length 2, got an array of length 1')],
      [{ departmentIds: [['A']] as never }, new TypeError('tallyColumns requires columns.departmentIds to be an array of non-empty strings, got an array of length 1')],
      [{ streetOfficeIds: 'S' as never }, new TypeError('tallyColumns requires columns.streetOfficeIds to be an array of non-empty strings, got "S"')],
      [{ category: new Uint8Array(3) }, new RangeError('tallyColumns requires columns.category to have length 2, got 3')],
      [{ department: new Float64Array(2) as never }, new TypeError('tallyColumns requires columns.department to be a Int32Array, got an object')],
      [{ completedAt: undefined as never }, new TypeError('tallyColumns requires columns.completedAt to be a Float64Array, got undefined')],
    ];
    for (const [change, error] of cases) {
      expect(() => tallyColumns({ ...good, ...change }, { period: '2019-01', by: [] })).toThrow(error);
    }
    // Without ids, rows are counted all the same: 2 accepted on 2019-01-10, both open at the end.
    expect(tallyColumns({ ...good, ids: undefined } as never, { period: '2019-01', by: [] }).groups).toEqual([
      { key: {}, tally: { accepted: 2, completed: 0, completedOnTime: 0, due: 0, inProgress: 2 } },
    ]);
  });

  it('finds units per row when the department × street office table would be too large', () => {
    // 100000 × (100000 + 1) pairs is far beyond a typed array: units come from the codes of each row.
    const departmentIds = Array.from({ length: 100000 }, (_, i) => `d${i}`);
    const streetOfficeIds = Array.from({ length: 100000 }, (_, i) => `s${i}`);
    const columns = build([[0, 99999, 99998, T, T + 1, T], [1, 5, -1, T, NaN, NaN]], { departmentIds, streetOfficeIds });
    // d5 has one open case; d99999 at s99998 one case completed at acceptance, before its due time.
    expect(tallyColumns(columns, { period: '2019-01', by: ['department', 'streetOffice'] }).groups).toEqual([
      { key: { department: 'd5', streetOffice: null }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } },
      { key: { department: 'd99999', streetOffice: 's99998' }, tally: { accepted: 1, completed: 1, completedOnTime: 1, due: 1, inProgress: 0 } },
    ]);
  });
});
