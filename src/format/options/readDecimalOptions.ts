import type { RoundingMode } from '../RoundingMode.js';
import { assertOneOf } from '../../internal/assertOneOf.js';
import { describeValue } from '../../internal/describeValue.js';
import type { DecimalOptions } from '../formatScaledDecimal.js';

const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'down'];

/** The most decimals a formatter prints. */
const MAX_DIGITS = 20;

/**
 * Reads and checks `digits` (default 2), `rounding` (default `'half-up'`)
 * and `trimZeros` (default `false`) from an options object that
 * `readOptions` has already accepted.
 *
 * @internal
 */
export function readDecimalOptions(
  fn: string,
  options: { readonly digits?: unknown; readonly rounding?: unknown; readonly trimZeros?: unknown },
): DecimalOptions {
  const { digits = 2, rounding = 'half-up', trimZeros = false } = options;
  if (typeof digits !== 'number') {
    throw new TypeError(`${fn} requires digits to be a number, got ${describeValue(digits)}`);
  }
  if (!Number.isInteger(digits) || digits < 0 || digits > MAX_DIGITS) {
    throw new RangeError(`${fn} requires digits to be an integer from 0 to ${MAX_DIGITS}, got ${describeValue(digits)}`);
  }
  assertOneOf(fn, 'rounding', rounding, ROUNDING_MODES);
  if (typeof trimZeros !== 'boolean') {
    throw new TypeError(`${fn} requires trimZeros to be a boolean, got ${describeValue(trimZeros)}`);
  }
  return { digits, rounding, trimZeros };
}
