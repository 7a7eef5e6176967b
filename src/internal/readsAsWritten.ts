import type { JsonPathKey } from './scanJson.js';

/** A number of a JSON text that `JSON.parse` does not read as written. */
export interface InexactJsonNumber {
  /** The number as written, cut to 80 characters (with `…`). */
  readonly text: string;
  /** What `JSON.parse` reads it as: Infinity beyond the range of a double, else the nearest double. */
  readonly value: number;
  /** Whether it is larger than any count can be: beyond ±Number.MAX_SAFE_INTEGER (or any double). */
  readonly tooLarge: boolean;
  /** The offset of its first character in the text. */
  readonly index: number;
  /** The keys and indices on the way to it. */
  readonly path: readonly JsonPathKey[];
}

/** A decimal number written in any JSON form, as `digits·10^exponent` without leading or trailing zeros ('0' for zero). */
function decimal(text: string): string {
  const [mantissa = '', exponent = '0'] = text.replace(/^-/, '').split(/[eE]/);
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = `${whole}${fraction}`.replace(/^0+/, '');
  if (digits === '') return '0';
  const kept = digits.replace(/0+$/, '');
  // Exact for any exponent a text of non-zero finite value can have; a longer one belongs to 0 or
  // Infinity, which the comparison tells apart from the digits anyway.
  return `${text.startsWith('-') ? '-' : ''}${kept}e${Number(exponent) - fraction.length + digits.length - kept.length}`;
}

/**
 * Whether a JSON number, as written, reads exactly as that number: true for
 * `35300`, `1.5e3` and `0.1` (the shortest text of a double reads back as
 * itself); false for `1e400` (Infinity), `9007199254740993` (read as
 * 9007199254740992) and `35300.00000000000000001` (read as 35300).
 *
 * @internal
 */
export function readsAsWritten(text: string, value: number): boolean {
  // At most 15 digits and no exponent: a double holds any such decimal (DBL_DIG is 15).
  if (text.length <= 15 && !/[eE]/.test(text)) return true;
  return Number.isFinite(value) && decimal(text) === decimal(String(value));
}

/**
 * An {@link InexactJsonNumber}: the written text cut to 80 characters, and whether it is too large for a count.
 *
 * @internal
 */
export function inexactNumber(written: string, value: number, index: number, path: readonly JsonPathKey[]): InexactJsonNumber {
  return {
    text: written.length > 80 ? `${written.slice(0, 80)}…` : written,
    value,
    tooLarge: !(Math.abs(value) <= Number.MAX_SAFE_INTEGER),
    index,
    path,
  };
}

