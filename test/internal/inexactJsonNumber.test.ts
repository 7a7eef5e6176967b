import { describe, expect, it } from 'vitest';
import { inexactJsonNumber, readsAsWritten } from '../../src/internal/inexactJsonNumber.js';

describe('readsAsWritten', () => {
  it.each([
    ['35300'],
    ['0'],
    ['-0'],
    ['0.0e5'],
    ['0.1'],
    ['1.5e3'],
    ['35300.000'],
    ['3.53E+4'],
    ['9007199254740991'],
    // 2^53 is a double: it reads exactly (the schema then refuses it as past the safe integers)
    ['9007199254740992'],
    ['1e21'],
    ['5e-324'],
    ['0.30000000000000004'],
  ])('%s reads as written', (text) => {
    expect(readsAsWritten(text, Number(text))).toBe(true);
  });

  it.each([
    ['1e400'],
    ['-1e400'],
    // 2^53 + 1 reads as 2^53
    ['9007199254740993'],
    ['35300.00000000000000001'],
    ['1e-400'],
    // 17 significant digits of 0.1: the double nearest is 0.1000000000000000055…, whose shortest text is 0.1
    ['0.10000000000000001'],
  ])('%s reads as another number', (text) => {
    expect(readsAsWritten(text, Number(text))).toBe(false);
  });
});

describe('inexactJsonNumber', () => {
  it('finds the first number read as another, with its place, path and what it reads as', () => {
    // [ 0, 1e5 1-3, , 4, {"a" 6-9, : 10, 1e400 12
    expect(inexactJsonNumber('[1e5, {"a": 1e400, "b": 1e-400}]')).toEqual({
      text: '1e400',
      value: Number.POSITIVE_INFINITY,
      tooLarge: true,
      index: 12,
      path: [1, 'a'],
    });
    expect(inexactJsonNumber('{"n": 9007199254740993}')).toMatchObject({ value: 9007199254740992, tooLarge: true });
    expect(inexactJsonNumber('{"n": -9007199254740993}')).toMatchObject({ value: -9007199254740992, tooLarge: true });
    expect(inexactJsonNumber('{"n": 1.00000000000000001}')).toMatchObject({ value: 1, tooLarge: false });
  });

  it('cuts a long number at 80 characters', () => {
    expect(inexactJsonNumber(`[${'9'.repeat(400)}]`)?.text).toBe(`${'9'.repeat(80)}…`);
  });

  it('looks only as deep as asked', () => {
    expect(inexactJsonNumber('{"a": {"b": 1e400}}', 1)).toBeNull();
    expect(inexactJsonNumber('{"a": 1e400}', 1)?.path).toEqual(['a']);
    expect(inexactJsonNumber('[1e400]', 0)).toBeNull();
    expect(inexactJsonNumber('1e400', 0)?.path).toEqual([]);
  });

  it('finds nothing in a text whose numbers all read as written, nor in strings', () => {
    expect(inexactJsonNumber('{"acceptedAt": 1546300800000, "id": "9007199254740993", "x": "1e400"}')).toBeNull();
    expect(inexactJsonNumber('[1e5, 12345e-4, 1234567890.12345]')).toBeNull();
  });
});
