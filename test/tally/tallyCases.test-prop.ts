import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createTallier, tallyCases, type TallyOptions } from '../../src/index.js';
import { caseRecords } from './arbitraries.js';

// tallyCases checks and counts records in one written-out loop; the streaming
// tallier takes each record through the general path. On any mix of valid and
// invalid records they must count the same groups and report the same records
// for the same reasons (the messages differ only in the function's name).

/** Bad values, and valid times before every generated acceptedAt (so a completedAt set to one is before its acceptedAt). */
const BAD_VALUES = ['', 'x', 1.5, Number.NaN, -1e16, null, {}, [], '2019-13-01T00:00:00Z', '2019-01-05T09:30:00', '12', 0, '2018-10-01T00:00:00+08:00'];
const FIELDS = ['id', 'category', 'itemTypeCode', 'departmentId', 'streetOfficeId', 'acceptedAt', 'dueAt', 'completedAt'];

/** The records, some with one field set to a bad value, left out, or the record replaced by a non-object. */
const mixedRecords = caseRecords.chain((records) =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constant(null) },
        { weight: 2, arbitrary: fc.record({ field: fc.constantFrom(...FIELDS), value: fc.constantFrom(...BAD_VALUES, undefined) }) },
        { weight: 1, arbitrary: fc.record({ field: fc.constant('itemTypeCode'), value: fc.constantFrom('01', '02', '20', '11') }) },
        { weight: 1, arbitrary: fc.constantFrom({ whole: null }, { whole: 42 }, { whole: [] }) },
      ),
      { minLength: records.length, maxLength: records.length },
    )
    .map((changes) =>
      records.map((record, index): unknown => {
        const change = changes[index];
        if (change === null || change === undefined) return record;
        if ('whole' in change) return change.whole;
        const copy: Record<string, unknown> = { ...record };
        if (change.value === undefined) delete copy[change.field];
        else copy[change.field] = change.value;
        return copy;
      }),
    ),
);

const optionsList: TallyOptions[] = [
  { period: '2019-01', by: ['department', 'category'] },
  { period: '2019-01', by: 'streetOffice', missingStreetOffice: 'omit' },
  { period: { from: '2018-12', to: '2019-02' }, by: ['period', 'streetOffice'] },
];

describe('tallyCases on valid and invalid records', () => {
  test.prop([mixedRecords, fc.constantFrom(...optionsList)], { numRuns: 300 })(
    'counts and reports as the streaming tallier does',
    (records, options) => {
      const collected = { ...options, onInvalid: 'collect' } as const;
      const fast = tallyCases(records as never[], { ...collected, checkDuplicateIds: false });
      const tallier = createTallier(collected);
      tallier.addMany(records as never[]);
      const slow = tallier.result();
      expect(fast.groups).toEqual(slow.groups);
      expect(fast.invalid).toEqual(
        slow.invalid.map((problem) => ({ ...problem, message: problem.message.replace(/^Tallier\.addMany/, 'tallyCases') })),
      );
    },
  );

  test.prop([mixedRecords], { numRuns: 200 })('throws for the first invalid record that the tallier reports', (records) => {
    const options = { period: '2019-01', by: 'department' } as const;
    const tallier = createTallier({ ...options, onInvalid: 'collect' });
    tallier.addMany(records as never[]);
    const first = tallier.result().invalid[0];
    if (first === undefined) {
      expect(() => tallyCases(records as never[], { ...options, checkDuplicateIds: false })).not.toThrow();
    } else {
      expect(() => tallyCases(records as never[], { ...options, checkDuplicateIds: false })).toThrow(
        first.message.replace(/^Tallier\.addMany/, 'tallyCases'),
      );
    }
  });
});
