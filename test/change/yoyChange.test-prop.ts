import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { momChange } from '../../src/change/momChange.js';
import { yoyChange } from '../../src/change/yoyChange.js';
import { count } from '../support/arbitraries.js';
import { expectClean } from '../support/expectClean.js';

// yoyChange and momChange share one definition (国家统计局): both are checked.
describe.each([
  ['yoyChange (同比)', yoyChange],
  ['momChange (环比)', momChange],
] as const)('%s, for any two counts', (_name, change) => {
  test.prop([count(), count()], { numRuns: 500 })('has difference = current − previous, exactly', (current, previous) => {
    const result = change(current, previous);
    expect(result.current).toBe(current);
    expect(result.previous).toBe(previous);
    expect(result.difference).toBe(current - previous);
    // Both counts are safe integers, so the difference is exact: it adds back.
    expect(result.previous + result.difference).toBe(current);
  });

  test.prop([count(), count()], { numRuns: 500 })('has direction = the sign of the difference', (current, previous) => {
    const { direction, difference } = change(current, previous);
    expect(direction).toBe({ [1]: 'up', [-1]: 'down', [0]: 'flat' }[Math.sign(difference)]);
  });

  test.prop([count(), count()], { numRuns: 500 })(
    'has a rate difference / previous, with no value exactly when previous = 0',
    (current, previous) => {
      const { rate, difference } = change(current, previous);
      expect(rate.numerator).toBe(difference);
      expect(rate.denominator).toBe(previous);
      expect(rate.value === null).toBe(previous === 0);
      if (rate.value !== null) {
        expect(rate.value).toBe(difference / previous);
        expect(rate.value).toBeGreaterThanOrEqual(-1);
      }
    },
  );

  test.prop([count()], { numRuns: 200 })('is flat for equal counts', (same) => {
    expect(change(same, same)).toMatchObject({ difference: 0, direction: 'flat' });
  });

  test.prop([count(), count()], { numRuns: 300 })('returns no NaN, Infinity or undefined', (current, previous) => {
    expectClean(change(current, previous), previous === 0 ? ['rate.value'] : []);
  });
});

describe('yoyChange and momChange', () => {
  test.prop([count(), count()], { numRuns: 200 })('give the same figures', (current, previous) => {
    expect(yoyChange(current, previous)).toEqual(momChange(current, previous));
  });

  test.prop([fc.nat({ max: 1000 }), fc.integer({ min: 1, max: 1000 })], { numRuns: 200 })(
    'never fall below −100 %: a count cannot fall below zero',
    (current, previous) => {
      expect(yoyChange(current, previous).rate.value).toBeGreaterThanOrEqual(-1);
    },
  );
});
