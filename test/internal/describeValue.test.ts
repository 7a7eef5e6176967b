import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/internal/describeValue.js';

// The value part of every error message ("…, got -0").
describe('describeValue', () => {
  it.each([
    ['a string, quoted', '35300', '"35300"'],
    ['a number as written', 1.5, '1.5'],
    ['NaN', Number.NaN, 'NaN'],
    ['-Infinity', Number.NEGATIVE_INFINITY, '-Infinity'],
    ['-0, which String() would show as 0', -0, '-0'],
    ['a bigint with its n', 12n, '12n'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an array by its length', [1, 2], 'an array of length 2'],
    ['a function, not its source', () => 35300, 'a function'],
    ['a symbol', Symbol('x'), 'Symbol(x)'],
    ['an object by kind', { accepted: 1 }, 'an object'],
    ['a boolean', true, 'true'],
  ])('shows %s', (_what, value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });
});
