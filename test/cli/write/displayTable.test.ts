import { describe, expect, it } from 'vitest';
import { displayTable, displayWidth } from '../../../src/cli/write/displayTable.js';

describe('displayTable', () => {
  it('counts a Chinese character as two columns', () => {
    expect(displayWidth('east')).toBe(4);
    expect(displayWidth('红云')).toBe(4);
  });

  it('aligns names left and figures right, two spaces apart, with no trailing spaces', () => {
    // widths: column 0 max(4, 4, 1) = 4, column 1 max(2, 1, 3) = 3
    expect(displayTable(['街道', '受理'], [['east', '3'], ['w', '100']], 1)).toBe(['街道  受理', 'east     3', 'w      100'].join('\n'));
    // a left-aligned last column is padded, then the padding trimmed
    expect(displayTable(['a', 'bbb'], [['xx', 'y']], 2)).toBe(['a   bbb', 'xx  y'].join('\n'));
  });

  it('sizes a column by its header when a row is short', () => {
    // column 1 is as wide as 'b'; the row has no cell there
    expect(displayTable(['a', 'b'], [['x']], 1)).toBe(['a  b', 'x'].join('\n'));
  });
});
