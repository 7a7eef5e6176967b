import { describe, expect, it } from 'vitest';
import { inexactJsonNumber } from '../../src/internal/inexactJsonNumber.js';

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

  it('finds nothing in a text whose numbers all read as written, nor in strings', () => {
    expect(inexactJsonNumber('{"acceptedAt": 1546300800000, "id": "9007199254740993", "x": "1e400"}')).toBeNull();
    expect(inexactJsonNumber('[1e5, 12345e-4, 1234567890.12345]')).toBeNull();
  });
});
