import { describe, expect, it } from 'vitest';
import { CaseRecordSchema } from '../../src/index.js';
import { january } from '../tally/fixture.js';

const valid = { id: 'WH-1', category: 'public_service', departmentId: '区人社局', acceptedAt: '2019-01-05T09:30:00+08:00' };

describe('CaseRecordSchema', () => {
  it('accepts every record of the January fixture', () => {
    for (const record of january) expect(CaseRecordSchema.safeParse(record).success).toBe(true);
  });

  it('accepts epoch milliseconds and null for an open case or a 即办件', () => {
    expect(CaseRecordSchema.safeParse({ ...valid, acceptedAt: 1546651800000, completedAt: null, dueAt: null }).success).toBe(true);
  });

  it.each([
    ['a time without an offset', { ...valid, acceptedAt: '2019-01-05 09:30:00' }],
    ['fractional epoch milliseconds', { ...valid, acceptedAt: 1.5 }],
    ['completedAt before acceptedAt', { ...valid, completedAt: '2019-01-05T09:29:59+08:00' }],
    ['an unknown category', { ...valid, category: '公共服务' }],
    ['an itemTypeCode of the other category', { ...valid, itemTypeCode: '01' }],
    ['an empty id', { ...valid, id: '' }],
    ['an unknown field', { ...valid, extra: 1 }],
  ])('rejects %s', (_, record) => {
    expect(CaseRecordSchema.safeParse(record).success).toBe(false);
  });
});
