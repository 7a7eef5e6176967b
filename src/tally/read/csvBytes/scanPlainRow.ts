import { PARSED } from '../../../internal/parseIsoTimestamp.js';
import { readTimeBytes } from './parseTimeBytes.js';
import { STOPS } from './scanCsvRow.js';
import { HASH_START, hashByte } from './TextCells.js';

/** {@link scanPlainRow}: a column whose cell is not read here (only its end is found). */
export const UNREAD = 0;
/** {@link scanPlainRow}: a text column, its cell hashed as it is scanned (for {@link TextCells.getHashed}). */
export const HASHED = 1;
/** {@link scanPlainRow}: a time column, read as it is scanned ({@link readTimeBytes}). */
export const TIME = 2;
/** {@link scanPlainRow}: a time column read with dayEnd (a date alone is its last millisecond). */
export const TIME_DAY_END = 3;
/** {@link scanPlainRow}: the row is not plain; scan it with {@link scanCsvRow}. */
export const NOT_PLAIN = -1;

/**
 * The cells of one plain row as {@link scanPlainRow} found them, a slot per
 * column of the header, reused for every row.
 *
 * @internal
 */
export class PlainRowCells {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per {@link HASHED} column: the hash of the cell's bytes. */
  readonly hashes: Int32Array;
  /** Per time column: the time read, or NaN when the cell is not of readTimeBytes' forms (empty, epoch digits, spaces around it, …). */
  readonly times: Float64Array;

  constructor(width: number) {
    this.starts = new Int32Array(width);
    this.ends = new Int32Array(width);
    this.hashes = new Int32Array(width);
    this.times = new Float64Array(width);
  }
}

const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * One row of `kinds.length` cells, none quoted, as the byte reader reads most
 * rows: the cells' bounds found, text cells hashed and times read in the
 * same pass over the bytes. Returns where the next row starts, or
 * {@link NOT_PLAIN} for any other row, which the caller then scans with
 * {@link scanCsvRow} (and reads as it reads every row):
 *
 * ```text
 * plain row = cell (',' cell){width − 1} lineEnd     (lineEnd the file's, '\n' or '\r\n', known: lineEnd ≠ 0)
 * cell      = (any byte but '"', ',', CR, LF)*
 * not plain: a quote anywhere, another number of cells, another line end, a row
 *            that starts with a line end (a blank line), a row that reaches `limit`
 * ```
 * For a plain row, `cells.starts` and `cells.ends` are the cells that
 * {@link scanCsvRow} finds in it (as `fields.starts` and `fields.ends`, all
 * unquoted), so the two readers agree cell for cell. A time cell is read
 * only when a time of {@link readTimeBytes}' forms fills it exactly.
 *
 * @internal
 */
export function scanPlainRow(
  bytes: Uint8Array,
  from: number,
  limit: number,
  kinds: Uint8Array,
  lineEnd: number,
  wallClockOffsetMinutes: number,
  cells: PlainRowCells,
): number {
  const width = kinds.length;
  if (lineEnd === 0 || from >= limit) return NOT_PLAIN;
  const first = bytes[from] as number;
  if (first === LF || first === CR) return NOT_PLAIN;
  const { starts, ends, hashes, times } = cells;
  let position = from;
  for (let column = 0; ; column += 1) {
    const kind = kinds[column] as number;
    starts[column] = position;
    if (kind === HASHED) {
      let hash = HASH_START;
      while (position < limit) {
        const byte = bytes[position] as number;
        if (STOPS[byte] !== 0) break;
        hash = hashByte(hash, byte);
        position += 1;
      }
      hashes[column] = hash;
    } else {
      if (kind !== UNREAD) {
        const end = readTimeBytes(bytes, position, limit, wallClockOffsetMinutes, kind === TIME_DAY_END, false);
        if (end > position && end < limit && STOPS[bytes[end] as number] !== 0) {
          times[column] = PARSED[0] as number;
          position = end;
        } else {
          times[column] = Number.NaN;
        }
      }
      while (position < limit && STOPS[bytes[position] as number] === 0) position += 1;
    }
    ends[column] = position;
    if (position >= limit) return NOT_PLAIN;
    const byte = bytes[position] as number;
    if (column + 1 < width) {
      if (byte !== COMMA) return NOT_PLAIN;
      position += 1;
      continue;
    }
    if (lineEnd === 1) return byte === LF ? position + 1 : NOT_PLAIN;
    return byte === CR && position + 1 < limit && bytes[position + 1] === LF ? position + 2 : NOT_PLAIN;
  }
}
