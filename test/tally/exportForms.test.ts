import { describe, expect, it } from 'vitest';
import { type CaseRecord, createTallier, InvalidRecordError, tallyCases } from '../../src/index.js';

// Records as approval systems export them: wall-clock times (Beijing time), 事项类型 codes and
// names, 办件状态. Figures worked out by hand for January 2019 at UTC+8.
const records: CaseRecord[] = [
  // a: accepted 01-05 09:30, completed 01-06 (a day alone: the end of that day), due 01-10: on time
  { id: 'a', itemTypeCode: '行政许可', departmentId: '区人社局', acceptedAt: '2019/1/5 9:30', completedAt: '2019-01-06', dueAt: '2019-01-10', status: '已办结' },
  // b: a 事项类型 code as Excel leaves it (7 = 行政确认, 公共服务), open
  { id: 'b', itemTypeCode: '7', departmentId: '区人社局', acceptedAt: '2019-01-31 23:59:59', status: '在办' },
  // c: accepted at 2019-02-01 00:00 Beijing time: February, not January
  { id: 'c', category: '公共服务', departmentId: '区人社局', acceptedAt: '2019-02-01 00:00:00' },
  // d, e: never taken in (不予受理) and withdrawn (撤回): not 受理, counted apart
  { id: 'd', category: '行政许可', departmentId: '区人社局', acceptedAt: '2019-01-07 10:00', status: '不予受理' },
  { id: 'e', itemTypeCode: 20, departmentId: '区人社局', acceptedAt: '2019-01-08', status: '撤回' },
  // f: completed at 01-20 18:00, due by the end of 01-20 (a day alone): on time
  { id: 'f', category: 'public_service', departmentId: '区卫健局', acceptedAt: '2019-01-15', completedAt: '2019-01-20 18:00', dueAt: '2019-01-20' },
  // g: completed 01-21 00:00, one day late against a deadline of 01-20
  { id: 'g', category: 'public_service', departmentId: '区卫健局', acceptedAt: '2019-01-15', completedAt: '2019-01-21 00:00', dueAt: '2019-01-20' },
];

describe('tallies of records written as exports write them', () => {
  it('reads wall-clock times at the stated offset, 事项类型 names and codes, and sets excluded statuses apart', () => {
    const result = tallyCases(records, { period: '2019-01', by: ['department', 'category'], wallClockOffsetMinutes: 480 });
    expect(result.groups).toEqual([
      // a: 行政许可, accepted and completed on time; due 01-10 in January
      { key: { department: '区人社局', category: 'administrative_licensing' }, tally: { accepted: 1, completed: 1, completedOnTime: 1, due: 1, inProgress: 0 } },
      // b: 行政确认 is 公共服务; open at the end of January (c is February's)
      { key: { department: '区人社局', category: 'public_service' }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } },
      // f on time, g late; both due 01-20
      { key: { department: '区卫健局', category: 'public_service' }, tally: { accepted: 2, completed: 2, completedOnTime: 1, due: 2, inProgress: 0 } },
    ]);
    expect(result.excluded).toEqual([
      { status: '不予受理', count: 1 },
      { status: '撤回', count: 1 },
    ]);
    expect(result.invalid).toEqual([]);
  });

  it('gives the streaming tallier the same result', () => {
    const tallier = createTallier({ period: '2019-01', by: ['department', 'category'], wallClockOffsetMinutes: 480 });
    tallier.addMany(records);
    expect(tallier.result()).toEqual(tallyCases(records, { period: '2019-01', by: ['department', 'category'], wallClockOffsetMinutes: 480 }));
  });

  it('refuses wall-clock times when no offset is stated, as before', () => {
    const result = tallyCases(records, { period: '2019-01', by: [], onInvalid: 'collect' });
    expect(result.invalid.map((problem) => problem.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(result.invalid[0]?.message).toBe(
      'tallyCases requires records[0] (id "a") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got "2019/1/5 9:30"',
    );
  });

  it('names the forms it takes when a wall-clock time is impossible', () => {
    expect(() => tallyCases([{ ...records[0]!, acceptedAt: '2019-02-29 09:30' }], { period: '2019-01', by: [], wallClockOffsetMinutes: 480 })).toThrow(
      new InvalidRecordError({
        index: 0,
        line: null,
        id: 'a',
        field: 'acceptedAt',
        message:
          'tallyCases requires records[0] (id "a") acceptedAt to be an ISO 8601 time, a wall-clock time (2019-01-05 09:30:00, 2019/1/5 9:30, 2019-01-05) or whole epoch milliseconds within the range of a Date (±8.64e15), got "2019-02-29 09:30"',
      }),
    );
  });

  it('takes local statuses from the statuses option, and refuses statuses outside the table', () => {
    const archived: CaseRecord = { id: 'h', category: 'public_service', departmentId: 'D', acceptedAt: '2019-01-05T09:30:00+08:00', completedAt: '2019-01-06T09:30:00+08:00', status: '已归档' };
    expect(() => tallyCases([archived], { period: '2019-01', by: [] })).toThrow(/status to be a 办件状态 of the table \(open, 在办, .*作废\), got "已归档"$/);
    const result = tallyCases([archived], { period: '2019-01', by: [], statuses: { 已归档: 'completed' } });
    expect(result.groups[0]?.tally).toEqual({ accepted: 1, completed: 1, completedOnTime: 1, due: 0, inProgress: 0 });
    expect(() => tallyCases([archived], { period: '2019-01', by: [], statuses: { 已归档: 'done' as never } })).toThrow(
      new RangeError(`tallyCases requires statuses["已归档"] to be one of 'open', 'completed', 'excluded', got "done"`),
    );
  });

  it('refuses a status that contradicts the times', () => {
    const result = tallyCases(
      [
        { id: 'x', category: 'public_service', departmentId: 'D', acceptedAt: '2019-01-05T09:30:00+08:00', status: '已办结' },
        { id: 'y', category: 'public_service', departmentId: 'D', acceptedAt: '2019-01-05T09:30:00+08:00', completedAt: '2019-01-06T09:30:00+08:00', status: '办理中' },
      ],
      { period: '2019-01', by: [], onInvalid: 'collect' },
    );
    expect(result.invalid.map((problem) => [problem.id, problem.field])).toEqual([
      ['x', 'completedAt'],
      ['y', 'completedAt'],
    ]);
    expect(result.groups).toEqual([]);
  });

  it('checks wallClockOffsetMinutes as it checks utcOffsetMinutes', () => {
    expect(() => tallyCases([], { period: '2019-01', by: [], wallClockOffsetMinutes: '+08:00' as never })).toThrow(
      new TypeError('tallyCases requires wallClockOffsetMinutes to be a number, got "+08:00"'),
    );
    expect(() => tallyCases([], { period: '2019-01', by: [], wallClockOffsetMinutes: 841 })).toThrow(
      new RangeError('tallyCases requires wallClockOffsetMinutes to be an integer from -720 to 840, got 841'),
    );
  });
});
