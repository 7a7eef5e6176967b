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

function inexact(written: string, value: number, index: number, path: readonly JsonPathKey[]): InexactJsonNumber {
  return {
    text: written.length > 80 ? `${written.slice(0, 80)}…` : written,
    value,
    tooLarge: !(Math.abs(value) <= Number.MAX_SAFE_INTEGER),
    index,
    path,
  };
}

/**
 * The first number of a valid JSON text that `JSON.parse` would read as
 * another number (see {@link readsAsWritten}), with its place and path, or
 * null when every number reads as written.
 *
 * @internal
 */
export function inexactJsonNumber(text: string): InexactJsonNumber | null {
  let found: InexactJsonNumber | null = null;
  scanJson(text, (start, end, path) => {
    const written = text.slice(start, end);
    const value = Number(written);
    if (readsAsWritten(written, value)) return false;
    found = inexact(written, value, start, [...path]);
    return true;
  });
  return found;
}

/** Whether a character code can continue a JSON number: a digit, `.`, `e`, `E`, `+` or `-`. */
function inNumber(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46 || code === 101 || code === 69 || code === 43 || code === 45;
}

/** The names of each list of fields, quoted as JSON writes them, made once per list. */
const QUOTED = new WeakMap<readonly string[], readonly string[]>();

/**
 * Whether the one place the text names a field (`quoted`, written once) is
 * followed by `:` and the shortest text of `value`, which reads back as
 * `value` by definition, and then by `,`, `}` or white space. An integer of
 * at most 15 digits (epoch milliseconds) is compared digit by digit, without
 * making its text.
 */
function writtenPlainly(text: string, quoted: string, value: number): boolean {
  const at = text.indexOf(quoted);
  if (at < 0 || text.indexOf(quoted, at + 1) >= 0 || text.charCodeAt(at + quoted.length) !== 58) return false;
  let end = at + quoted.length + 1;
  if (Number.isInteger(value) && Math.abs(value) < 1e15 && !Object.is(value, -0)) {
    let read = 0;
    const negative = text.charCodeAt(end) === 45;
    if (negative) end += 1;
    // A leading zero is JSON only for 0 itself.
    for (let code = text.charCodeAt(end); code >= 48 && code <= 57; code = text.charCodeAt(end)) {
      read = read * 10 + (code - 48);
      end += 1;
    }
    if ((negative ? -read : read) !== value) return false;
  } else {
    const written = String(value);
    if (!text.startsWith(written, end)) return false;
    end += written.length;
  }
  const next = text.charCodeAt(end);
  return next === 44 || next === 125 || next === 32 || next === 9 || next === 13 || next === 10;
}

/**
 * {@link inexactJsonNumber} for one record on one line, as `JSON.parse`
 * read it into `record`: only the record's `fields` are looked at (or the
 * record, when it is one number), and the whole text only when one of them
 * is a number not written plainly (its name once, then its shortest text),
 * so that a record of strings costs a look at each field and a record of
 * epoch milliseconds a search for each name. Its path is the field's name.
 *
 * @internal
 */
export function inexactFieldNumber(text: string, record: unknown, fields: readonly string[]): InexactJsonNumber | null {
  if (typeof record === 'number') {
    const written = text.trim();
    return readsAsWritten(written, record) ? null : inexact(written, record, text.indexOf(written), []);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
  // The common case, a record of strings or of numbers each written once as its shortest text
  // ("acceptedAt":1545984960000), is settled without reading the text.
  let quoted = QUOTED.get(fields);
  if (quoted === undefined) {
    quoted = fields.map((key) => JSON.stringify(key));
    QUOTED.set(fields, quoted);
  }
  let plain = true;
  for (let at = 0; at < fields.length; at += 1) {
    const value = (record as Record<string, unknown>)[fields[at] as string];
    if (typeof value === 'number' && !writtenPlainly(text, quoted[at] as string, value)) {
      plain = false;
      break;
    }
  }
  if (plain) return null;
  // The text is valid JSON: between its strings there is only punctuation,
  // white space, true, false, null and numbers. At depth 1, the last string
  // before a number is the name of its field.
  let depth = 0;
  let at = 0;
  let nameStart = 0;
  let nameEnd = 0;
  for (;;) {
    const quote = text.indexOf('"', at);
    const end = quote < 0 ? text.length : quote;
    for (let index = at; index < end; index += 1) {
      const code = text.charCodeAt(index);
      if (code === 123 || code === 91) depth += 1;
      else if (code === 125 || code === 93) depth -= 1;
      else if (depth === 1 && (code === 45 || (code >= 48 && code <= 57))) {
        let stop = index + 1;
        let exponent = false;
        for (let next = text.charCodeAt(stop); stop < end && inNumber(next); next = text.charCodeAt(stop)) {
          if (next === 101 || next === 69) exponent = true;
          stop += 1;
        }
        // The common case, such as epoch milliseconds, is read without making a string.
        if (stop - index > 15 || exponent) {
          const written = text.slice(index, stop);
          const value = Number(written);
          if (!readsAsWritten(written, value)) {
            const name = JSON.parse(text.slice(nameStart, nameEnd)) as string;
            if (fields.includes(name)) return inexact(written, value, index, [name]);
          }
        }
        index = stop - 1;
      }
    }
    if (quote < 0) return null;
    // The closing quote is the first one after an even number of backslashes.
    let close = text.indexOf('"', quote + 1);
    for (;;) {
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes += 1;
      if (backslashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    if (depth === 1) {
      nameStart = quote;
      nameEnd = close + 1;
    }
    at = close + 1;
  }
}
