import type { RoundingMode } from './RoundingMode.js';

/**
 * The validated digits, rounding mode and zero trimming shared by the
 * formatters.
 *
 * @internal
 */
export interface DecimalOptions {
  /** Decimals to keep, an integer 0–20. */
  readonly digits: number;
  /** How to round the exact value. */
  readonly rounding: RoundingMode;
  /** Drop trailing zeros of the decimals and then a trailing point. */
  readonly trimZeros: boolean;
}

/**
 * The one place that rounds: writes the exact rational
 * `numerator / denominator` as a decimal string with `options.digits`
 * decimals, rounded with `options.rounding`, computed in BigInt so that no
 * float error can move a tie (107/4000 × 100 = 2.675 exactly → '2.68').
 *
 * ```text
 * q, r = divmod(|numerator| · 10^digits, denominator)
 * half-up:    q + 1 when 2r ≥ denominator
 * half-even:  q + 1 when 2r > denominator, or 2r = denominator and q is odd
 * down:       q
 * result:     sign, then q with a point before its last `digits` digits
 * ```
 *
 * The caller scales (× 100 for a percent). A value that rounds to zero has no
 * sign: never '-0.00'. `denominator` must be positive (the caller handles 0).
 *
 * @internal
 */
export function formatScaledDecimal(numerator: bigint, denominator: bigint, options: DecimalOptions): string {
  const { digits, rounding, trimZeros } = options;
  // Stryker disable next-line EqualityOperator: equivalent, -0n is 0n
  const scaled = (numerator < 0n ? -numerator : numerator) * 10n ** BigInt(digits);
  let quotient = scaled / denominator;
  const twiceRemainder = (scaled % denominator) * 2n;
  const roundsUp =
    rounding === 'half-up'
      ? twiceRemainder >= denominator
      : rounding === 'half-even'
        ? twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)
        : false;
  if (roundsUp) quotient += 1n;
  // Stryker disable next-line EqualityOperator: equivalent, a zero numerator gives a zero quotient
  const sign = numerator < 0n && quotient !== 0n ? '-' : '';
  const padded = quotient.toString().padStart(digits + 1, '0');
  const whole = padded.slice(0, padded.length - digits);
  let fraction = padded.slice(padded.length - digits);
  if (trimZeros) fraction = fraction.replace(/0+$/, '');
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}
