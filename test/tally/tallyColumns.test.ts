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

  it('throws for an invalid record', () => {
    expect(() => toColumns([{ ...january[0]!, acceptedAt: '2019-01-05' }])).toThrow(
      new InvalidRecordError({
        index: 0,
        line: null,
        id: 'r1',
        field: 'acceptedAt',
        message: 'toColumns requires records[0] (id "r1") acceptedAt to be an ISO 8601 time with an offset or epoch milliseconds, got "2019-01-05"',
      }),
    );
    expect(() => toColumns(3 as never)).toThrow(new TypeError('toColumns requires records to be an iterable, got 3'));
  });
});

describe('tallyColumns', () => {
  it('gives the tallyCases result for every grouping', () => {
    const columns = toColumns(january);
    expect(tallyColumns(columns, { period: '2019-01', by: 'department' })).toEqual({ groups: januaryByDepartment, invalid: [] });
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
