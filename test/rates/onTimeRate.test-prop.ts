import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { onTimeRate } from '../../src/rates/onTimeRate.js';
import { count, partOfWhole } from '../support/arbitraries.js';
import { expectClean } from '../support/expectClean.js';

describe('onTimeRate (按时办结率), for any counts', () => {
  test.prop([partOfWhole()], { numRuns: 500 })(
    "stays within [0, 1] on the basis 'completed', with no value when nothing was completed",
    ([completedOnTime, completed]) => {
      const rate = onTimeRate({ completed, completedOnTime });
      expect(rate).toMatchObject({ numerator: completedOnTime, denominator: completed, basis: 'completed' });
      expect(rate.value === null).toBe(completed === 0);
      if (rate.value !== null) {
        expect(rate.value).toBeGreaterThanOrEqual(0);
        expect(rate.value).toBeLessThanOrEqual(1);
      }
      expectClean(rate, completed === 0 ? ['value'] : []);
    },
  );

  test.prop([partOfWhole(), count()], { numRuns: 500 })(
    "is completedOnTime / due on the basis 'due', never negative",
    ([completedOnTime, completed], due) => {
      const rate = onTimeRate({ completed, completedOnTime, due }, { basis: 'due' });
      expect(rate).toMatchObject({ numerator: completedOnTime, denominator: due, basis: 'due' });
      expect(rate.value).toBe(due === 0 ? null : completedOnTime / due);
      if (rate.value !== null) expect(rate.value).toBeGreaterThanOrEqual(0);
      expectClean(rate, due === 0 ? ['value'] : []);
    },
  );

  test.prop([partOfWhole(), count()], { numRuns: 300 })(
    "ignores due on the basis 'completed'",
    ([completedOnTime, completed], due) => {
      expect(onTimeRate({ completed, completedOnTime, due })).toEqual(onTimeRate({ completed, completedOnTime }));
    },
  );

  test.prop([partOfWhole().filter(([part, whole]) => part < whole)], { numRuns: 300 })(
    'rejects more cases on time than completed',
    ([completed, completedOnTime]) => {
      expect(() => onTimeRate({ completed, completedOnTime })).toThrow(
        new RangeError(`onTimeRate requires completedOnTime (${completedOnTime}) to be at most completed (${completed})`),
      );
    },
  );

  test.prop([partOfWhole(), fc.constantFrom('completed' as const, 'due' as const)], { numRuns: 200 })(
    'says which basis it used',
    ([completedOnTime, completed], basis) => {
      expect(onTimeRate({ completed, completedOnTime, due: completed }, { basis }).basis).toBe(basis);
    },
  );
});
