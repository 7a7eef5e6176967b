import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CaseTallySchema } from '../../src/models/CaseTallySchema.js';
import { completionRate } from '../../src/rates/completionRate.js';
import { onTimeRate } from '../../src/rates/onTimeRate.js';
import { count, partOfWhole } from '../support/arbitraries.js';

// The schema checks data where it enters; the pure functions check their own
// preconditions. The two must agree, or data that passed the schema could
// still throw inside a report.
describe('CaseTallySchema, for any counts', () => {
  test.prop([count(), partOfWhole(), fc.option(count(), { nil: undefined })], { numRuns: 500 })(
    'accepts every tally the rates accept, and the rates accept every tally it passes',
    (accepted, [completedOnTime, completed], due) => {
      const tally = { accepted, completed, completedOnTime, ...(due === undefined ? {} : { due }) };
      const parsed = CaseTallySchema.parse(tally);
      expect(parsed).toEqual(tally);
      expect(() => completionRate(parsed)).not.toThrow();
      expect(() => onTimeRate({ completed, completedOnTime, due })).not.toThrow();
    },
  );

  test.prop([partOfWhole().filter(([part, whole]) => part < whole), count()], { numRuns: 300 })(
    'rejects more cases on time than completed, as onTimeRate does',
    ([completed, completedOnTime], accepted) => {
      expect(CaseTallySchema.safeParse({ accepted, completed, completedOnTime }).success).toBe(false);
      expect(() => onTimeRate({ completed, completedOnTime })).toThrow(RangeError);
    },
  );

  test.prop(
    [fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.constant(2 ** 53), fc.constant(Number.NaN))],
    { numRuns: 300 },
  )('rejects any count that is not a non-negative safe integer, as completionRate does', (bad) => {
    expect(CaseTallySchema.safeParse({ accepted: bad, completed: 0 }).success).toBe(false);
    expect(() => completionRate({ accepted: bad, completed: 0 })).toThrow(RangeError);
  });
});
