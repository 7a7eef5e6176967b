import { describe, expect, it } from 'vitest';
import { jsonPathText } from '../../../src/cli/read/jsonPathText.js';

describe('jsonPathText', () => {
  it('writes paths the way the report problems do', () => {
    expect(jsonPathText([])).toBe('$');
    expect(jsonPathText(['centre', 'tally', 'accepted'])).toBe('centre.tally.accepted');
    expect(jsonPathText(['centre', 'byCategory', 1, 'accepted'])).toBe('centre.byCategory[1].accepted');
    expect(jsonPathText([0, 'a'])).toBe('[0].a');
    expect(jsonPathText(['englishNames', '五华区'])).toBe('englishNames["五华区"]');
  });

  it('cuts a key at 80 characters and a path of more than eight keys to four at each end', () => {
    // an identifier of 81 characters is cut too, in brackets
    expect(jsonPathText(['a'.repeat(81)])).toBe(`["${'a'.repeat(80)}"…]`);
    expect(jsonPathText(['a'.repeat(80)])).toBe('a'.repeat(80));
    expect(jsonPathText([1, 2, 3, 4, 5, 6, 7, 8])).toBe('[1][2][3][4][5][6][7][8]');
    expect(jsonPathText([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe('[1][2][3][4]…(1 more)…[6][7][8][9]');
    expect(jsonPathText(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])).toBe('a.b.c.d…(2 more)….g.h.i.j');
  });
});
