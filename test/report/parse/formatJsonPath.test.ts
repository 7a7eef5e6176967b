import { describe, expect, it } from 'vitest';
import { formatJsonPath } from '../../../src/report/parse/formatJsonPath.js';

describe('formatJsonPath', () => {
  it.each([
    [[], '$'],
    [['centre', 'tally', 'accepted'], 'centre.tally.accepted'],
    [['streetOffices', 'offices', 0, 'tally'], 'streetOffices.offices[0].tally'],
    [[0, 'id'], '[0].id'],
    [['englishNames', '五华区'], 'englishNames["五华区"]'],
    // not identifiers: a leading digit, a character that is not a word character
    [['a', '1st'], 'a["1st"]'],
    [['a', 'b-c'], 'a["b-c"]'],
    [['$ref', '_x'], '$ref._x'],
  ])('writes %j as %s', (path, text) => {
    expect(formatJsonPath(path as PropertyKey[])).toBe(text);
  });

  it('writes a symbol key in brackets', () => {
    expect(formatJsonPath(['a', Symbol('s')])).toBe('a["Symbol(s)"]');
  });
});
