import { describe, expect, it } from 'vitest';
import { DEFAULT_RECORD_RULES, readCaseRecord, RecordFields } from '../../../src/tally/read/readCaseRecord.js';

// 2019-01-05T09:30:00+08:00 = Date.UTC(2019, 0, 5, 1, 30) = 1546651800000
const NINE_THIRTY = 1546651800000;

describe('RecordFields', () => {
  it('starts with no times and no problem', () => {
    expect({ ...new RecordFields() }).toEqual({
      id: null,
      categoryIndex: 0,
      accepted: Number.NaN,
      completed: Number.POSITIVE_INFINITY,
      due: Number.POSITIVE_INFINITY,
      itemTypeCode: null,
      field: null,
      expected: '',
      value: undefined,
      limitKind: 0,
      limitAmount: 0,
      limitUnit: 'working-days',
      limitField: 'timeLimit',
      rules: DEFAULT_RECORD_RULES,
    });
  });
});

describe('readCaseRecord', () => {
  const base = { id: 'x', category: 'public_service', departmentId: 'D', acceptedAt: '2019-01-05T09:30:00+08:00' };

  it('reads the category index and the times of a valid record; completedAt may equal acceptedAt (a 即办件)', () => {
    const out = new RecordFields();
    expect(readCaseRecord({ ...base, completedAt: NINE_THIRTY, dueAt: null }, out)).toBe(true);
    expect([out.categoryIndex, out.accepted, out.completed, out.due]).toEqual([1, NINE_THIRTY, NINE_THIRTY, Number.POSITIVE_INFINITY]);
    expect(readCaseRecord({ ...base, category: 'administrative_licensing', acceptedAt: -8.64e15, dueAt: 8.64e15 }, out)).toBe(true);
    expect([out.categoryIndex, out.accepted, out.completed, out.due]).toEqual([0, -8.64e15, Number.POSITIVE_INFINITY, 8.64e15]);
  });

  it('describes the first problem: id, field, what was expected and the value', () => {
    const out = new RecordFields();
    expect(readCaseRecord({ ...base, completedAt: NINE_THIRTY - 1 }, out)).toBe(false);
    expect([out.id, out.field, out.expected, out.value]).toEqual(['x', 'completedAt', 'at or after acceptedAt', NINE_THIRTY - 1]);
    expect(readCaseRecord({ ...base, id: 3, departmentId: '' }, out)).toBe(false);
    expect([out.id, out.field, out.expected, out.value]).toEqual([null, 'id', 'a non-empty string', 3]);
  });

  it('reads no id from a record that is not an object, even a function with an id', () => {
    const out = new RecordFields();
    const record = Object.assign(() => 0, { ...base });
    expect(readCaseRecord(record, out)).toBe(false);
    expect([out.id, out.field, out.expected, out.value]).toEqual([null, null, 'an object', record]);
  });
});
