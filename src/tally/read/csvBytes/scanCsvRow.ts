/**
 * The fields of one CSV row found in bytes: where each starts and ends, and
 * whether it was quoted (its content between the quotes) or holds `""`
 * escapes. Reused for every row (no allocation per row).
 *
 * @internal
 */
export class CsvRowFields {
  /** The number of fields of the row last scanned. */
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Per field: 0 plain, 1 quoted, 2 quoted with `""` escapes inside. */
  quoting = new Uint8Array(64);
  /** The record delimiter, found at the first line end as csv-parse finds it: 0 not yet, 1 `\n`, 2 `\r\n`. */
  lineEnd = 0;
  /** Why the row could not be read here, when {@link scanCsvRow} returns {@link UNUSUAL}. */
  reason = '';

  grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
    const quoting = new Uint8Array(size);
    quoting.set(this.quoting);
    this.quoting = quoting;
  }
}

/** {@link scanCsvRow}: the row does not end before `limit` (and the bytes have not ended). */
export const MORE = -1;
/** {@link scanCsvRow}: something this reader leaves to csv-parse (the reason in `fields.reason`). */
export const UNUSUAL = -2;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/**
 * 1 for the bytes that end unquoted text: the quote, the comma, CR and LF.
 *
 * @internal
 */
export const STOPS = new Uint8Array(256);
STOPS[QUOTE] = 1;
STOPS[COMMA] = 1;
STOPS[LF] = 1;
STOPS[CR] = 1;

/**
 * Scans one CSV row of `bytes` from `from` into `fields` and returns where
 * the next row starts, {@link MORE} when the row runs past `limit` and more
 * bytes are to come (`last` false), or {@link UNUSUAL} for input that this
 * reader does not take (the whole input is then read by csv-parse, which
 * gives its own result or message for it):
 *
 * ```text
 * row    = field (',' field)* (lineEnd | end of bytes)
 * field  = '"' (any byte but '"', CR, LF | '""')* '"'   |   (any byte but '"', ',', CR, LF)*
 * lineEnd = the first line end's kind, '\n' or '\r\n', for every row
 * unusual: a quote inside an unquoted field or text after a closing quote (csv-parse's errors),
 *          a line end inside quotes (csv-parse counts its lines its own way), a lone '\r',
 *          or a line end of the other kind than the first (csv-parse reads it as text)
 * ```
 * The delimiters are ASCII, and no byte of a multi-byte character in
 * UTF-8, GBK or GB18030 is an ASCII delimiter (GBK trail bytes are
 * 0x40–0xFE, GB18030's four-byte forms have digits 0x30–0x39 second and
 * fourth), so the scan never splits a character. A blank line is a row of
 * one empty unquoted field.
 *
 * @internal
 */
export function scanCsvRow(bytes: Uint8Array, from: number, limit: number, last: boolean, fields: CsvRowFields): number {
  let position = from;
  let count = 0;
  for (;;) {
    if (count === fields.starts.length) fields.grow();
    let byte = position < limit ? (bytes[position] as number) : -1;
    if (byte === QUOTE) {
      position += 1;
      const start = position;
      let quoting = 1;
      for (;;) {
        if (position >= limit) {
          if (!last) return MORE;
          fields.reason = 'a quote not closed';
          return UNUSUAL;
        }
        byte = bytes[position] as number;
        if (byte === QUOTE) {
          if (position + 1 >= limit && !last) return MORE;
          if (bytes[position + 1] === QUOTE && position + 1 < limit) {
            quoting = 2;
            position += 2;
            continue;
          }
          break;
        }
        if (byte === LF || byte === CR) {
          fields.reason = 'a line end inside quotes';
          return UNUSUAL;
        }
        position += 1;
      }
      fields.starts[count] = start;
      fields.ends[count] = position;
      fields.quoting[count] = quoting;
      count += 1;
      position += 1;
      byte = position < limit ? (bytes[position] as number) : -1;
      if (byte !== COMMA && byte !== LF && byte !== CR && byte !== -1) {
        fields.reason = 'text after a closing quote';
        return UNUSUAL;
      }
    } else {
      const start = position;
      // One table look-up per byte of text: the delimiters, the quote and the line ends stop the loop.
      while (position < limit && STOPS[bytes[position] as number] === 0) position += 1;
      byte = position < limit ? (bytes[position] as number) : -1;
      if (byte === QUOTE) {
        fields.reason = 'a quote inside an unquoted field';
        return UNUSUAL;
      }
      fields.starts[count] = start;
      fields.ends[count] = position;
      fields.quoting[count] = 0;
      count += 1;
    }
    if (byte === COMMA) {
      position += 1;
      continue;
    }
    if (byte === -1) {
      if (!last) return MORE;
      fields.count = count;
      return position;
    }
    if (byte === LF) {
      if (fields.lineEnd === 0) fields.lineEnd = 1;
      else if (fields.lineEnd !== 1) {
        fields.reason = "a line end '\\n' in a file whose lines end '\\r\\n'";
        return UNUSUAL;
      }
      fields.count = count;
      return position + 1;
    }
    // CR
    if (position + 1 >= limit && !last) return MORE;
    if (bytes[position + 1] !== LF || position + 1 >= limit) {
      fields.reason = "a line end '\\r' alone";
      return UNUSUAL;
    }
    if (fields.lineEnd === 0) fields.lineEnd = 2;
    else if (fields.lineEnd !== 2) {
      fields.reason = "a line end '\\r\\n' in a file whose lines end '\\n'";
      return UNUSUAL;
    }
    fields.count = count;
    return position + 2;
  }
}
