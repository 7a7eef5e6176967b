import { type InexactJsonNumber, inexactNumber, readsAsWritten } from './readsAsWritten.js';

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
 * `inexactJsonNumber` for one record on one line, as `JSON.parse`
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
    return readsAsWritten(written, record) ? null : inexactNumber(written, record, text.indexOf(written), []);
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
            if (fields.includes(name)) return inexactNumber(written, value, index, [name]);
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
