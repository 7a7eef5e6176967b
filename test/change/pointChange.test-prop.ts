import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { pointChange } from '../../src/change/pointChange.js';
import type { Ratio } from '../../src/rates/Ratio.js';
import { ratio } from '../support/arbitraries.js';
import { expectClean } from '../support/expectClean.js';

const opposite = { up: 'down', down: 'up', flat: 'flat' } as const;

/** The exact sign of a/b − c/d, as a reference: cross-multiplied in BigInt. */
function referenceDirection(current: Ratio, previous: Ratio): 'up' | 'down' | 'flat' {
  const left = BigInt(current.numerator) * BigInt(previous.denominator);
  const right = BigInt(previous.numerator) * BigInt(current.denominator);
  return left > right ? 'up' : left < right ? 'down' : 'flat';
}

const withValue = (): fc.Arbitrary<Ratio> => ratio().filter((r) => r.denominator > 0);

describe('pointChange (百分点), for any two rates', () => {
  test.prop([ratio(), ratio()], { numRuns: 500 })('is antisymmetric: swapping the rates negates it', (a, b) => {
    const forward = pointChange(a, b);
    const backward = pointChange(b, a);
    if (forward.points === null || forward.direction === null) {
      expect(backward).toMatchObject({ points: null, direction: null });
    } else {
      expect(forward.points + (backward.points ?? Number.NaN)).toBe(0);
      expect(backward.direction).toBe(opposite[forward.direction]);
    }
  });

  test.prop([withValue(), withValue()], { numRuns: 500 })(
    'decides its direction exactly, as cross-multiplication does',
    (current, previous) => {
      expect(pointChange(current, previous).direction).toBe(referenceDirection(current, previous));
    },
  );

  test.prop([withValue(), fc.integer({ min: 1, max: 1000 })], { numRuns: 300 })(
    'is flat between equal rates written with different counts (a/b and ka/kb)',
    (rate, k) => {
      const scaled = { numerator: rate.numerator * k, denominator: rate.denominator * k, value: rate.value };
      fc.pre(Number.isSafeInteger(scaled.numerator) && Number.isSafeInteger(scaled.denominator));
      expect(pointChange(scaled, rate)).toMatchObject({ points: 0, direction: 'flat' });
    },
  );

  test.prop([ratio(), ratio()], { numRuns: 500 })(
    'has no points and no direction exactly when either rate has no value',
    (current, previous) => {
      const result = pointChange(current, previous);
      const absent = current.denominator === 0 || previous.denominator === 0;
      expect(result.points === null).toBe(absent);
      expect(result.direction === null).toBe(absent);
      expectClean(result, absent ? ['points', 'direction', 'current.value', 'previous.value'] : []);
    },
  );

  test.prop([fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 })], {
    numRuns: 300,
  })('is 100 × the difference of the two rates, for rates over one denominator', (a, c, d) => {
    // a/d − c/d in points is 100 (a − c) / d: the float may differ in the last bit only.
    const result = pointChange({ numerator: a, denominator: d, value: a / d }, { numerator: c, denominator: d, value: c / d });
    expect(result.points).toBeCloseTo((100 * (a - c)) / d, 9);
  });
});
