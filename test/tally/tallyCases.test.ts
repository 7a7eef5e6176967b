import { describe, expect, it } from 'vitest';
import { CaseRecordSchema, createTallier, InvalidRecordError, tallyCases, toColumns, type CaseRecord } from '../../src/index.js';
import { january, januaryByDepartment } from './fixture.js';

const record = (fields: Partial<Record<keyof CaseRecord, unknown>>): CaseRecord =>
  ({ id: 'x', category: 'public_service', departmentId: 'D', acceptedAt: '2019-01-05T09:30:00+08:00', ...fields }) as CaseRecord;

// What the messages list as accepted (the tables in src/models/itemTypeCodes.ts and caseStatuses.ts)
const NAMES = '行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力, 公共服务';
const CATEGORY_FORMS = `'administrative_licensing' or 'public_service', a 事项类型 name (${NAMES}), or absent beside an itemTypeCode`;
const ITEM_FORMS = `a 事项类型 code (01–10, 20; 1–9 as Excel leaves them) or name (${NAMES})`;
const STATUS_NAMES = 'open, 在办, 办理中, 已受理, 受理, 审批中, 审核中, 补正中, 挂起, 暂停, 特别程序, completed, 已办结, 办结, 已完成, 完成, excluded, 不予受理, 退件, 退回, 撤件, 撤回, 作废';

describe('tallyCases', () => {
  it('counts accepted, completed, on time, due and in progress per department', () => {
    expect(tallyCases(january, { period: '2019-01', by: 'department' })).toEqual({
      groups: januaryByDepartment,
      invalid: [],
      excluded: [],
    });
  });

  it('gives one group with every count for by: []', () => {
    // A + B: accepted 2+3, completed 2+2, on time 1+2, due 2+1, in progress 1+2
    expect(tallyCases(january, { period: '2019-01', by: [] }).groups).toEqual([
      { key: {}, tally: { accepted: 5, completed: 4, completedOnTime: 3, due: 3, inProgress: 3 } },
    ]);
  });

  it('cuts months at UTC+8 by default and at another fixed offset on request', () => {
    // In UTC, r4 (2019-01-31T16:00Z) is in January: accepted 6, and r4 joins in progress
    // (r3, r4, r7, r8 open at 2019-02-01T00:00Z).
    expect(tallyCases(january, { period: '2019-01', by: [], utcOffsetMinutes: 0 }).groups[0]?.tally).toEqual({
      accepted: 6,
      completed: 4,
      completedOnTime: 3,
      due: 3,
      inProgress: 4,
    });
  });

  it('groups by category, 行政许可 first', () => {
    // 行政许可: accepted r3 r8; completed none; due none (r3 in Feb, r7 in Nov); in progress r3 r7 r8
    // 公共服务: accepted r1 r5 r6; completed r1 r2 r5 r6; on time r1 r5 r6; due r1 r2 r6; in progress none
    expect(tallyCases(january, { period: '2019-01', by: 'category' }).groups).toEqual([
      { key: { category: 'administrative_licensing' }, tally: { accepted: 2, completed: 0, completedOnTime: 0, due: 0, inProgress: 3 } },
      { key: { category: 'public_service' }, tally: { accepted: 3, completed: 4, completedOnTime: 3, due: 3, inProgress: 0 } },
    ]);
  });

  it('puts records with no street office in the group null, last, or leaves them out', () => {
    // S1: r1 r3 (r4 is February); S2: r5 r8; none: r2 r6 r7
    const s1 = { key: { streetOffice: 'S1' }, tally: { accepted: 2, completed: 1, completedOnTime: 1, due: 1, inProgress: 1 } };
    const s2 = { key: { streetOffice: 'S2' }, tally: { accepted: 2, completed: 1, completedOnTime: 1, due: 0, inProgress: 1 } };
    const none = { key: { streetOffice: null }, tally: { accepted: 1, completed: 2, completedOnTime: 1, due: 2, inProgress: 1 } };
    expect(tallyCases(january, { period: '2019-01', by: 'streetOffice' }).groups).toEqual([s1, s2, none]);
    expect(tallyCases(january, { period: '2019-01', by: 'streetOffice', missingStreetOffice: 'omit' }).groups).toEqual([s1, s2]);
  });

  it('groups by department × street office with keys in the order of by', () => {
    const groups = tallyCases(january, { period: '2019-01', by: ['streetOffice', 'department'] }).groups;
    expect(groups.map((group) => group.key)).toEqual([
      { streetOffice: 'S1', department: 'A' },
      { streetOffice: 'S2', department: 'B' },
      { streetOffice: null, department: 'A' },
      { streetOffice: null, department: 'B' },
    ]);
    expect(Object.keys(groups[0]?.key ?? {})).toEqual(['streetOffice', 'department']);
  });

  it("with 'period', counts each event in its month and in progress at each month's end", () => {
    // 2018-12: accepted r2; in progress at its end r2 r7
    // 2019-01: as by: []
    // 2019-02: accepted r4; completed r8 (no deadline: on time); due r3; in progress r3 r4 r7
    expect(tallyCases(january, { period: { from: '2018-12', to: '2019-02' }, by: 'period' }).groups).toEqual([
      { key: { period: '2018-12' }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 2 } },
      { key: { period: '2019-01' }, tally: { accepted: 5, completed: 4, completedOnTime: 3, due: 3, inProgress: 3 } },
      { key: { period: '2019-02' }, tally: { accepted: 1, completed: 1, completedOnTime: 1, due: 1, inProgress: 3 } },
    ]);
  });

  it('without period in by, counts a range as one period, in progress at its end', () => {
    // accepted 1+5+1, completed 0+4+1, on time 0+3+1, due 0+3+1; open at the end of February: r3 r4 r7
    expect(tallyCases(january, { period: { from: '2018-12', to: '2019-02' }, by: [] }).groups).toEqual([
      { key: {}, tally: { accepted: 7, completed: 5, completedOnTime: 4, due: 4, inProgress: 3 } },
    ]);
  });

  it('leaves out groups whose counts are all zero and returns [] for no records', () => {
    expect(tallyCases(january, { period: '2019-01', by: 'department' }).groups.map((g) => g.key.department)).not.toContain('C');
    expect(tallyCases([], { period: '2019-01', by: 'department' })).toEqual({ groups: [], invalid: [], excluded: [] });
  });

  it('takes ids like __proto__ and constructor as ordinary keys', () => {
    const records = [
      record({ id: '1', departmentId: '__proto__' }),
      record({ id: '2', departmentId: 'constructor' }),
      record({ id: '3', departmentId: '__proto__', streetOfficeId: 'hasOwnProperty' }),
    ];
    const groups = tallyCases(records, { period: '2019-01', by: ['department', 'streetOffice'] }).groups;
    // '_' (0x5F) sorts before 'c' (0x63); null street office last within a department
    expect(groups.map((group) => [group.key.department, group.key.streetOffice, group.tally.accepted])).toEqual([
      ['__proto__', 'hasOwnProperty', 1],
      ['__proto__', null, 1],
      ['constructor', null, 1],
    ]);
  });

  it('accepts any iterable and gives the same result as an array', () => {
    function* generate() {
      yield* january;
    }
    expect(tallyCases(generate(), { period: '2019-01', by: 'department' }).groups).toEqual(januaryByDepartment);
  });

  it('throws InvalidRecordError for the first invalid record, with index, id and field', () => {
    const records = [...january, record({ id: 'bad', completedAt: '2019-01-01T08:00:00+08:00' })];
    let caught: unknown;
    try {
      tallyCases(records, { period: '2019-01', by: [] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidRecordError);
    expect(caught).toMatchObject({ index: 10, id: 'bad', field: 'completedAt', line: null });
    expect((caught as Error).message).toBe(
      'tallyCases requires records[10] (id "bad") completedAt to be at or after acceptedAt, got "2019-01-01T08:00:00+08:00"',
    );
  });

  it.each([
    [record({ category: 'licensing' }), 'category', `tallyCases requires records[0] (id "x") category to be ${CATEGORY_FORMS}, got "licensing"`],
    [record({ acceptedAt: '2019-01-05 09:30:00' }), 'acceptedAt', 'tallyCases requires records[0] (id "x") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got "2019-01-05 09:30:00"'],
    [record({ acceptedAt: '2019-02-29T09:30:00+08:00' }), 'acceptedAt', 'tallyCases requires records[0] (id "x") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got "2019-02-29T09:30:00+08:00"'],
    [record({ acceptedAt: 1.5 }), 'acceptedAt', 'tallyCases requires records[0] (id "x") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got 1.5'],
    [record({ dueAt: 'soon' }), 'dueAt', 'tallyCases requires records[0] (id "x") dueAt to be an ISO 8601 time with an offset, whole epoch milliseconds within the range of a Date (±8.64e15) or null, got "soon"'],
    [record({ completedAt: Number.NaN }), 'completedAt', 'tallyCases requires records[0] (id "x") completedAt to be an ISO 8601 time with an offset, whole epoch milliseconds within the range of a Date (±8.64e15) or null, got NaN'],
    [record({ id: '' }), 'id', 'tallyCases requires records[0] id to be a non-empty string, got ""'],
    [record({ departmentId: 7 }), 'departmentId', 'tallyCases requires records[0] (id "x") departmentId to be a non-empty string, got 7'],
    [record({ streetOfficeId: '' }), 'streetOfficeId', 'tallyCases requires records[0] (id "x") streetOfficeId to be a non-empty string or null, got ""'],
    [record({ itemTypeCode: '11' }), 'itemTypeCode', `tallyCases requires records[0] (id "x") itemTypeCode to be ${ITEM_FORMS}, got "11"`],
    [record({ itemTypeCode: '01' }), 'itemTypeCode', `tallyCases requires records[0] (id "x") itemTypeCode to be a code of category 'public_service' (01 is 行政许可, the others 公共服务), got "01"`],
    [null as unknown as CaseRecord, null, 'tallyCases requires records[0] to be an object, got null'],
    [record({ id: 7 }), 'id', 'tallyCases requires records[0] id to be a non-empty string, got 7'],
    [record({ category: undefined }), 'category', `tallyCases requires records[0] (id "x") category to be ${CATEGORY_FORMS}, got nothing (the field is absent)`],
    [record({ departmentId: '' }), 'departmentId', 'tallyCases requires records[0] (id "x") departmentId to be a non-empty string, got ""'],
    [record({ streetOfficeId: 7 }), 'streetOfficeId', 'tallyCases requires records[0] (id "x") streetOfficeId to be a non-empty string or null, got 7'],
    // 20 is the code 20 written as a number; 20.5 and 0 are no code
    [record({ itemTypeCode: 20.5 }), 'itemTypeCode', `tallyCases requires records[0] (id "x") itemTypeCode to be ${ITEM_FORMS}, got 20.5`],
    [record({ itemTypeCode: 0 }), 'itemTypeCode', `tallyCases requires records[0] (id "x") itemTypeCode to be ${ITEM_FORMS}, got 0`],
    [record({ itemTypeCode: '' }), 'itemTypeCode', `tallyCases requires records[0] (id "x") itemTypeCode to be ${ITEM_FORMS}, got ""`],
    // A 事项类型 name as the category implies its code: 行政确认 is 07, not 01
    [record({ category: '行政确认', itemTypeCode: '01' }), 'itemTypeCode', `tallyCases requires records[0] (id "x") itemTypeCode to be a code of category '行政确认' (01 is 行政许可, the others 公共服务), got "01"`],
    [record({ status: '已退回' }), 'status', `tallyCases requires records[0] (id "x") status to be a 办件状态 of the table (${STATUS_NAMES}), got "已退回"`],
    [record({ status: 7 }), 'status', `tallyCases requires records[0] (id "x") status to be a 办件状态 of the table (${STATUS_NAMES}), got 7`],
    [record({ status: '已办结' }), 'completedAt', 'tallyCases requires records[0] (id "x") completedAt to be a time: the status says the case is completed (办结), got nothing (the field is absent)'],
    [record({ status: '在办', completedAt: 1546651800000 }), 'completedAt', 'tallyCases requires records[0] (id "x") completedAt to be absent: the status says the case is still open (在办), got 1546651800000'],
    [record({ itemName: '' }), 'itemName', 'tallyCases requires records[0] (id "x") itemName to be a non-empty string or null, got ""'],
    [record({ category: 'administrative_licensing', itemTypeCode: '20' }), 'itemTypeCode', `tallyCases requires records[0] (id "x") itemTypeCode to be a code of category 'administrative_licensing' (01 is 行政许可, the others 公共服务), got "20"`],
    [record({ acceptedAt: undefined }), 'acceptedAt', 'tallyCases requires records[0] (id "x") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got nothing (the field is absent)'],
    [record({ acceptedAt: null }), 'acceptedAt', 'tallyCases requires records[0] (id "x") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got null'],
    // One millisecond past either end of a Date's range (±8.64e15 ms)
    [record({ acceptedAt: 8.64e15 + 1 }), 'acceptedAt', 'tallyCases requires records[0] (id "x") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got 8640000000000001'],
    [record({ acceptedAt: -8.64e15 - 1 }), 'acceptedAt', 'tallyCases requires records[0] (id "x") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got -8640000000000001'],
    [record({ dueAt: 8.64e15 + 1 }), 'dueAt', 'tallyCases requires records[0] (id "x") dueAt to be an ISO 8601 time with an offset, whole epoch milliseconds within the range of a Date (±8.64e15) or null, got 8640000000000001'],
    [record({ dueAt: 1546651800000.5 }), 'dueAt', 'tallyCases requires records[0] (id "x") dueAt to be an ISO 8601 time with an offset, whole epoch milliseconds within the range of a Date (±8.64e15) or null, got 1546651800000.5'],
    [record({ completedAt: -8.64e15 - 1 }), 'completedAt', 'tallyCases requires records[0] (id "x") completedAt to be an ISO 8601 time with an offset, whole epoch milliseconds within the range of a Date (±8.64e15) or null, got -8640000000000001'],
    [record({ completedAt: '' }), 'completedAt', 'tallyCases requires records[0] (id "x") completedAt to be an ISO 8601 time with an offset, whole epoch milliseconds within the range of a Date (±8.64e15) or null, got ""'],
    // 2019-01-05T09:30:00+08:00 = 1546651800000 ms; one millisecond earlier is before acceptedAt
    [record({ completedAt: 1546651799999 }), 'completedAt', 'tallyCases requires records[0] (id "x") completedAt to be at or after acceptedAt, got 1546651799999'],
    [[] as unknown as CaseRecord, null, 'tallyCases requires records[0] to be an object, got an array of length 0'],
    // 9e15 is a safe integer but beyond a Date's range, so no time
    [record({ acceptedAt: 9e15 }), 'acceptedAt', 'tallyCases requires records[0] (id "x") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got 9000000000000000'],
    ['x' as unknown as CaseRecord, null, 'tallyCases requires records[0] to be an object, got "x"'],
  ])('rejects a bad record: %o', (bad, field, message) => {
    let caught: unknown;
    try {
      tallyCases([bad], { period: '2019-01', by: [] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidRecordError);
    expect(caught).toMatchObject({ index: 0, field, message });
  });

  it('refuses an array that carries record fields, as the tallier and toColumns do', () => {
    // Object.assign([], record) is an array of length 0 with the fields id, category, …: no record
    const bad = Object.assign([], record({ id: 'a' })) as unknown as CaseRecord;
    const message = (fn: string) => `${fn} requires records[1] (id "a") to be an object, got an array of length 0`;
    const problem = { index: 1, line: null, id: 'a', field: null };
    const records = [record({ id: 'ok' }), bad];
    expect(tallyCases(records, { period: '2019-01', by: [], onInvalid: 'collect' })).toEqual({
      groups: [{ key: {}, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } }],
      invalid: [{ ...problem, message: message('tallyCases') }],
      excluded: [],
    });
    expect(() => tallyCases(records, { period: '2019-01', by: [] })).toThrow(new InvalidRecordError({ ...problem, message: message('tallyCases') }));
    const tallier = createTallier({ period: '2019-01', by: [], onInvalid: 'collect' });
    tallier.addMany(records);
    expect(tallier.result().invalid).toEqual([{ ...problem, message: message('Tallier.addMany') }]);
    expect(() => toColumns(records)).toThrow(new InvalidRecordError({ ...problem, message: message('toColumns') }));
  });

  it('takes epoch milliseconds exactly where CaseRecordSchema does: whole, within a Date\'s range', () => {
    // ±8.64e15 is the range of a Date; 9e15 and 2**53 − 1 are safe integers beyond it
    for (const [time, valid] of [[8.64e15, true], [-8.64e15, true], [0, true], [-0, true], [8.64e15 + 1, false], [9e15, false], [2 ** 53 - 1, false], [0.5, false]] as const) {
      const bad = record({ acceptedAt: time });
      expect(CaseRecordSchema.safeParse(bad).success, String(time)).toBe(valid);
      expect(tallyCases([bad], { period: '2019-01', by: [], onInvalid: 'collect' }).invalid.length, String(time)).toBe(valid ? 0 : 1);
    }
  });

  it('reads no id from a record that is not an object, even a function with an id', () => {
    const bad = Object.assign(() => 0, record({ id: 'f' }));
    const result = tallyCases([bad], { period: '2019-01', by: [], onInvalid: 'collect' });
    expect(result.invalid).toEqual([
      { index: 0, line: null, id: null, field: null, message: 'tallyCases requires records[0] to be an object, got a function' },
    ]);
  });

  it('takes times at either end of a Date\'s range (±8.64e15 ms)', () => {
    // Accepted at the earliest time a Date holds, due at the latest, still open: in progress at the end of January
    const edge = record({ acceptedAt: -8.64e15, dueAt: 8.64e15 });
    expect(tallyCases([edge], { period: '2019-01', by: [] }).groups).toEqual([
      { key: {}, tally: { accepted: 0, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } },
    ]);
  });

  it('rejects a duplicate id among the records that count, and counts the first copy', () => {
    const records = [record({ id: 'a' }), record({ id: 'b' }), record({ id: 'a', departmentId: 'E' })];
    expect(() => tallyCases(records, { period: '2019-01', by: [] })).toThrow(
      'tallyCases requires records[2] (id "a") id to be unique (it is a duplicate id), got "a"',
    );
    const result = tallyCases(records, { period: '2019-01', by: 'department', onInvalid: 'collect' });
    expect(result.groups).toEqual([{ key: { department: 'D' }, tally: { accepted: 2, completed: 0, completedOnTime: 0, due: 0, inProgress: 2 } }]);
    expect(result.invalid).toEqual([
      { index: 2, line: null, id: 'a', field: 'id', message: 'tallyCases requires records[2] (id "a") id to be unique (it is a duplicate id), got "a"' },
    ]);
    // checkDuplicateIds: false counts both copies: 3 accepted
    expect(tallyCases(records, { period: '2019-01', by: [], checkDuplicateIds: false }).groups[0]?.tally.accepted).toBe(3);
  });

  it('collects every invalid record with onInvalid: collect and still counts the valid ones', () => {
    const records = [record({ category: 'x' }), ...january, record({ id: 'late', acceptedAt: 'never' })];
    const result = tallyCases(records, { period: '2019-01', by: 'department', onInvalid: 'collect' });
    expect(result.groups).toEqual(januaryByDepartment);
    expect(result.invalid.map((problem) => [problem.index, problem.id, problem.field])).toEqual([
      [0, 'x', 'category'],
      [11, 'late', 'acceptedAt'],
    ]);
  });

  it('checks its options', () => {
    expect(() => tallyCases(january, { period: '2019-1' as never, by: [] })).toThrow(
      new RangeError('tallyCases requires period to be a month written YYYY-MM, got "2019-1"'),
    );
    expect(() => tallyCases(january, { period: 201901 as never, by: [] })).toThrow(
      new TypeError("tallyCases requires period to be a month 'YYYY-MM' or { from, to }, got 201901"),
    );
    expect(() => tallyCases(january, { period: { from: '2019-03', to: '2019-01' }, by: [] })).toThrow(
      new RangeError('tallyCases requires period.to to be from period.from up to 1200 months later, got "2019-01"'),
    );
    expect(() => tallyCases(january, { period: '2019-01', by: 'month' as never })).toThrow(
      new RangeError("tallyCases requires by to be one of 'department', 'category', 'streetOffice', 'period', got \"month\""),
    );
    expect(() => tallyCases(january, { period: '2019-01', by: ['category', 'category'] })).toThrow(
      new RangeError('tallyCases requires by to name each dimension once, got "category" twice'),
    );
    expect(() => tallyCases(january, { period: '2019-01', by: [], utcOffsetMinutes: 480.5 })).toThrow(
      new RangeError('tallyCases requires utcOffsetMinutes to be an integer from -720 to 840, got 480.5'),
    );
    expect(() => tallyCases(january, { period: '2019-01', by: [], onInvalid: 'skip' as never })).toThrow(
      new RangeError("tallyCases requires onInvalid to be one of 'throw', 'collect', got \"skip\""),
    );
    expect(() => tallyCases(january, { period: '2019-01', by: [], missingStreetOffice: 'drop' as never })).toThrow(
      new RangeError("tallyCases requires missingStreetOffice to be one of 'group', 'omit', got \"drop\""),
    );
    expect(() => tallyCases(january, { period: '2019-01', by: [], checkDuplicateIds: 'yes' as never })).toThrow(
      new TypeError('tallyCases requires checkDuplicateIds to be a boolean, got "yes"'),
    );
    expect(() => tallyCases(january, null as never)).toThrow(new TypeError('tallyCases requires options to be an object, got null'));
    expect(() => tallyCases(42 as never, { period: '2019-01', by: [] })).toThrow(
      new TypeError('tallyCases requires records to be an iterable, got 42'),
    );
    expect(() => tallyCases(null as never, { period: '2019-01', by: [] })).toThrow(
      new TypeError('tallyCases requires records to be an iterable, got null'),
    );
    expect(() => tallyCases(undefined as never, { period: '2019-01', by: [] })).toThrow(
      new TypeError('tallyCases requires records to be an iterable, got undefined'),
    );
  });
});
