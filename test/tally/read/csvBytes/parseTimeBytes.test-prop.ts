import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PARSED, parseIsoInto } from '../../../../src/internal/parseIsoTimestamp.js';
import { parseTimeBytes, readTimeBytes } from '../../../../src/tally/read/csvBytes/parseTimeBytes.js';

// parseTimeBytes reads the common forms from bytes; whenever it reads a
// time, parseIsoInto reads the same text as the same time (it never reads
// one that parseIsoInto refuses, nor another value). Texts are built from
// the pieces of times, valid and not, so that most are near misses.
const piece = fc.constantFrom(
  '2019', '0000', '9999', '2020', '-', '/', '01', '02', '12', '13', '00', '1', '28', '29', '30', '31', '32',
  'T', ' ', '  ', '09', '23', '24', ':', '59', '60', '.', ',', '5', '123', '9999', 'Z', 'z', '+', '+08:00', '-05:30',
  '+0800', '+24:00', '+08:60', '+08', 'x', '中', '\u00a0', '',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 14 }).map((parts) => parts.join('')),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).chain((date) =>
    fc.constantFrom(
      date.toISOString(),
      date.toISOString().slice(0, 19),
      date.toISOString().slice(0, 19).replace('T', ' '),
      date.toISOString().slice(0, 16),
      date.toISOString().slice(0, 10),
      `${date.toISOString().slice(0, 19)}+08:00`,
      `${date.toISOString().slice(0, 19)}-0330`,
    ),
  ),
);
const offset = fc.oneof(fc.constant(Number.NaN), fc.constant(480), fc.integer({ min: -720, max: 840 }));

describe('parseTimeBytes', () => {
  test.prop([text, offset, fc.boolean(), fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 })], { numRuns: 3000 })(
    'reads a time only when parseIsoInto reads the same time from the text',
    (value, wallClock, dayEnd, before, after) => {
      // The cell inside other bytes: nothing past its end is read.
      const encoded = new TextEncoder().encode(`${before}${value}${after}`);
      const start = new TextEncoder().encode(before).length;
      const end = start + new TextEncoder().encode(value).length;
      if (parseTimeBytes(encoded, start, end, wallClock, dayEnd)) {
        const time = PARSED[0];
        expect(parseIsoInto(value, wallClock, dayEnd)).toBe(true);
        expect(PARSED[0]).toBe(time);
      }
    },
  );

  test.prop([text, offset, fc.boolean(), fc.constantFrom(',', '\n', '\r\n', '"', ' ', 'x', '5', '+08:00', '')], { numRuns: 3000 })(
    'readTimeBytes reads up to where parseTimeBytes reads, and no further than a comma',
    (value, wallClock, dayEnd, after) => {
      const encoded = new TextEncoder().encode(`${value}${after}`);
      const length = new TextEncoder().encode(value).length;
      const end = readTimeBytes(encoded, 0, encoded.length, wallClock, dayEnd, false);
      if (end >= 0) {
        const time = PARSED[0];
        expect(parseTimeBytes(encoded, 0, end, wallClock, dayEnd)).toBe(true);
        expect(PARSED[0]).toBe(time);
        expect(encoded.subarray(0, end)).not.toContain(44);
      }
      // A time that fills a cell is read whole when a delimiter follows it.
      if (after === ',' && !value.includes(',') && parseTimeBytes(encoded, 0, length, wallClock, dayEnd)) expect(end).toBe(length);
    },
  );

  it('reads the days of the years either side of those it keeps by month (1900–2155) as parseIsoInto does', () => {
    for (const text of ['1899-12-31T23:59:59Z', '1900-01-01T00:00:00Z', '1900-03-01T00:00:00Z', '2155-12-31T23:59:59Z', '2156-01-01T00:00:00Z', '2019-06-30T00:00:00Z']) {
      const bytes = new TextEncoder().encode(text);
      expect(parseTimeBytes(bytes, 0, bytes.length, Number.NaN, false)).toBe(true);
      expect(PARSED[0]).toBe(Date.parse(text));
    }
  });

  test.prop([fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), offset])(
    'reads the forms exports write most (so that the fast path is taken)',
    (date, wallClock) => {
      const iso = date.toISOString();
      for (const form of [iso, `${iso.slice(0, 19)}+08:00`, ...(wallClock === wallClock ? [iso.slice(0, 19).replace('T', ' '), iso.slice(0, 10)] : [])]) {
        const bytes = new TextEncoder().encode(form);
        expect(parseTimeBytes(bytes, 0, bytes.length, wallClock, false)).toBe(true);
      }
    },
  );
});
