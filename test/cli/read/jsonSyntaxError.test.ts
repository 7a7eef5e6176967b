import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../../src/cli/read/jsonSyntaxError.js';

// Each row: what the text shows, the text, and the expected 1-based line and
// column of the first bad character with the reason. The column is the number
// of characters (UTF-16 code units) before the bad one on its line, plus 1;
// the offsets are counted by hand in the comments (0-based).
type Row = [string, string, number, number, string];

const expectRows = (rows: Row[]): void => {
  it.each(rows)('%s: %j', (_what, text, line, column, reason) => {
    expect(jsonSyntaxError(text)).toEqual({ line, column, reason });
  });
};

describe('jsonSyntaxError: strings and escapes', () => {
  expectRows([
    // " 0, a 1, U+0001 2
    ['a control character', '"a\u0001b"', 1, 3, 'control character in a string'],
    // " 0, a 1, tab 2
    ['a raw tab', '"a\tb"', 1, 3, 'control character in a string'],
    // " 0, a 1, b 2, newline 3: the position is before the newline, on line 1
    ['a raw newline', '"ab\ncd"', 1, 4, 'control character in a string'],
    // a space (0x20) is allowed: { 0, "a b" 1-5, : 6, 1 8, , 9, } 10
    ['a space in a name, then a trailing comma', '{"a b": 1,}', 1, 11, 'expected a property name in double quotes, found character "}"'],
    // " 0, u 1, \ 2, q 3: a "u" before the backslash is not an escape
    ['an unknown escape after a u', '"u\\q"', 1, 4, 'bad escape in a string'],
    // " 0, \ 1, q 2
    ['an unknown escape', '"\\q"', 1, 3, 'bad escape in a string'],
    // " 0, \ 1, then the end at 2
    ['a backslash at the end of the text', '"\\', 1, 3, 'bad escape in a string'],
    // [ 0, " 1, eight two-character escapes 2-17, " 18, , 19, space 20, x 21
    ['the eight one-letter escapes are valid', '["\\"\\\\\\/\\b\\f\\n\\r\\t", x]', 1, 22, 'unexpected character "x"'],
    // " 0, \u00e9 1-6, \uABCD 7-12, " 13, space 14, x 15
    ['\\u escapes in both cases are valid', '"\\u00e9\\uABCD" x', 1, 16, 'unexpected character "x" after the end of the JSON value'],
    // " 0, \ 1, u 2: the position is the u
    ['a \\u escape with a non-hex digit', '"\\u12G4"', 1, 3, 'bad \\u escape in a string'],
    ['a \\u escape with two digits', '"\\u12"', 1, 3, 'bad \\u escape in a string'],
    ['a \\u escape cut by the end of the text', '"\\u12', 1, 3, 'bad \\u escape in a string'],
    // " 0, a 1, b 2, c 3, end 4
    ['an unterminated string', '"abc', 1, 5, 'unterminated string'],
    // { 0, " 1, a 2, end 3
    ['an unterminated property name', '{"a', 1, 4, 'unterminated string'],
  ]);
});

describe('jsonSyntaxError: numbers', () => {
  // Each valid number is followed by " x]": the error is at the x, so the
  // column (number length + 3) shows how much of the number was read.
  expectRows([
    ['one digit', '[7 x]', 1, 4, "expected ',' or ']' after an array element, found character \"x\""],
    ['three digits', '[123 x]', 1, 6, "expected ',' or ']' after an array element, found character \"x\""],
    ['zero', '[0 x]', 1, 4, "expected ',' or ']' after an array element, found character \"x\""],
    ['nine', '[9 x]', 1, 4, "expected ',' or ']' after an array element, found character \"x\""],
    ['a negative number', '[-4 x]', 1, 5, "expected ',' or ']' after an array element, found character \"x\""],
    ['a fraction', '[1.25 x]', 1, 7, "expected ',' or ']' after an array element, found character \"x\""],
    ['an exponent', '[9e5 x]', 1, 6, "expected ',' or ']' after an array element, found character \"x\""],
    ['an exponent with +', '[1E+5 x]', 1, 7, "expected ',' or ']' after an array element, found character \"x\""],
    ['an exponent with -', '[2e-3 x]', 1, 7, "expected ',' or ']' after an array element, found character \"x\""],
    ['a two-digit exponent', '[1e10 x]', 1, 7, "expected ',' or ']' after an array element, found character \"x\""],
    ['all the parts', '[-0.5e-12 x]', 1, 11, "expected ',' or ']' after an array element, found character \"x\""],
    // the number is "0"; the 1 at offset 2 is the bad character
    ['a leading zero', '[01]', 1, 3, "expected ',' or ']' after an array element, found character \"1\""],
    ['a point with no digits after it', '[1.]', 1, 3, "expected ',' or ']' after an array element, found character \".\""],
    ['an e with no digits after it', '[1e]', 1, 3, "expected ',' or ']' after an array element, found character \"e\""],
    ['a lone minus sign', '[-]', 1, 2, 'unexpected character "-"'],
    // the 1 further on is not part of the number that failed at the minus
    ['a minus sign before a letter', '[-x, 1]', 1, 2, 'unexpected character "-"'],
    ['a leading point', '[.5]', 1, 2, 'unexpected character "."'],
    ['a leading plus sign', '[+1]', 1, 2, 'unexpected character "+"'],
  ]);
});

describe('jsonSyntaxError: true, false and null', () => {
  expectRows([
    // [ 0, true 1-4, , 5, false 7-11, , 12, null 14-17, , 18, n 20, u 21, l 22, ] 23
    ['a short null after valid literals', '[true, false, null, nul]', 1, 24, 'unexpected character "]"'],
    ['a short true at the end', 'tru', 1, 4, 'unexpected end of file'],
    // [ 0, f 1, a 2, l 3, s 4, y 5
    ['a misspelt false', '[falsy]', 1, 6, 'unexpected character "y"'],
    ['a capital letter', 'True', 1, 1, 'unexpected character "T"'],
    ['a control character outside a string', '[\u0001]', 1, 2, 'unexpected character "\\u0001"'],
  ]);
});

describe('jsonSyntaxError: arrays', () => {
  expectRows([
    ['an empty array then more', '[] x', 1, 4, 'unexpected character "x" after the end of the JSON value'],
    ['an array then more', '[1] x', 1, 5, 'unexpected character "x" after the end of the JSON value'],
    ['a missing comma', '[1 2]', 1, 4, "expected ',' or ']' after an array element, found character \"2\""],
    // [ 0, "a" 1-3, , 4, "b" 5-7, space 8, x 9
    ['strings then a missing comma', '["a","b" x]', 1, 10, "expected ',' or ']' after an array element, found character \"x\""],
    ['a trailing comma', '[1,]', 1, 4, 'unexpected character "]"'],
    ['the end after a comma', '[1,', 1, 4, 'unexpected end of file'],
    ['the end after [', '[', 1, 2, 'unexpected end of file'],
    ['the end after an element', '[1', 1, 3, "expected ',' or ']' after an array element, found end of file"],
    // [ 0, [ 1, 1 2, , 3, [ 5, 2 6, ] 7, ] 8, , 9, 3 11, x 13
    ['nested arrays', '[[1, [2]], 3 x]', 1, 14, "expected ',' or ']' after an array element, found character \"x\""],
  ]);
});

describe('jsonSyntaxError: objects', () => {
  expectRows([
    ['an empty object then more', '{} x', 1, 4, 'unexpected character "x" after the end of the JSON value'],
    // { 0, "a" 1-3, : 4, 1 5, } 6, space 7, x 8
    ['an object then more', '{"a":1} x', 1, 9, 'unexpected character "x" after the end of the JSON value'],
    // { 0, "a" 1-3, space 4, 1 5
    ['a missing colon', '{"a" 1}', 1, 6, "expected ':' after a property name, found character \"1\""],
    ['the end after a name', '{"a"', 1, 5, "expected ':' after a property name, found end of file"],
    // { 0, "a" 1-3, : 4, 1 5, space 6, " 7
    ['a missing comma', '{"a":1 "b":2}', 1, 8, "expected ',' or '}' after a property value, found character \"\\\"\""],
    ['the end after a value', '{"a":1', 1, 7, "expected ',' or '}' after a property value, found end of file"],
    ['a number as a name', '{1:2}', 1, 2, 'expected a property name in double quotes, found character "1"'],
    ['a name in single quotes', "{'a':1}", 1, 2, 'expected a property name in double quotes, found character "\'"'],
    ['a trailing comma', '{"a":1,}', 1, 8, 'expected a property name in double quotes, found character "}"'],
    ['the end after {', '{', 1, 2, 'expected a property name in double quotes, found end of file'],
    ['the end after a colon', '{"a":', 1, 6, 'unexpected end of file'],
    // { 0, "a" 1-3, : 4, { 6, "b" 7-9, : 10, [ 12, 1 13, , 14, { 16, "c" 17-19,
    // : 20, null 22-25, } 26, ] 27, } 28, , 29, "d" 31-33, : 34, x 36
    ['nested objects and arrays', '{"a": {"b": [1, {"c": null}]}, "d": x}', 1, 37, 'unexpected character "x"'],
  ]);
});

describe('jsonSyntaxError: the whole text', () => {
  expectRows([
    ['an empty text', '', 1, 1, 'unexpected end of file'],
    // line 2 is two spaces: the end is at its column 3
    ['only white space', '  \n  ', 2, 3, 'unexpected end of file'],
    ['two values', '1 2', 1, 3, 'unexpected character "2" after the end of the JSON value'],
    // valid JSON (the function is only called after JSON.parse failed): the
    // position is the end of the text; 16 characters, so column 17
    ['valid JSON', '{"a": [1, true]}', 1, 17, 'not valid JSON'],
    ['valid JSON ending with a newline', '[1]\n', 2, 1, 'not valid JSON'],
  ]);
});

describe('jsonSyntaxError: lines and columns', () => {
  expectRows([
    // line 3 is `  "b": x`: the x is its 8th character
    ['\\n line ends', '{\n  "a": 1,\n  "b": x\n}', 3, 8, 'unexpected character "x"'],
    // a \r belongs to the line it ends, not to the next one
    ['\\r\\n line ends', '{\r\n  "a": 1,\r\n  "b": x\r\n}', 3, 8, 'unexpected character "x"'],
    // line 4 is `  3 4]`
    ['empty lines', '[1,\n\n2,\n  3 4]', 4, 5, "expected ',' or ']' after an array element, found character \"4\""],
    // { 0, tab 1, "a" 2-4, tab 5, 1 6: a tab is one column
    ['tabs', '{\t"a"\t1}', 1, 7, "expected ':' after a property name, found character \"1\""],
    // [ 0, " 1, 政 2, 务 3, " 4, , 5, x 7: a Chinese character is one column
    ['Chinese text', '["政务", x]', 1, 8, 'unexpected character "x"'],
  ]);
});

describe('jsonSyntaxError: long numbers', () => {
  it('reads a number of any length before the bad character', () => {
    // [ 0, 500 digits 1-500, , 501, ] 502
    expect(jsonSyntaxError(`[${'1'.repeat(500)},]`)).toEqual({ line: 1, column: 503, reason: 'unexpected character "]"' });
    // [ 0, -0. 1-3, 450 digits 4-453, space 454, x 455
    expect(jsonSyntaxError(`[-0.${'5'.repeat(450)} x]`)).toEqual({
      line: 1,
      column: 456,
      reason: "expected ',' or ']' after an array element, found character \"x\"",
    });
  });
});

describe('jsonSyntaxError: deep nesting', () => {
  // The parser keeps its own stack: nesting far past the call stack's depth
  // (about 10,000 frames) is located like any other text.
  it('places 100,000 unclosed brackets at the end of the file', () => {
    // 100,000 characters on one line: the end is column 100,001
    expect(jsonSyntaxError('['.repeat(100_000))).toEqual({ line: 1, column: 100_001, reason: 'unexpected end of file' });
  });

  it('places a bad character inside 100,000 nested objects', () => {
    // each level {"a": is 5 characters: 500,000 characters, then x
    expect(jsonSyntaxError(`${'{"a":'.repeat(100_000)}x`)).toEqual({ line: 1, column: 500_001, reason: 'unexpected character "x"' });
  });

  it('places a mismatched bracket after 100,000 levels of arrays and objects', () => {
    // [{"a": is 6 characters a level; 600,000 of them, then 1, then ] where } should be
    expect(jsonSyntaxError(`${'[{"a":'.repeat(100_000)}1]`)).toEqual({
      line: 1,
      column: 600_002,
      reason: "expected ',' or '}' after a property value, found character \"]\"",
    });
  });

  it('reads a valid text nested 100,000 deep to its end', () => {
    expect(jsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual({ line: 1, column: 200_001, reason: 'not valid JSON' });
  });
});
