import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { HASH_START, hashByte, TextCells } from '../../../../src/tally/read/csvBytes/TextCells.js';

// TextCells: every cell gets the value made from its own bytes, whatever
// other cells came first. Cells are short and from few letters, so that many
// share a length and all but a byte; with one hash for all (getHashed, as if
// every hash collided) only the comparison of the bytes tells them apart
// (four at a time, then one by one); and they come in other arrays, at other
// offsets, as the reader's buffer grows and moves.
const cellText = fc.oneof(
  fc.array(fc.constantFrom('a', 'b'), { minLength: 3, maxLength: 10 }),
  fc.array(fc.constantFrom('a', 'b', 'D', '0', '区'), { maxLength: 11 }),
).map((parts) => parts.join(''));

describe('TextCells', () => {
  test.prop([fc.array(fc.tuple(cellText, fc.nat({ max: 6 }), fc.boolean()), { minLength: 20, maxLength: 200 }), fc.constantFrom(3, 65_536), fc.boolean()], { numRuns: 500 })(
    'gives each cell the value made from its bytes, by get and by getHashed',
    (cells, limit, collide) => {
      let made = 0;
      const table = new TextCells((bytes, start, end) => {
        made += 1;
        return `<${new TextDecoder().decode(bytes.subarray(start, end))}>`;
      }, limit);
      for (const [text, offset, hashed] of cells) {
        const encoded = new TextEncoder().encode(text);
        const bytes = new Uint8Array(offset + encoded.length + 3).fill(0x61);
        bytes.set(encoded, offset);
        const end = offset + encoded.length;
        let hash = HASH_START;
        for (let at = offset; at < end; at += 1) hash = hashByte(hash, bytes[at] as number);
        if (collide) hash = 7;
        expect(hashed || collide ? table.getHashed(hash, bytes, offset, end) : table.get(bytes, offset, end)).toBe(`<${text}>`);
      }
      // Each distinct cell is made once, while fewer than `limit` are kept.
      if (limit > cells.length) expect(made).toBe(new Set(cells.map(([text]) => text)).size);
    },
  );
});
