import { describe, expect, it } from 'vitest';
import { CaseRecordSchema } from '../../src/index.js';
import { january } from '../tally/fixture.js';

const valid = { id: 'WH-1', category: 'public_service', departmentId: '区人社局', acceptedAt: '2019-01-05T09:30:00+08:00' };

describe('CaseRecordSchema', () => {
  it('accepts every record of the January fixture', () => {
    for (const record of january) expect(CaseRecordSchema.safeParse(record).success).toBe(true);
  });

  it('rejects a departmentId that is no string but has a length, without throwing', () => {
    // zod ran the length check of min(1) on { length: Symbol() } and converted the Symbol: this threw
    const result = CaseRecordSchema.safeParse({ ...valid, departmentId: { length: Symbol('n') } });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['departmentId'], 'Invalid input: expected string, received object']]);
  });

  it('takes 承诺时限 and 法定时限 as exports write them, and refuses other text', () => {
    for (const limit of ['15个工作日', '15工作日', ' １５个工作日 ', '20天', '20日', '3个自然日', '48小时', '即办', '即时办结', '15', 15, 0, null]) {
      expect(CaseRecordSchema.safeParse({ ...valid, timeLimit: limit, statutoryTimeLimit: limit }).success).toBe(true);
    }
    for (const limit of ['两周', '', '十五个工作日', -1, 1.5, true]) {
      const result = CaseRecordSchema.safeParse({ ...valid, timeLimit: limit });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['timeLimit']);
    }
  });

  it('accepts a case completed at the very moment it was accepted', () => {
    // 09:30 +08:00 is 01:30Z: completedAt = acceptedAt, which is not "before".
    expect(CaseRecordSchema.safeParse({ ...valid, completedAt: '2019-01-05T01:30:00Z' }).success).toBe(true);
  });

  it.each([
    [
      'a time without an offset',
      { ...valid, acceptedAt: '2019-01-05 09:30:00' },
      'acceptedAt',
      'a timestamp is ISO 8601 with an offset (2019-01-05T09:30:00+08:00, …Z) or whole epoch milliseconds within the range of a Date (±8.64e15)',
    ],
    [
      'completedAt one second before acceptedAt',
      { ...valid, completedAt: '2019-01-05T09:29:59+08:00' },
      'completedAt',
      'completedAt (办结时间) cannot be before acceptedAt (受理时间)',
    ],
    [
      'itemTypeCode 01 (行政许可) on a 公共服务 case',
      { ...valid, itemTypeCode: '01' },
      'itemTypeCode',
      'itemTypeCode (事项类型) must agree with category: 01 is 行政许可, the others 公共服务',
    ],
  ])('names the field and the rule for %s', (_, record, field, message) => {
    const result = CaseRecordSchema.safeParse(record);
    expect(result.error?.issues.map(({ path, message: text }) => ({ path, message: text }))).toEqual([{ path: [field], message }]);
  });

  it.each([
    ['a bucket name as category', { ...valid, category: '公共服务' }],
    ['a 事项类型 name as category', { ...valid, category: '行政确认' }],
    ['a code alone, category from it', { ...valid, category: undefined, itemTypeCode: '01' }],
    ['a code as Excel leaves it', { ...valid, itemTypeCode: '7' }],
    ['a code as a number', { ...valid, itemTypeCode: 20 }],
    ['a 事项类型 name as itemTypeCode', { ...valid, category: undefined, itemTypeCode: '行政给付' }],
    ['a status and an item name', { ...valid, status: '在办', itemName: '城乡居民养老保险参保登记' }],
  ])('accepts the forms exports write: %s', (_, record) => {
    expect(CaseRecordSchema.safeParse(record).success).toBe(true);
  });

  it('accepts epoch milliseconds and null for an open case or a 即办件', () => {
    expect(CaseRecordSchema.safeParse({ ...valid, acceptedAt: 1546651800000, completedAt: null, dueAt: null }).success).toBe(true);
  });

  it.each([
    ['a time without an offset', { ...valid, acceptedAt: '2019-01-05 09:30:00' }],
    ['fractional epoch milliseconds', { ...valid, acceptedAt: 1.5 }],
    ['completedAt before acceptedAt', { ...valid, completedAt: '2019-01-05T09:29:59+08:00' }],
    ['an unknown category', { ...valid, category: 'licensing' }],
    ['no category and no itemTypeCode', { ...valid, category: undefined }],
    ['an unknown itemTypeCode', { ...valid, itemTypeCode: '11' }],
    ['a 事项类型 name as category that disagrees with the code', { ...valid, category: '行政确认', itemTypeCode: '20' }],
    ['an empty status', { ...valid, status: '' }],
    ['an itemTypeCode of the other category', { ...valid, itemTypeCode: '01' }],
    ['an empty id', { ...valid, id: '' }],
    ['an unknown field', { ...valid, extra: 1 }],
  ])('rejects %s', (_, record) => {
    expect(CaseRecordSchema.safeParse(record).success).toBe(false);
  });
});
