import { describe, expect, it } from 'vitest';
import { inexactFieldNumber } from '../../src/internal/inexactFieldNumber.js';

describe('inexactFieldNumber', () => {
  const field = (text: string) => inexactFieldNumber(text, JSON.parse(text), ['id', 'a', 'b', 'c', 'd', 'e', 'acceptedAt']);

  it('finds a field of a record written as a number read as another, named by the field', () => {
    // {"id": 0-5, "a\"1" 7-12, , 13, "acceptedAt" 15-26, : 27, 1e400 29
    expect(field('{"id":"a\\"1","acceptedAt":1e400}')).toEqual({ text: '1e400', value: Number.POSITIVE_INFINITY, tooLarge: true, index: 26, path: ['acceptedAt'] });
    expect(field('{"a":1,"b\\\\":[2],"\\u0063":1546300800000.0000001}')).toMatchObject({ value: 1546300800000, tooLarge: false, path: ['c'] });
  });

  it('finds a record that is one number read as another', () => {
    expect(field(' 1e400 ')).toEqual({ text: '1e400', value: Number.POSITIVE_INFINITY, tooLarge: true, index: 1, path: [] });
    expect(field('7')).toBeNull();
  });

  it('leaves out numbers deeper than the fields, in strings, and records of no number or not objects', () => {
    expect(field('{"a": {"b": 1e400}, "c": [1e400], "d": 5}')).toBeNull();
    expect(field('{"a": "1e400", "b": "x\\" 1e400"}')).toBeNull();
    expect(field('[1e400]')).toBeNull();
    expect(field('null')).toBeNull();
    expect(field('"1e400"')).toBeNull();
    // a record of strings is not scanned at all: a text that is not even JSON gives null
    expect(inexactFieldNumber('{"a": 1e400', { a: 'x' }, ['a'])).toBeNull();
    // only the fields asked for: the first number read as another is in a field not asked for
    expect(field('{"other": 1e400, "a": 9007199254740993}')).toMatchObject({ text: '9007199254740993', path: ['a'] });
    expect(field('{"other": 1e400}')).toBeNull();
  });

  it('reads the whole line when a number field is not written plainly: named twice, spaced, or not in its shortest text', () => {
    // JSON.parse keeps the last of two fields of one name: here the inexact one
    expect(field('{"a":5,"a":5.00000000000000001}')).toMatchObject({ text: '5.00000000000000001', path: ['a'] });
    // the same name deeper in the record, and the field itself written with a space before its colon
    expect(field('{"x":{"a":5},"a" : 5.00000000000000001}')).toMatchObject({ text: '5.00000000000000001', path: ['a'] });
    expect(field('{"a":5.0,"b":-7,"c":1.5e3,"d":0}')).toBeNull();
    expect(field('{"a":-9007199254740993}')).toMatchObject({ value: -9007199254740992, tooLarge: true });
    expect(field('{"a":123456789012345678}')).toMatchObject({ value: 123456789012345680, tooLarge: true });
  });

  it('reads true, false and null between numbers', () => {
    expect(field('{"a": true, "b": null, "c": false, "d": -1.5e3, "e": 9007199254740993}')).toMatchObject({ text: '9007199254740993', path: ['e'] });
  });
});
