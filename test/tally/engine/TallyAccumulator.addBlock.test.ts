import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tallyCases, type CaseRecord } from '../../../src/index.js';
import { keepShapes, TallyAccumulator } from '../../../src/tally/engine/TallyAccumulator.js';

// The period 2019-01 at UTC+8 (the default) is [START, END):
// START = 2019-01-01T00:00+08:00 = 2018-12-31T16:00Z = Date.UTC(2018, 11, 31, 16) = 1546272000000
// END   = 2019-02-01T00:00+08:00 = 2019-01-31T16:00Z = Date.UTC(2019, 0, 31, 16)  = 1548950400000
const START = 1546272000000;
const END = 1548950400000;
const DAY = 86_400_000;
// 2019-01-05T09:30:00+08:00 = Date.UTC(2019, 0, 5, 1, 30) = 1546651800000
const NINE_THIRTY = 1546651800000;

const record = (fields: Partial<Record<keyof CaseRecord, unknown>>): CaseRecord =>
  ({ id: 'x', category: 'public_service', departmentId: 'D', acceptedAt: NINE_THIRTY, ...fields }) as CaseRecord;

// addBlock is the fast path of tallyCases: it counts a valid record itself and
// hands a record that fails any check to addRecord, which finds the problem again
// and reports it. These tests watch which records take the slow path.
describe('TallyAccumulator.addBlock', () => {
  beforeAll(() => {
    // The shape keeper adds its own records through addRecord, once per process:
    // let it do so before any spy is set.
    keepShapes();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Valid records of every shape. By category × street office (行政许可 first, null last):
  // 行政许可 / S:    v4 accepted 01-05, open: accepted 1, in progress 1; v7 (at +8.64e15) touches nothing
  // 行政许可 / null: v2 accepted 01-10, due 01-20, completed 01-25 (late): accepted, completed, due 1 each
  // 公共服务 / S:    v1 accepted 01-05, completed 01-06, due 01-07 (on time); v5 completed the ms it was
  //                  accepted, no deadline (on time): accepted 2, completed 2, on time 2, due 1;
  //                  v6 (at −8.64e15) touches nothing
  // 公共服务 / null: v3 accepted 01-12, completedAt and dueAt null: accepted 1, in progress 1
  const valid: CaseRecord[] = [
    record({ id: 'v1', itemTypeCode: '07', streetOfficeId: 'S', acceptedAt: NINE_THIRTY, dueAt: NINE_THIRTY + 2 * DAY, completedAt: NINE_THIRTY + DAY }),
    record({
      id: 'v2',
      category: 'administrative_licensing',
      itemTypeCode: '01',
      streetOfficeId: null,
      acceptedAt: '2019-01-10T09:00:00+08:00',
      dueAt: '2019-01-20T17:00:00+08:00',
      completedAt: '2019-01-25T09:00:00+08:00',
    }),
    record({ id: 'v3', acceptedAt: '2019-01-12T09:00:00+08:00', dueAt: null, completedAt: null }),
    record({ id: 'v4', category: 'administrative_licensing', streetOfficeId: 'S' }),
    record({ id: 'v5', streetOfficeId: 'S', completedAt: NINE_THIRTY }),
    record({ id: 'v6', streetOfficeId: 'S', acceptedAt: -8.64e15, completedAt: -8.64e15, dueAt: -8.64e15 }),
    record({ id: 'v7', category: 'administrative_licensing', streetOfficeId: 'S', acceptedAt: 8.64e15, completedAt: 8.64e15, dueAt: 8.64e15 }),
  ];
  const validGroups = [
    { key: { category: 'administrative_licensing', streetOffice: 'S' }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } },
    { key: { category: 'administrative_licensing', streetOffice: null }, tally: { accepted: 1, completed: 1, completedOnTime: 0, due: 1, inProgress: 0 } },
    { key: { category: 'public_service', streetOffice: 'S' }, tally: { accepted: 2, completed: 2, completedOnTime: 2, due: 1, inProgress: 0 } },
    { key: { category: 'public_service', streetOffice: null }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } },
  ];

  it('counts valid records of every shape itself, without addRecord', () => {
    const addRecord = vi.spyOn(TallyAccumulator.prototype, 'addRecord');
    expect(tallyCases(valid, { period: '2019-01', by: ['category', 'streetOffice'] })).toEqual({ groups: validGroups, invalid: [], excluded: [] });
    expect(tallyCases(valid, { period: '2019-01', by: ['category', 'streetOffice'], checkDuplicateIds: false })).toEqual({
      groups: validGroups,
      invalid: [],
      excluded: [],
    });
    expect(addRecord).not.toHaveBeenCalled();
  });

  it('counts each valid record on its own without addRecord', () => {
    // One at a time, so that a check that wrongly refuses one shape shows which
    const addRecord = vi.spyOn(TallyAccumulator.prototype, 'addRecord');
    for (const one of valid) {
      expect(tallyCases([one], { period: '2019-01', by: [] }).invalid).toEqual([]);
      expect(addRecord, `record ${one.id}`).not.toHaveBeenCalled();
    }
  });

  const message = (index: number, id: string | null, field: string | null, what: string, got: string): string =>
    `tallyCases requires records[${index}]${id === null ? '' : ` (id "${id}")`}${field === null ? '' : ` ${field}`} to be ${what}, got ${got}`;
  const ANY_TIME = 'an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15)';
  const OPTIONAL_TIME = 'an ISO 8601 time with an offset, whole epoch milliseconds within the range of a Date (±8.64e15) or null';

  // records[0] is valid (accepted 01-05, open: accepted 1, in progress 1); each of the others fails one check.
  const bad: [record: unknown, id: string | null, field: string | null, what: string, got: string][] = [
    [null, null, null, 'an object', 'null'],
    ['x', null, null, 'an object', '"x"'],
    [[], null, null, 'an object', 'an array of length 0'],
    [record({ id: '' }), null, 'id', 'a non-empty string', '""'],
    [record({ id: 7 }), null, 'id', 'a non-empty string', '7'],
    [record({ id: 'category', category: 'licensing' }), 'category', 'category', "'administrative_licensing' or 'public_service', a 事项类型 name (行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力, 公共服务), or absent beside an itemTypeCode", '"licensing"'],
    [record({ id: 'department empty', departmentId: '' }), 'department empty', 'departmentId', 'a non-empty string', '""'],
    [record({ id: 'department 7', departmentId: 7 }), 'department 7', 'departmentId', 'a non-empty string', '7'],
    [record({ id: 'street empty', streetOfficeId: '' }), 'street empty', 'streetOfficeId', 'a non-empty string or null', '""'],
    [record({ id: 'street 7', streetOfficeId: 7 }), 'street 7', 'streetOfficeId', 'a non-empty string or null', '7'],
    [record({ id: 'item 11', itemTypeCode: '11' }), 'item 11', 'itemTypeCode', 'a 事项类型 code (01–10, 20; 1–9 as Excel leaves them) or name (行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力, 公共服务)', '"11"'],
    [
      record({ id: 'item 01', itemTypeCode: '01' }),
      'item 01',
      'itemTypeCode',
      "a code of category 'public_service' (01 is 行政许可, the others 公共服务)",
      '"01"',
    ],
    [record({ id: 'accepted .5', acceptedAt: NINE_THIRTY + 0.5 }), 'accepted .5', 'acceptedAt', ANY_TIME, '1546651800000.5'],
    [record({ id: 'accepted max+1', acceptedAt: 8.64e15 + 1 }), 'accepted max+1', 'acceptedAt', ANY_TIME, '8640000000000001'],
    [record({ id: 'accepted min-1', acceptedAt: -8.64e15 - 1 }), 'accepted min-1', 'acceptedAt', ANY_TIME, '-8640000000000001'],
    [record({ id: 'accepted NaN', acceptedAt: Number.NaN }), 'accepted NaN', 'acceptedAt', ANY_TIME, 'NaN'],
    [record({ id: 'accepted Infinity', acceptedAt: Number.POSITIVE_INFINITY }), 'accepted Infinity', 'acceptedAt', ANY_TIME, 'Infinity'],
    [record({ id: 'accepted text', acceptedAt: '2019-01-05 09:30:00' }), 'accepted text', 'acceptedAt', ANY_TIME, '"2019-01-05 09:30:00"'],
    [record({ id: 'accepted null', acceptedAt: null }), 'accepted null', 'acceptedAt', ANY_TIME, 'null'],
    // Completed times after acceptedAt, so that only the time check can refuse them
    [record({ id: 'completed .5', completedAt: NINE_THIRTY + 0.5 }), 'completed .5', 'completedAt', OPTIONAL_TIME, '1546651800000.5'],
    [record({ id: 'completed max+1', completedAt: 8.64e15 + 1 }), 'completed max+1', 'completedAt', OPTIONAL_TIME, '8640000000000001'],
    [record({ id: 'completed Infinity', completedAt: Number.POSITIVE_INFINITY }), 'completed Infinity', 'completedAt', OPTIONAL_TIME, 'Infinity'],
    [record({ id: 'completed min-1', completedAt: -8.64e15 - 1 }), 'completed min-1', 'completedAt', OPTIONAL_TIME, '-8640000000000001'],
    [record({ id: 'completed NaN', completedAt: Number.NaN }), 'completed NaN', 'completedAt', OPTIONAL_TIME, 'NaN'],
    [record({ id: 'completed text', completedAt: 'soon' }), 'completed text', 'completedAt', OPTIONAL_TIME, '"soon"'],
    [record({ id: 'completed true', completedAt: true }), 'completed true', 'completedAt', OPTIONAL_TIME, 'true'],
    // One millisecond before acceptedAt (1546651800000)
    [record({ id: 'completed early', completedAt: NINE_THIRTY - 1 }), 'completed early', 'completedAt', 'at or after acceptedAt', '1546651799999'],
    [record({ id: 'due .5', dueAt: NINE_THIRTY + 0.5 }), 'due .5', 'dueAt', OPTIONAL_TIME, '1546651800000.5'],
    [record({ id: 'due max+1', dueAt: 8.64e15 + 1 }), 'due max+1', 'dueAt', OPTIONAL_TIME, '8640000000000001'],
    [record({ id: 'due min-1', dueAt: -8.64e15 - 1 }), 'due min-1', 'dueAt', OPTIONAL_TIME, '-8640000000000001'],
    [record({ id: 'due Infinity', dueAt: Number.POSITIVE_INFINITY }), 'due Infinity', 'dueAt', OPTIONAL_TIME, 'Infinity'],
    [record({ id: 'due text', dueAt: 'soon' }), 'due text', 'dueAt', OPTIONAL_TIME, '"soon"'],
    [record({ id: 'due true', dueAt: true }), 'due true', 'dueAt', OPTIONAL_TIME, 'true'],
    // The id of records[0]
    [record({ id: 'first' }), 'first', 'id', 'unique (it is a duplicate id)', '"first"'],
  ];

  it('hands each invalid record to addRecord once, which reports it', () => {
    const records = [record({ id: 'first' }), ...bad.map(([one]) => one)] as CaseRecord[];
    const addRecord = vi.spyOn(TallyAccumulator.prototype, 'addRecord');
    const result = tallyCases(records, { period: '2019-01', by: [], onInvalid: 'collect' });
    expect(result).toEqual({
      groups: [{ key: {}, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } }],
      invalid: bad.map(([, id, field, what, got], at) => ({
        index: at + 1,
        line: null,
        id,
        field,
        message: message(at + 1, id, field, what, got),
      })),
      excluded: [],
    });
    expect(addRecord.mock.calls).toEqual(bad.map(([one]) => [one, null, 'tallyCases']));
  });

  // A valid record is counted (and its id checked) only when it touches the period:
  // accepted before END and completed at or after START (open in the period), or due in [START, END).
  // So two records with one id are duplicates only when both touch it.
  it('does not take two records with one id that lie just outside the period for duplicates', () => {
    const outside = [
      // accepted exactly at END, still open, no deadline
      record({ id: 'o1', acceptedAt: END }),
      // completed one ms before START
      record({ id: 'o2', acceptedAt: START - DAY, completedAt: START - 1 }),
      // accepted at END, due exactly at END
      record({ id: 'o3', acceptedAt: END, dueAt: END }),
      // completed before START, due one ms before START
      record({ id: 'o4', acceptedAt: START - 2 * DAY, completedAt: START - DAY, dueAt: START - 1 }),
    ];
    const twice = outside.flatMap((one) => [one, { ...one }]);
    // A second copy taken for a duplicate would go to addRecord, which leaves it out again
    // (it checks the period first): so watch addRecord as well as the result.
    const addRecord = vi.spyOn(TallyAccumulator.prototype, 'addRecord');
    expect(tallyCases(twice, { period: '2019-01', by: [], onInvalid: 'collect' })).toEqual({ groups: [], invalid: [], excluded: [] });
    expect(addRecord).not.toHaveBeenCalled();
  });

  it('takes two records with one id that lie just inside the period for duplicates', () => {
    const inside = [
      // accepted one ms before END, still open: accepted 1, in progress 1
      record({ id: 'i1', acceptedAt: END - 1 }),
      // completed exactly at START, no deadline: completed 1, on time 1
      record({ id: 'i2', acceptedAt: START - DAY, completedAt: START }),
      // completed before START, due exactly at START: due 1
      record({ id: 'i3', acceptedAt: START - 2 * DAY, completedAt: START - DAY, dueAt: START }),
      // accepted at END, due one ms before END: due 1
      record({ id: 'i4', acceptedAt: END, dueAt: END - 1 }),
    ];
    const twice = inside.flatMap((one) => [one, { ...one }]);
    expect(tallyCases(twice, { period: '2019-01', by: [], onInvalid: 'collect' })).toEqual({
      groups: [{ key: {}, tally: { accepted: 1, completed: 1, completedOnTime: 1, due: 2, inProgress: 1 } }],
      // The second copy of each, at indices 1, 3, 5, 7
      invalid: inside.map(({ id }, at) => ({
        index: 2 * at + 1,
        line: null,
        id,
        field: 'id',
        message: `tallyCases requires records[${2 * at + 1}] (id "${id}") id to be unique (it is a duplicate id), got "${id}"`,
      })),
      excluded: [],
    });
  });

  it("does not count a record with no street office under missingStreetOffice: 'omit'", () => {
    // Unit 0 is street office S; the records with streetOfficeId null or absent have no unit (-1) and never reach count.
    const count = vi.spyOn(TallyAccumulator.prototype, 'count');
    const records = [record({ id: 'a', streetOfficeId: 'S' }), record({ id: 'b', streetOfficeId: null }), record({ id: 'c' })];
    expect(tallyCases(records, { period: '2019-01', by: 'streetOffice', missingStreetOffice: 'omit' }).groups).toEqual([
      { key: { streetOffice: 'S' }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } },
    ]);
    // count(unit 0, 公共服务 = 1, accepted, open: Infinity, no deadline: Infinity)
    expect(count.mock.calls).toEqual([[0, 1, NINE_THIRTY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]]);
  });
});
