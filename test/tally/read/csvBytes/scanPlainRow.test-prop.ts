import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PARSED } from '../../../../src/internal/parseIsoTimestamp.js';
import { parseTimeBytes } from '../../../../src/tally/read/csvBytes/parseTimeBytes.js';
import { CsvRowFields, scanCsvRow } from '../../../../src/tally/read/csvBytes/scanCsvRow.js';
import { HASHED, NOT_PLAIN, PlainRowCells, scanPlainRow, TIME, TIME_DAY_END, UNREAD } from '../../../../src/tally/read/csvBytes/scanPlainRow.js';
import { HASH_START, hashByte } from '../../../../src/tally/read/csvBytes/TextCells.js';

// scanPlainRow reads most rows in one pass; scanCsvRow reads every row. Whenever
// the first takes a row, the second finds the same cells in it (the same
// number, all unquoted, the same bounds, the same next row), its text cells
// hashed as TextCells hashes them and its time cells read as parseTimeBytes
// reads them; and it takes every such row that is not blank and that ends in
// the file's line end before the end of the bytes (so the fast path is taken).
const piece = fc.constantFrom(
  'a', 'd1', '区人社局', ' ', '\t', ',', ',', ',', '"', '""', '\n', '\r\n', '\r', '',
  '2019-01-05T09:30:00+08:00', '2019-01-05 09:30:00', '2019-01-05', '2019-01-05T09:30:00.5Z', '2019-01-05 09:30:00,5',
  '2019-01-05T09:30:00+08', '2019-02-29', '1546651800000', '2019-01-05T09:30+0800', '2019-01-05T',
);
const row = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
const kind = fc.constantFrom(UNREAD, HASHED, TIME, TIME_DAY_END);

function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let hash = HASH_START;
  for (let at = start; at < end; at += 1) hash = hashByte(hash, bytes[at] as number);
  return hash;
}

describe('scanPlainRow', () => {
  test.prop([row, fc.array(kind, { minLength: 1, maxLength: 5 }), fc.constantFrom(1, 2), fc.constantFrom('', 'x', '\n', 'a,b\n'), fc.oneof(fc.constant(480), fc.constant(Number.NaN))], {
    numRuns: 5000,
  })('takes a row only as scanCsvRow reads it, and every plain row', (text, kindList, lineEnd, after, wallClock) => {
    const bytes = new TextEncoder().encode(`${text}${after}`);
    const kinds = Uint8Array.from(kindList);
    const cells = new PlainRowCells(kinds.length);
    const next = scanPlainRow(bytes, 0, bytes.length, kinds, lineEnd, wallClock, cells);
    const fields = new CsvRowFields();
    fields.lineEnd = lineEnd;
    const scanned = scanCsvRow(bytes, 0, bytes.length, true, fields);
    const plain =
      scanned > 0 &&
      fields.count === kinds.length &&
      fields.quoting.subarray(0, fields.count).every((quoting) => quoting === 0) &&
      bytes[scanned - 1] === 10 &&
      !(fields.count === 1 && fields.starts[0] === fields.ends[0]);
    expect(next === NOT_PLAIN ? NOT_PLAIN : next).toBe(plain ? scanned : NOT_PLAIN);
    if (next === NOT_PLAIN) return;
    for (let column = 0; column < kinds.length; column += 1) {
      const start = fields.starts[column] as number;
      const end = fields.ends[column] as number;
      expect([cells.starts[column], cells.ends[column]]).toEqual([start, end]);
      if (kinds[column] === HASHED) expect(cells.hashes[column]).toBe(hashOf(bytes, start, end));
      if (kinds[column] === TIME || kinds[column] === TIME_DAY_END) {
        const time = cells.times[column] as number;
        const parsed = parseTimeBytes(bytes, start, end, wallClock, kinds[column] === TIME_DAY_END);
        // A time read in the scan is the cell's own; a cell not read there is none of parseTimeBytes' times.
        if (time === time) expect([parsed, PARSED[0]]).toEqual([true, time]);
        else expect(parsed).toBe(false);
      }
    }
  });

  it('reads the times of a row of the usual forms in the scan, a comma ending each', () => {
    const bytes = new TextEncoder().encode('2019-01-05 09:30:00,2019-01-05,2019-01-05T09:30:00.5+08:00,x\n');
    const cells = new PlainRowCells(4);
    expect(scanPlainRow(bytes, 0, bytes.length, Uint8Array.of(TIME, TIME_DAY_END, TIME, HASHED), 1, 480, cells)).toBe(bytes.length);
    // 2019-01-05 is day 17901 since 1970-01-01; 09:30 at UTC+8 is 01:30 UTC
    expect([...cells.times.subarray(0, 3)]).toEqual([17_901 * 86_400_000 + 5_400_000, 17_902 * 86_400_000 - 1 - 480 * 60_000, 17_901 * 86_400_000 + 5_400_500]);
  });
});
