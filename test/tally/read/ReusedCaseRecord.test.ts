import { describe, expect, it } from 'vitest';
import { CASE_RECORD_FIELDS } from '../../../src/models/caseRecordFields.js';
import { ReusedCaseRecord } from '../../../src/tally/read/ReusedCaseRecord.js';

describe('ReusedCaseRecord', () => {
  it('sets each field by its index in CASE_RECORD_FIELDS', () => {
    const record = new ReusedCaseRecord();
    CASE_RECORD_FIELDS.forEach((field, index) => {
      record.set(index, index);
      expect((record as unknown as Record<string, unknown>)[field]).toBe(index);
    });
    expect(Object.keys(record)).toEqual([...CASE_RECORD_FIELDS]);
  });
});
