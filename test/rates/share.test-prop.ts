import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { share } from '../../src/rates/share.js';
import { count, partOfWhole } from '../support/arbitraries.js';
import { expectClean } from '../support/expectClean.js';

describe('share (占比), for any part of any whole', () => {
  test.prop([partOfWhole()], { numRuns: 500 })('stays within [0, 1], with no value for an empty whole', ([part, whole]) => {
    const rate = share(part, whole);
    expect(rate).toMatchObject({ numerator: part, denominator: whole });
    expect(rate.value === null).toBe(whole === 0);
    if (rate.value !== null) {
      expect(rate.value).toBeGreaterThanOrEqual(0);
      expect(rate.value).toBeLessThanOrEqual(1);
    }
    expectClean(rate, whole === 0 ? ['value'] : []);
  });

  test.prop([partOfWhole()], { numRuns: 300 })('of a part and the rest sum to the whole', ([part, whole]) => {
    const rest = whole - part;
    expect(share(part, whole).numerator + share(rest, whole).numerator).toBe(whole);
  });

  test.prop([count().filter((whole) => whole > 0)], { numRuns: 200 })('of the whole is 1', (whole) => {
    expect(share(whole, whole).value).toBe(1);
  });

  test.prop([partOfWhole().filter(([part, whole]) => part < whole)], { numRuns: 300 })(
    'rejects a part larger than its whole',
    ([whole, part]) => {
      expect(() => share(part, whole)).toThrow(new RangeError(`share requires part (${part}) to be at most whole (${whole})`));
    },
  );
});
