import { fc } from '@fast-check/vitest';
import type { Ratio } from '../../src/rates/Ratio.js';

/**
 * A count (件): a non-negative safe integer, with 0, small counts and counts
 * near `Number.MAX_SAFE_INTEGER` all likely, since the edge cases live there.
 */
export const count = (): fc.Arbitrary<number> =>
  fc.oneof(fc.constant(0), fc.nat({ max: 50 }), fc.nat({ max: 100_000 }), fc.maxSafeNat());

/** Two counts `[part, whole]` with `part ≤ whole`. */
export const partOfWhole = (): fc.Arbitrary<[number, number]> =>
  fc.tuple(count(), count()).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

/**
 * A {@link Ratio} as a change's rate can be: a safe-integer numerator
 * (negative allowed) over a non-negative safe-integer denominator.
 */
export const ratio = (): fc.Arbitrary<Ratio> =>
  fc
    .tuple(
      fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.maxSafeInteger()),
      count(),
    )
    .map(([numerator, denominator]) => ({
      numerator,
      denominator,
      value: denominator === 0 ? null : numerator / denominator,
    }));

/** A year and month that make a valid period, year 0001–9999. */
export const periodParts = (minYear = 1): fc.Arbitrary<{ year: number; month: number }> =>
  fc.record({ year: fc.integer({ min: minYear, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) });

/** A valid `'YYYY-MM'` period. */
export const period = (minYear = 1): fc.Arbitrary<string> =>
  periodParts(minYear).map(({ year, month }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
