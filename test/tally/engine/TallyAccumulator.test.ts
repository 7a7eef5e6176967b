import { describe, expect, it } from 'vitest';
import { IdSet } from '../../../src/tally/engine/IdSet.js';
import { readTallyPlan } from '../../../src/tally/engine/readTallyPlan.js';
import { describeShort, problemMessage, TallyAccumulator } from '../../../src/tally/engine/TallyAccumulator.js';
import { createTallier, tallyCases, type CaseRecord, type Period, type TallyGroup, type TallyOptions } from '../../../src/index.js';

/**
 * The groups of `records` counted one record at a time (createTallier) and
 * in blocks (tallyCases): the two paths must agree.
 */
function groupsOf(records: CaseRecord[], options: TallyOptions): TallyGroup[] {
  const tallier = createTallier(options);
  tallier.addMany(records);
  const result = tallier.result();
  expect(tallyCases(records, options)).toEqual(result);
  return result.groups;
}

const tally = (accepted: number, completed: number, completedOnTime: number, due: number, inProgress: number) => ({
  accepted,
  completed,
  completedOnTime,
  due,
  inProgress,
});

// 2019-01 in +08:00 is [2018-12-31T16:00Z, 2019-01-31T16:00Z): START is in it, END is not.
const START = '2019-01-01T00:00:00+08:00';
const END = '2019-02-01T00:00:00+08:00';

describe('TallyAccumulator: events at the ends of the period', () => {
  it('counts an event at the start and none at the end, when the period is one cell', () => {
    const records: CaseRecord[] = [
      // a: accepted at the start (counts); completed and due at the end (do not);
      //    in progress at the end, as accepted < end ≤ completed
      { id: 'a', category: 'public_service', departmentId: 'a', acceptedAt: START, dueAt: END, completedAt: END },
      // b: accepted at the end (not accepted, not in progress); due at the start (due)
      { id: 'b', category: 'public_service', departmentId: 'b', acceptedAt: END, dueAt: START },
      // c: accepted in December, completed at the start: completed, and on time (no deadline)
      { id: 'c', category: 'public_service', departmentId: 'c', acceptedAt: '2018-12-20T09:00:00+08:00', completedAt: START },
      // d: completed exactly at its deadline: on time
      { id: 'd', category: 'public_service', departmentId: 'd', acceptedAt: '2019-01-10T09:00:00+08:00', dueAt: '2019-01-20T17:00:00+08:00', completedAt: '2019-01-20T17:00:00+08:00' },
    ];
    expect(groupsOf(records, { period: '2019-01', by: 'department' })).toEqual([
      { key: { department: 'a' }, tally: tally(1, 0, 0, 0, 1) },
      { key: { department: 'b' }, tally: tally(0, 0, 0, 1, 0) },
      { key: { department: 'c' }, tally: tally(0, 1, 1, 0, 0) },
      { key: { department: 'd' }, tally: tally(1, 1, 1, 1, 0) },
    ]);
  });

  it('counts an event at the start and none at the end, by month', () => {
    // 2019-01 to 2019-03 in +08:00: [START, FEB) [FEB, MAR) [MAR, APR).
    // All 行政许可: a count wrongly put in a fourth month would land in the
    // department's 公共服务 row, the next one, and show as a 公共服务 group.
    const FEB = '2019-02-01T00:00:00+08:00';
    const APR = '2019-04-01T00:00:00+08:00';
    const records: CaseRecord[] = [
      // a: accepted at the start (January); completed and due at the end (not counted);
      //    in progress at the end of each month, as accepted < end(m) ≤ completed
      { id: 'a', category: 'administrative_licensing', departmentId: 'a', acceptedAt: START, dueAt: APR, completedAt: APR },
      // b: accepted at the end (not counted, never in progress); due at the start (January)
      { id: 'b', category: 'administrative_licensing', departmentId: 'b', acceptedAt: APR, dueAt: START },
      // c: accepted in December, completed at the start: completed in January, on time (no deadline)
      { id: 'c', category: 'administrative_licensing', departmentId: 'c', acceptedAt: '2018-12-20T09:00:00+08:00', completedAt: START },
      // d: accepted and due in January, completed (late) at the first instant of February:
      //    in progress at the end of January (accepted < FEB ≤ completed), completed in February
      { id: 'd', category: 'administrative_licensing', departmentId: 'd', acceptedAt: '2019-01-10T09:00:00+08:00', dueAt: '2019-01-20T17:00:00+08:00', completedAt: FEB },
    ];
    const key = (department: string, period: string) => ({ department, category: 'administrative_licensing', period });
    expect(groupsOf(records, { period: { from: '2019-01', to: '2019-03' }, by: ['department', 'category', 'period'] })).toEqual([
      { key: key('a', '2019-01'), tally: tally(1, 0, 0, 0, 1) },
      { key: key('a', '2019-02'), tally: tally(0, 0, 0, 0, 1) },
      { key: key('a', '2019-03'), tally: tally(0, 0, 0, 0, 1) },
      { key: key('b', '2019-01'), tally: tally(0, 0, 0, 1, 0) },
      { key: key('c', '2019-01'), tally: tally(0, 1, 1, 0, 0) },
      { key: key('d', '2019-01'), tally: tally(1, 0, 0, 1, 1) },
      { key: key('d', '2019-02'), tally: tally(0, 1, 0, 0, 0) },
    ]);
  });
});

describe('TallyAccumulator: many groups', () => {
  it('keeps every count when units outgrow the first arrays (100 departments × 2 categories × 12 months)', () => {
    // The arrays first hold 64 units; 100 departments make them grow.
    // Department Dnnn, with m = nnn mod 12 (the month index, 0 = January):
    // - 行政许可: accepted 01-05, due on the 15th and completed (late) on the 20th of month m:
    //   accepted in January, in progress at the end of months 0 … m−1, completed and due in month m;
    // - 公共服务: accepted on the 10th of month m, still open: accepted in month m, in progress at
    //   the end of months m … 11.
    // For example D013 (m = 1): 行政许可 2019-01 {accepted 1, in progress 1}, 2019-02 {completed 1,
    // due 1}; 公共服务 2019-02 {accepted 1, in progress 1}, 2019-03 … 2019-12 {in progress 1}.
    const records: CaseRecord[] = [];
    const expected: TallyGroup[] = [];
    const month = (index: number) => `2019-${String(index + 1).padStart(2, '0')}` as Period;
    for (let n = 0; n < 100; n += 1) {
      const department = `D${String(n).padStart(3, '0')}`;
      const m = n % 12;
      records.push(
        { id: `${department}-L`, category: 'administrative_licensing', departmentId: department, acceptedAt: '2019-01-05T09:00:00+08:00', dueAt: `${month(m)}-15T17:00:00+08:00`, completedAt: `${month(m)}-20T09:00:00+08:00` },
        { id: `${department}-S`, category: 'public_service', departmentId: department, acceptedAt: `${month(m)}-10T09:00:00+08:00` },
      );
      for (let k = 0; k <= m; k += 1) {
        const last = k === m ? 1 : 0;
        expected.push({ key: { department, category: 'administrative_licensing', period: month(k) }, tally: tally(k === 0 ? 1 : 0, last, 0, last, 1 - last) });
      }
      for (let k = m; k < 12; k += 1) {
        expected.push({ key: { department, category: 'public_service', period: month(k) }, tally: tally(k === m ? 1 : 0, 0, 0, 0, 1) });
      }
    }
    expect(expected).toHaveLength(1300);
    expect(groupsOf(records, { period: { from: '2019-01', to: '2019-12' }, by: ['department', 'category', 'period'] })).toEqual(expected);
  });

  it('has room for one unit with a long range by category', () => {
    // One unit (by: no department): 2 categories × 12 months. The 公共服务 December cell is its last.
    const records: CaseRecord[] = [
      { id: 'x', category: 'public_service', departmentId: 'A', acceptedAt: '2019-12-02T09:00:00+08:00', dueAt: '2019-12-10T17:00:00+08:00', completedAt: '2019-12-05T09:00:00+08:00' },
    ];
    expect(groupsOf(records, { period: { from: '2019-01', to: '2019-12' }, by: ['category', 'period'] })).toEqual([
      { key: { category: 'public_service', period: '2019-12' }, tally: tally(1, 1, 1, 1, 0) },
    ]);
  });

  it('gives exactly one group per unit when the first arrays are full (64 departments)', () => {
    // One record per department, accepted in January: 64 groups {accepted 1, in progress 1}.
    const departments = Array.from({ length: 64 }, (_, n) => `D${String(n).padStart(2, '0')}`);
    const records: CaseRecord[] = departments.map((department) => ({ id: department, category: 'public_service', departmentId: department, acceptedAt: '2019-01-05T09:00:00+08:00' }));
    expect(groupsOf(records, { period: '2019-01', by: 'department' })).toEqual(
      departments.map((department) => ({ key: { department }, tally: tally(1, 0, 0, 0, 1) })),
    );
  });
});

describe('TallyAccumulator.result', () => {
  it('returns a copy of the invalid records, which later records do not change', () => {
    const tallier = createTallier({ period: '2019-01', by: [], onInvalid: 'collect' });
    tallier.add({ id: 'a', category: 'public_service', departmentId: 'A', acceptedAt: START });
    const before = tallier.result();
    tallier.add(42);
    expect(before).toEqual({ groups: [{ key: {}, tally: tally(1, 0, 0, 0, 1) }], invalid: [], excluded: [] });
    expect(tallier.result().invalid).toEqual([
      { index: 1, line: null, id: null, field: null, message: 'Tallier.add requires records[1] to be an object, got 42' },
    ]);
  });
});

describe('TallyAccumulator.addRecord', () => {
  it('checks for duplicate ids only the records that touch the period, and says which it counted', () => {
    // Each record is followed by a copy with the same id. 2019-01 is [START, END).
    const pairs = [
      // wholly in December (accepted, completed, due): outside, its copy is no duplicate
      { id: 'dec', category: 'public_service', departmentId: 'A', acceptedAt: '2018-12-01T09:00:00+08:00', dueAt: '2018-12-10T17:00:00+08:00', completedAt: '2018-12-02T09:00:00+08:00' },
      // accepted at the end, open, no deadline: outside
      { id: 'end', category: 'public_service', departmentId: 'A', acceptedAt: END },
      // accepted at the end, due at the end: outside
      { id: 'end-due', category: 'public_service', departmentId: 'A', acceptedAt: END, dueAt: END },
      // completed at the start: inside (completed in January), its copy is a duplicate
      { id: 'done', category: 'public_service', departmentId: 'A', acceptedAt: '2018-12-01T09:00:00+08:00', completedAt: START },
      // completed in December, due at the start: inside (due in January)
      { id: 'due', category: 'public_service', departmentId: 'A', acceptedAt: '2018-12-01T09:00:00+08:00', dueAt: START, completedAt: '2018-12-02T09:00:00+08:00' },
    ];
    const records = pairs.flatMap((record) => [record, { ...record }]);
    const accumulator = new TallyAccumulator(readTallyPlan('tallyCases', { period: '2019-01', by: [], onInvalid: 'collect' }));
    accumulator.seenIds = new IdSet((index) => (records[index] as { id: string }).id, 16);
    // true: the record is valid (counted, or outside the period); false: rejected
    expect(records.map((record) => accumulator.addRecord(record, null, 'tallyCases'))).toEqual([
      true, true, true, true, true, true, true, false, true, false,
    ]);
    const duplicate = (index: number, id: string) => ({
      index,
      line: null,
      id,
      field: 'id',
      message: `tallyCases requires records[${index}] (id "${id}") id to be unique (it is a duplicate id), got "${id}"`,
    });
    // done: completed 1, on time (no deadline); due: due 1 (completed before the period)
    expect(accumulator.result()).toEqual({
      groups: [{ key: {}, tally: tally(0, 1, 1, 1, 0) }],
      invalid: [duplicate(7, 'done'), duplicate(9, 'due')],
      excluded: [],
    });
  });
});

describe('problemMessage and describeShort', () => {
  it('names the id and the line, separated by a comma', () => {
    expect(problemMessage('feedNdjson', 3, 4, 'x', 'acceptedAt', 'a time', 'soon')).toBe(
      'feedNdjson requires records[3] (id "x", line 4) acceptedAt to be a time, got "soon"',
    );
  });

  it('cuts a string longer than 80 characters to its first 80 and an ellipsis', () => {
    const eighty = '0123456789'.repeat(8);
    expect(describeShort(eighty)).toBe(`"${eighty}"`);
    expect(describeShort(`${eighty}X`)).toBe(`"${eighty}"…`);
    expect(problemMessage('Tallier.add', 0, null, `${eighty}Y`, 'departmentId', 'a non-empty string', `${eighty}Z`)).toBe(
      `Tallier.add requires records[0] (id "${eighty}"…) departmentId to be a non-empty string, got "${eighty}"…`,
    );
  });
});
