import { describe, expect, it } from 'vitest';
import { type JsonPathKey, lineAndColumn, scanJson } from '../../src/internal/scanJson.js';

/** Every number of a text with its offsets and a copy of its path. */
function numbers(text: string): [string, number, JsonPathKey[]][] {
  const found: [string, number, JsonPathKey[]][] = [];
  expect(
    scanJson(text, (start, end, path) => {
      found.push([text.slice(start, end), start, [...path]]);
      return false;
    }),
  ).toBeNull();
  return found;
}

// The errors of scanJson are tested through jsonSyntaxError (test/cli/read/jsonSyntaxError.test.ts).
describe('scanJson', () => {
  it('visits each number with its offset and path, names decoded', () => {
    // { 0, "a" 1-3, : 4, [ 6, 1 7, , 8, { 10, "b\\u0063" 11-19, : 20, 2 22, } 23, ] 24, , 25, "d" 27-29, : 30, -3.5e2 32
    expect(numbers('{"a": [1, {"b\\u0063": 2}], "d": -3.5e2}')).toEqual([
      ['1', 7, ['a', 0]],
      ['2', 22, ['a', 1, 'bc']],
      ['-3.5e2', 32, ['d']],
    ]);
  });

  it('visits a text that is one number with the empty path, and skips numbers in strings', () => {
    expect(numbers(' 7 ')).toEqual([['7', 1, []]]);
    expect(numbers('["1e400", {"2": "3"}, [[], {}], 4]')).toEqual([['4', 32, [3]]]);
  });

  it('stops where the visitor asks, and then reports no error', () => {
    const seen: string[] = [];
    expect(scanJson('[1, 2, 3 x', (start, end) => seen.push('[1, 2, 3 x'.slice(start, end)) === 2)).toBeNull();
    expect(seen).toEqual(['1', '2']);
  });

  it('keeps its own stack: a text nested 100,000 deep gives the path of its number', () => {
    let depth = -1;
    expect(scanJson(`${'['.repeat(100_000)}5${']'.repeat(100_000)}`, (_start, _end, path) => ((depth = path.length), false))).toBeNull();
    expect(depth).toBe(100_000);
  });
});

describe('lineAndColumn', () => {
  it('counts lines by \\n and columns in UTF-16 code units', () => {
    expect(lineAndColumn('', 0)).toEqual({ line: 1, column: 1 });
    // a\r\n is line 1; "b" is at offset 3, line 2 column 1; the \n at 1 of "x\ny" is still line 1
    expect(lineAndColumn('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn('x\ny', 1)).toEqual({ line: 1, column: 2 });
    // 😀 is two code units: "z" after it is column 3
    expect(lineAndColumn('😀z\n', 2)).toEqual({ line: 1, column: 3 });
  });
});
