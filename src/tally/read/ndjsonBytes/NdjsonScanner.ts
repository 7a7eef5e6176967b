import { PARSED } from '../../../internal/parseIsoTimestamp.js';
import { CASE_RECORD_FIELDS } from '../../../models/caseRecordFields.js';
import { parseTimeBytes } from '../csvBytes/parseTimeBytes.js';
import { ReusedCaseRecord } from '../ReusedCaseRecord.js';
import { TextCells } from '../csvBytes/TextCells.js';

/** What {@link NdjsonScanner.scan} returns for a line it leaves to `JSON.parse`. */
export const AS_TEXT = -1;

/** The id of a record that the tally does not read (no duplicate check): any non-empty string. */
const SOME_ID = 'id';

/** Each case-record field's name as bytes. */
const NAMES: readonly Uint8Array[] = CASE_RECORD_FIELDS.map((field) => new TextEncoder().encode(field));
/** The fields whose name starts with each byte, for a key read without scanning it first. */
const BY_FIRST: readonly (readonly number[] | undefined)[] = (() => {
  const table: number[][] = [];
  NAMES.forEach((name, field) => (table[name[0] as number] ??= []).push(field));
  return table;
})();
/**
 * Each field's name and closing quote as 32-bit little-endian words, for a
 * key compared four bytes at a time: pairs of (offset, word), the last word
 * overlapping the one before when the length is not a multiple of 4; none
 * for a name and quote shorter than 4 bytes (`id"`), compared byte by byte.
 */
const NAME_WORDS: readonly Int32Array[] = NAMES.map((name) => {
  const quoted = [...name, 34];
  if (quoted.length < 4) return new Int32Array(0);
  const offsets: number[] = [];
  for (let at = 0; at + 4 <= quoted.length; at += 4) offsets.push(at);
  if (quoted.length % 4 !== 0) offsets.push(quoted.length - 4);
  const word = (at: number): number => (quoted[at] as number) | ((quoted[at + 1] as number) << 8) | ((quoted[at + 2] as number) << 16) | ((quoted[at + 3] as number) << 24);
  return Int32Array.from(offsets.flatMap((at) => [at, word(at)]));
});
const PROTO = new TextEncoder().encode('__proto__');
/** The length of the times exports write most, `2019-01-05T09:30:00+08:00`. */
const TIME_LENGTH = 25;

/** How a field's string is read: 0 text (decoded once per distinct value), 1 time, 2 id (only whether it is empty). */
const TIME_FIELDS: ReadonlySet<string> = new Set(['acceptedAt', 'dueAt', 'completedAt']);
/** Time fields read with dayEnd (a date alone is its last millisecond), as checkCaseRecord reads them. */
const DAY_END: ReadonlySet<string> = new Set(['dueAt', 'completedAt']);

/**
 * Reads one NDJSON line's bytes as a flat JSON object into one reused
 * {@link ReusedCaseRecord}, for the forms exports write: an object whose values
 * are strings, numbers, `true`, `false` and `null`, with white space as JSON
 * defines it (space, tab, `\r`) anywhere between tokens. A case-record
 * field's string is decoded once per distinct value ({@link TextCells}), or,
 * for a time, read from the bytes ({@link parseTimeBytes}); its number is
 * taken when it is an integer of at most 15 digits (which `JSON.parse`
 * reads as written); a field the case record does not have is checked as
 * JSON and skipped.
 *
 * Any line outside that subset comes back as {@link AS_TEXT}, for
 * `JSON.parse` and the text reader's message: a nested value, a key with an
 * escape or `__proto__`, a case-record field named twice, another number
 * for a case-record field (a fraction, an exponent, `-0`, 16 digits or
 * more), a character outside strings that is not JSON (a byte-order mark,
 * a vertical tab), or anything that is not JSON at all. So a line read here
 * gives the very record `JSON.parse` gives, but for the times and ids the
 * tally reads the same way ({@link scan}).
 *
 * The bytes must be UTF-8 and the line must end with a `\n` byte (at the
 * end of a block the reader writes one past its end): the scan stops at it,
 * and never reads past it.
 *
 * @internal
 */
export class NdjsonScanner {
  readonly record = new ReusedCaseRecord();
  /** Whether the last line scanned was blank (white space only). */
  blank = false;
  /** The fields of the record that may not be undefined, a bit each (1 << index). */
  private set = 0;
  /** Whether the last string scanned had an escape. */
  private escaped = false;
  private readonly kinds: Uint8Array;
  private readonly dayEnd: boolean[];
  private readonly cells: (TextCells | null)[];
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly wallClock: number;
  /** The bytes last scanned, and a view of them for reading four at a time. */
  private viewed: Uint8Array = new Uint8Array(0);
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  /** The field that followed each field (at its index + 1; 0 the start of the line) on the last line that had it, or -1: exports write their keys in one order. */
  private readonly following = new Int8Array(CASE_RECORD_FIELDS.length + 1).fill(-1);

  /**
   * `wallClockOffsetMinutes` as the tally reads times; `idAsText` when the
   * tally reads ids (a duplicate check), else an id is read only as empty or not.
   */
  constructor(wallClockOffsetMinutes: number, idAsText: boolean) {
    this.wallClock = wallClockOffsetMinutes;
    this.kinds = Uint8Array.from(CASE_RECORD_FIELDS, (field) => (TIME_FIELDS.has(field) ? 1 : field === 'id' && !idAsText ? 2 : 0));
    this.dayEnd = CASE_RECORD_FIELDS.map((field) => DAY_END.has(field));
    this.cells = CASE_RECORD_FIELDS.map((_, field) => (this.kinds[field] === 0 ? new TextCells((bytes, start, end) => this.decoder.decode(bytes.subarray(start, end))) : null));
  }

  /**
   * Reads the line that starts at `start` into the record: returns the
   * index of the `\n` that ends it (with {@link blank} telling a blank line,
   * whose record is not touched), or {@link AS_TEXT}. Times are read into
   * epoch milliseconds (a time the bytes reader does not read stays a
   * string) and an id into a stand-in of the same emptiness, which
   * `checkCaseRecord` reads as it reads the line's own.
   */
  scan(bytes: Uint8Array, start: number): number {
    let at = start;
    let byte = bytes[at] as number;
    while (byte === 32 || byte === 9 || byte === 13) byte = bytes[++at] as number;
    if (byte === 10) {
      this.blank = true;
      return at;
    }
    this.blank = false;
    if (byte !== 123) return AS_TEXT;
    let seen = 0;
    let after = 0;
    byte = bytes[++at] as number;
    while (byte === 32 || byte === 9 || byte === 13) byte = bytes[++at] as number;
    if (byte === 125) {
      at += 1;
    } else {
      for (;;) {
        if (byte !== 34) return AS_TEXT;
        const keyStart = at + 1;
        // A case-record field's name, then its closing quote, is found without scanning the key first:
        // the field that came next last time, else one whose name starts with the key's first byte.
        const expected = this.following[after] as number;
        let field = expected >= 0 && this.isName(bytes, keyStart, expected) ? expected : this.knownKey(bytes, keyStart);
        let keyEnd = field < 0 ? -1 : keyStart + (NAMES[field] as Uint8Array).length;
        if (field < 0) {
          // Another key (every case-record field's name is found above): skipped, unless it is __proto__.
          keyEnd = this.stringEnd(bytes, keyStart);
          if (keyEnd < 0 || this.escaped) return AS_TEXT;
          if (keyEnd - keyStart === PROTO.length && sameBytes(bytes, keyStart, PROTO)) return AS_TEXT;
        }
        at = keyEnd + 1;
        byte = bytes[at] as number;
        while (byte === 32 || byte === 9 || byte === 13) byte = bytes[++at] as number;
        if (byte !== 58) return AS_TEXT;
        byte = bytes[++at] as number;
        while (byte === 32 || byte === 9 || byte === 13) byte = bytes[++at] as number;
        if (field >= 0) {
          const bit = 1 << field;
          if ((seen & bit) !== 0) return AS_TEXT;
          seen |= bit;
          this.set |= bit;
          this.following[after] = field;
          after = field + 1;
          at = this.fieldValue(bytes, at, field);
        } else {
          at = this.skipValue(bytes, at);
        }
        if (at < 0) return AS_TEXT;
        byte = bytes[at] as number;
        while (byte === 32 || byte === 9 || byte === 13) byte = bytes[++at] as number;
        if (byte === 44) {
          byte = bytes[++at] as number;
          while (byte === 32 || byte === 9 || byte === 13) byte = bytes[++at] as number;
          continue;
        }
        if (byte !== 125) return AS_TEXT;
        at += 1;
        break;
      }
    }
    byte = bytes[at] as number;
    while (byte === 32 || byte === 9 || byte === 13) byte = bytes[++at] as number;
    if (byte !== 10) return AS_TEXT;
    // The fields an earlier line set and this one does not name are undefined again.
    const stale = this.set & ~seen;
    if (stale !== 0) for (let field = 0; field < CASE_RECORD_FIELDS.length; field += 1) if ((stale & (1 << field)) !== 0) this.record.set(field, undefined);
    this.set = seen;
    return at;
  }

  /** A case-record field's value at `at` into the record: the index after it, or -1. */
  private fieldValue(bytes: Uint8Array, at: number, field: number): number {
    const byte = bytes[at] as number;
    const record = this.record;
    if (byte === 34) {
      const start = at + 1;
      const kind = this.kinds[field];
      if (kind === 0) {
        const end = plainEnd(bytes, start);
        if (end >= 0) {
          record.set(field, (this.cells[field] as TextCells).get(bytes, start, end));
          return end + 1;
        }
      } else if (kind === 1 && bytes[start + TIME_LENGTH] === 34 && parseTimeBytes(bytes, start, start + TIME_LENGTH, this.wallClock, this.dayEnd[field] as boolean)) {
        // Only ASCII characters of a time in between: no quote, escape or control character.
        record.set(field, PARSED[0]);
        return start + TIME_LENGTH + 1;
      }
      const end = this.stringEnd(bytes, start);
      if (end < 0) return -1;
      if (kind === 0) record.set(field, this.text(bytes, start, end));
      else if (kind === 2) record.set(field, end > start ? SOME_ID : '');
      else if (parseTimeBytes(bytes, start, end, this.wallClock, this.dayEnd[field] as boolean)) record.set(field, PARSED[0]);
      else record.set(field, this.text(bytes, start, end));
      return end + 1;
    }
    if (byte === 45 || (byte >= 48 && byte <= 57)) {
      // An integer of at most 15 digits, which JSON.parse reads as written; any other number (and -0) as text.
      let position = byte === 45 ? at + 1 : at;
      const first = position;
      let value = 0;
      for (let digit = (bytes[position] as number) - 48; digit >= 0 && digit <= 9; digit = (bytes[position] as number) - 48) {
        value = value * 10 + digit;
        position += 1;
      }
      const digits = position - first;
      const next = bytes[position] as number;
      if (digits === 0 || digits > 15 || (digits > 1 && bytes[first] === 48) || next === 46 || next === 101 || next === 69) return -1;
      if (byte === 45) {
        if (value === 0) return -1;
        value = -value;
      }
      record.set(field, value);
      return position;
    }
    const literal = literalEnd(bytes, at);
    if (literal < 0) return -1;
    record.set(field, byte === 110 ? null : byte === 116);
    return literal;
  }

  /** Skips the value at `at` of a field the case record does not have: the index after it, or -1 (a nested value, not JSON). */
  private skipValue(bytes: Uint8Array, at: number): number {
    const byte = bytes[at] as number;
    if (byte === 34) {
      const end = this.stringEnd(bytes, at + 1);
      return end < 0 ? -1 : end + 1;
    }
    if (byte === 45 || (byte >= 48 && byte <= 57)) return numberEnd(bytes, at);
    return literalEnd(bytes, at);
  }

  /**
   * The index of the quote that closes the string whose text starts at
   * `start`, with {@link escaped} telling whether it holds an escape; -1
   * when it is not a JSON string (a control character, `\n` among them, or
   * an escape JSON does not have).
   */
  private stringEnd(bytes: Uint8Array, start: number): number {
    let at = start;
    this.escaped = false;
    for (;;) {
      const byte = bytes[at] as number;
      if (byte === 34) return at;
      if (byte < 32) return -1;
      if (byte === 92) {
        this.escaped = true;
        const next = bytes[at + 1] as number;
        if (next === 117) {
          if (!(isHex(bytes[at + 2] as number) && isHex(bytes[at + 3] as number) && isHex(bytes[at + 4] as number) && isHex(bytes[at + 5] as number))) return -1;
          at += 6;
          continue;
        }
        // " \ / b f n r t
        if (!(next === 34 || next === 92 || next === 47 || next === 98 || next === 102 || next === 110 || next === 114 || next === 116)) return -1;
        at += 2;
        continue;
      }
      at += 1;
    }
  }

  /** The case-record field whose name, then a closing quote, is at `start` (its index), or -1. */
  private knownKey(bytes: Uint8Array, start: number): number {
    const fields = BY_FIRST[bytes[start] as number];
    if (fields === undefined) return -1;
    for (let at = 0; at < fields.length; at += 1) if (this.isName(bytes, start, fields[at] as number)) return fields[at] as number;
    return -1;
  }

  /** Whether the name of `field`, then a closing quote, is at `start`. */
  private isName(bytes: Uint8Array, start: number, field: number): boolean {
    const words = NAME_WORDS[field] as Int32Array;
    const name = NAMES[field] as Uint8Array;
    if (bytes !== this.viewed) {
      this.viewed = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    if (words.length === 0 || start + name.length + 1 > bytes.length) return bytes[start + name.length] === 34 && sameBytes(bytes, start, name);
    const view = this.view;
    for (let at = 0; at < words.length; at += 2) if (view.getInt32(start + (words[at] as number), true) !== words[at + 1]) return false;
    return true;
  }

  /** The string whose text is `bytes[start, end)` (a JSON string, checked), as JSON.parse reads it. */
  private text(bytes: Uint8Array, start: number, end: number): string {
    const text = this.decoder.decode(bytes.subarray(start, end));
    return text.includes('\\') ? (JSON.parse(`"${text}"`) as string) : text;
  }
}

function sameBytes(bytes: Uint8Array, start: number, name: Uint8Array): boolean {
  for (let at = 0; at < name.length; at += 1) if (bytes[start + at] !== name[at]) return false;
  return true;
}

/** The index of the quote that closes the string whose text starts at `start`, or -1 for one with an escape or a control character (`\n` among them). */
function plainEnd(bytes: Uint8Array, start: number): number {
  let at = start;
  for (let byte = bytes[at] as number; byte !== 34; byte = bytes[at] as number) {
    if (byte < 32 || byte === 92) return -1;
    at += 1;
  }
  return at;
}

/** The index after the literal `null`, `true` or `false` at `at`, or -1. */
function literalEnd(bytes: Uint8Array, at: number): number {
  const byte = bytes[at];
  if (byte === 110) return bytes[at + 1] === 117 && bytes[at + 2] === 108 && bytes[at + 3] === 108 ? at + 4 : -1;
  if (byte === 116) return bytes[at + 1] === 114 && bytes[at + 2] === 117 && bytes[at + 3] === 101 ? at + 4 : -1;
  if (byte === 102) return bytes[at + 1] === 97 && bytes[at + 2] === 108 && bytes[at + 3] === 115 && bytes[at + 4] === 101 ? at + 5 : -1;
  return -1;
}

/** The index after the JSON number at `at` (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`), or -1. */
function numberEnd(bytes: Uint8Array, at: number): number {
  let position = bytes[at] === 45 ? at + 1 : at;
  if (bytes[position] === 48) position += 1;
  else if (isDigit(bytes[position] as number)) while (isDigit(bytes[position] as number)) position += 1;
  else return -1;
  if (bytes[position] === 46) {
    position += 1;
    if (!isDigit(bytes[position] as number)) return -1;
    while (isDigit(bytes[position] as number)) position += 1;
  }
  if (bytes[position] === 101 || bytes[position] === 69) {
    position += 1;
    if (bytes[position] === 43 || bytes[position] === 45) position += 1;
    if (!isDigit(bytes[position] as number)) return -1;
    while (isDigit(bytes[position] as number)) position += 1;
  }
  return position;
}

function isDigit(byte: number): boolean {
  return byte >= 48 && byte <= 57;
}

function isHex(byte: number): boolean {
  return (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102);
}
