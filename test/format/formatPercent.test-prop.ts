import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { RoundingMode } from '../../src/format/RoundingMode.js';
import { formatPercent } from '../../src/format/formatPercent.js';
import type { Ratio } from '../../src/rates/Ratio.js';

/**
 * A plain reference, written without the library's helper: the exact value
 * times 10^digits is N / d with N = |n| · 100 · 10^digits; round it to a whole
 * number of units, then write the units with a point.
 */
function reference(numerator: number, denominator: number, digits: number, rounding: RoundingMode): string {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const scale = 10n ** BigInt(digits);
  const big = (n < 0n ? -n : n) * 100n * scale;
  let units: bigint;
  if (rounding === 'down') {
    units = big / d;
  } else if (rounding === 'half-up') {
    // floor(x + 1/2) = floor((2N + d) / 2d)
    units = (2n * big + d) / (2n * d);
  } else {
    const lower = big / d;
    const below = big - lower * d; // distance to lower, times d
    const above = (lower + 1n) * d - big; // distance to lower + 1, times d
    units = below < above ? lower : above < below ? lower + 1n : lower % 2n === 0n ? lower : lower + 1n;
  }
  const sign = n < 0n && units !== 0n ? '-' : '';
  const fraction = digits === 0 ? '' : `.${(units % scale).toString().padStart(digits, '0')}`;
  return `${sign}${units / scale}${fraction}%`;
}

function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

// Small figures (ties are frequent with denominators like 8, 40, 800) mixed with huge safe integers.
const numeratorArbitrary = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
);
const denominatorArbitrary = fc.oneof(
  fc.constantFrom(1, 2, 3, 4, 7, 8, 16, 40, 200, 400, 800, 4000, 20000),
  fc.integer({ min: 1, max: 100000 }),
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
);
const digitsArbitrary = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 20 }));
const roundingArbitrary = fc.constantFrom<RoundingMode>('half-up', 'half-even', 'down');

/** The printed number as an integer count of units of 10^-digits, and its sign. */
function parseUnits(text: string): { negative: boolean; units: bigint } {
  const match = /^(-?)(\d+)(?:\.(\d+))?%$/.exec(text);
  if (match === null) throw new Error(`not a percentage: ${text}`);
  return { negative: match[1] === '-', units: BigInt(`${match[2]}${match[3] ?? ''}`) };
}

describe('formatPercent (properties)', () => {
  test.prop([numeratorArbitrary, denominatorArbitrary, digitsArbitrary, roundingArbitrary], { numRuns: 1000 })(
    'agrees with a plain BigInt reference in every mode',
    (numerator, denominator, digits, rounding) => {
      expect(formatPercent(ratio(numerator, denominator), { digits, rounding })).toBe(
        reference(numerator, denominator, digits, rounding),
      );
    },
  );

  test.prop([numeratorArbitrary, denominatorArbitrary, digitsArbitrary, roundingArbitrary], { numRuns: 500 })(
    'prints a value within half a unit (within one unit below, for down) of the exact one',
    (numerator, denominator, digits, rounding) => {
      const { negative, units } = parseUnits(formatPercent(ratio(numerator, denominator), { digits, rounding }));
      const d = BigInt(denominator);
      const exact = BigInt(Math.abs(numerator)) * 100n * 10n ** BigInt(digits); // |value| · 10^digits = exact / d
      const error = units * d - exact; // (printed − exact) · d, on magnitudes
      if (rounding === 'down') {
        expect(error <= 0n && -error < d).toBe(true);
      } else {
        expect(2n * (error < 0n ? -error : error) <= d).toBe(true);
      }
      expect(negative).toBe(numerator < 0 && units !== 0n);
    },
  );

  test.prop([numeratorArbitrary, denominatorArbitrary, digitsArbitrary, roundingArbitrary], { numRuns: 300 })(
    'trimZeros keeps the value and leaves no trailing zero or point after the decimals',
    (numerator, denominator, digits, rounding) => {
      const full = formatPercent(ratio(numerator, denominator), { digits, rounding });
      const trimmed = formatPercent(ratio(numerator, denominator), { digits, rounding, trimZeros: true });
      expect(Number.parseFloat(trimmed)).toBe(Number.parseFloat(full));
      expect(trimmed).not.toMatch(/\.\d*0%$|\.%$/);
      expect(full.startsWith(trimmed.slice(0, -1))).toBe(true);
    },
  );

  test.prop(
    [
      fc.option(fc.record({ numerator: numeratorArbitrary, denominator: fc.oneof(fc.constant(0), denominatorArbitrary) })),
      fc.record(
        { digits: digitsArbitrary, rounding: roundingArbitrary, trimZeros: fc.boolean() },
        { requiredKeys: [] },
      ),
    ],
    { numRuns: 500 },
  )('never prints NaN, Infinity, undefined, null or -0', (parts, options) => {
    const text = formatPercent(parts === null ? null : ratio(parts.numerator, parts.denominator), options);
    expect(text).not.toMatch(/NaN|Infinity|undefined|null|^-0(\.0*)?%$/);
    expect(text === '—' || /^-?\d+(\.\d+)?%$/.test(text)).toBe(true);
    expect(text === '—').toBe(parts === null || parts.denominator === 0);
  });
});
