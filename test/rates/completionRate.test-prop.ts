import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { completionRate } from '../../src/rates/completionRate.js';
import { count } from '../support/arbitraries.js';
import { expectClean } from '../support/expectClean.js';

describe('completionRate (办结率), for any counts', () => {
  test.prop([count(), count()], { numRuns: 500 })('is completed / accepted, exactly', (accepted, completed) => {
    const rate = completionRate({ accepted, completed });
    expect(rate.numerator).toBe(completed);
    expect(rate.denominator).toBe(accepted);
    expect(rate.value).toBe(accepted === 0 ? null : completed / accepted);
  });

  test.prop([count(), count()], { numRuns: 500 })(
    'is never negative, and has no value exactly when nothing was accepted',
    (accepted, completed) => {
      const { value } = completionRate({ accepted, completed });
      expect(value === null).toBe(accepted === 0);
      if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
    },
  );

  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.nat({ max: 1_000_000 })], { numRuns: 300 })(
    'is at most 1 when nothing is carried over (completed ≤ accepted)',
    (accepted, completedBelow) => {
      const completed = Math.min(completedBelow, accepted);
      const { value } = completionRate({ accepted, completed });
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    },
  );

  test.prop([count(), count()], { numRuns: 300 })(
    'returns no NaN, Infinity or undefined, and leaves its input alone',
    (accepted, completed) => {
      const input = Object.freeze({ accepted, completed });
      const rate = completionRate(input);
      expectClean(rate, accepted === 0 ? ['value'] : []);
      expect(input).toEqual({ accepted, completed });
    },
  );
});
