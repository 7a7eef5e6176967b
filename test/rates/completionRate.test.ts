import { describe, expect, it } from 'vitest';
import { completionRate } from '../../src/index.js';

describe('completionRate', () => {
  it('gives 办结 / 受理 exactly: the seed centre completed 35133 of 35300', () => {
    // 35133 / 35300 = 0.99526912…, printed 99.53% in the seed
    expect(completionRate({ accepted: 35300, completed: 35133 })).toEqual({
      numerator: 35133,
      denominator: 35300,
      value: 35133 / 35300,
    });
  });

  it('exceeds 1 when carried-over cases are completed (结转)', () => {
    // 120 completed against 100 accepted: 1.2, data and not an error
    expect(completionRate({ accepted: 100, completed: 120 }).value).toBe(1.2);
  });

  it('has no rate when nothing was accepted', () => {
    expect(completionRate({ accepted: 0, completed: 0 })).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(completionRate({ accepted: 0, completed: 4 }).value).toBeNull();
  });

  it('reads only accepted and completed, so a whole tally can be passed', () => {
    expect(completionRate({ accepted: 4, completed: 3, inProgress: 1 } as never).value).toBe(0.75);
  });

  it('throws TypeError for a tally that is not an object', () => {
    expect(() => completionRate(null as never)).toThrow(
      new TypeError('completionRate requires tally to be an object, got null'),
    );
    expect(() => completionRate([1, 2] as never)).toThrow(TypeError);
  });

  it('throws TypeError naming the field that is missing or not a number', () => {
    expect(() => completionRate({ accepted: 10 } as never)).toThrow(
      new TypeError('completionRate requires completed to be a number, got undefined'),
    );
    expect(() => completionRate({ accepted: '10', completed: 3 } as never)).toThrow(
      new TypeError('completionRate requires accepted to be a number, got "10"'),
    );
  });

  it.each([
    [-1, '-1'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    [2 ** 53, '9007199254740992'],
    // -0 is no count (JSON.parse reads "-0" as it), and would come back as a -0 denominator
    [-0, '-0'],
  ])('throws RangeError for accepted = %s', (accepted, shown) => {
    expect(() => completionRate({ accepted, completed: 0 })).toThrow(
      new RangeError(`completionRate requires accepted to be a non-negative integer, got ${shown}`),
    );
  });

  it('accepts the largest safe integer', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(completionRate({ accepted: max, completed: max }).value).toBe(1);
  });
});
