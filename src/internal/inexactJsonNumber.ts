import { type JsonPathKey, scanJson } from './scanJson.js';

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
  // The exponent is within ±10^21 or so here (the value is a finite double), so this sum is exact.
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
  return Number.isFinite(value) && decimal(text) === decimal(String(value));
}

// A number can read as another only with an exponent or more than 15 significant digits.
const MAYBE_INEXACT = /\d[eE]|\d(?:\.?\d){15}/;

/**
 * The first number of a valid JSON text that `JSON.parse` would read as
 * another number (see {@link readsAsWritten}), or null when every number
 * reads as written. `depth` limits the search to numbers at most that many
 * keys or indices deep (0: only a text that is one number). A text with no
 * exponent and no run of 16 digits is not scanned at all.
 *
 * @internal
 */
export function inexactJsonNumber(text: string, depth = Number.POSITIVE_INFINITY): InexactJsonNumber | null {
  if (!MAYBE_INEXACT.test(text)) return null;
  let found: InexactJsonNumber | null = null;
  scanJson(text, (start, end, path) => {
    if (path.length > depth) return false;
    const written = text.slice(start, end);
    const value = Number(written);
    if (readsAsWritten(written, value)) return false;
    found = {
      text: written.length > 80 ? `${written.slice(0, 80)}…` : written,
      value,
      tooLarge: !(Math.abs(value) <= Number.MAX_SAFE_INTEGER),
      index: start,
      path: [...path],
    };
    return true;
  });
  return found;
}
