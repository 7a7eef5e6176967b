import { describe, expect, it } from 'vitest';
import { onTimeRate } from '../../src/index.js';

describe('onTimeRate', () => {
  it('uses completed cases as the denominator by default, as the seed did', () => {
    // The seed prints 按时办结率 100% beside 办结率 99.53%: on-time / completed.
    expect(onTimeRate({ completed: 35133, completedOnTime: 35133 })).toEqual({
      numerator: 35133,
      denominator: 35133,
      value: 1,
      basis: 'completed',
    });
  });

  it('uses due cases as the denominator on the due basis', () => {
    // 88 on time of 100 due = 0.88; on the completed basis it would be 88 / 90
    const tally = { completed: 90, completedOnTime: 88, due: 100 };
    expect(onTimeRate(tally, { basis: 'due' })).toEqual({ numerator: 88, denominator: 100, value: 0.88, basis: 'due' });
    expect(onTimeRate(tally, { basis: 'completed' }).denominator).toBe(90);
  });

  it('can exceed 1 on the due basis when cases due later were finished early', () => {
    expect(onTimeRate({ completed: 12, completedOnTime: 12, due: 10 }, { basis: 'due' }).value).toBe(1.2);
  });

  it('has no rate for a zero denominator on either basis', () => {
    expect(onTimeRate({ completed: 0, completedOnTime: 0 }).value).toBeNull();
    expect(onTimeRate({ completed: 3, completedOnTime: 3, due: 0 }, { basis: 'due' }).value).toBeNull();
  });

  it('throws when the due basis is asked for without due', () => {
    expect(() => onTimeRate({ completed: 3, completedOnTime: 2 }, { basis: 'due' })).toThrow(
      new TypeError('onTimeRate requires due to be a number, got undefined'),
    );
  });

  it('throws RangeError when more cases were on time than were completed', () => {
    expect(() => onTimeRate({ completed: 5, completedOnTime: 6 })).toThrow(
      new RangeError('onTimeRate requires completedOnTime (6) to be at most completed (5)'),
    );
  });

  it('throws for an unknown basis or options that are not an object', () => {
    expect(() => onTimeRate({ completed: 5, completedOnTime: 5 }, { basis: 'accepted' as never })).toThrow(
      new RangeError("onTimeRate requires basis to be one of 'completed', 'due', got \"accepted\""),
    );
    expect(() => onTimeRate({ completed: 5, completedOnTime: 5 }, 'due' as never)).toThrow(
      new TypeError('onTimeRate requires options to be an object, got "due"'),
    );
  });

  it('throws for bad counts, naming the field', () => {
    expect(() => onTimeRate({ completed: 5 } as never)).toThrow(
      new TypeError('onTimeRate requires completedOnTime to be a number, got undefined'),
    );
    expect(() => onTimeRate({ completed: -5, completedOnTime: 0 })).toThrow(
      new RangeError('onTimeRate requires completed to be a non-negative integer, got -5'),
    );
    expect(() => onTimeRate({ completed: 5, completedOnTime: 1, due: 2.5 }, { basis: 'due' })).toThrow(
      new RangeError('onTimeRate requires due to be a non-negative integer, got 2.5'),
    );
  });

  it('refuses -0, which would come back as a -0 denominator', () => {
    expect(() => onTimeRate({ completed: -0, completedOnTime: 0 })).toThrow(
      new RangeError('onTimeRate requires completed to be a non-negative integer, got -0'),
    );
    expect(() => onTimeRate({ completed: 5, completedOnTime: 1, due: -0 }, { basis: 'due' })).toThrow(
      new RangeError('onTimeRate requires due to be a non-negative integer, got -0'),
    );
  });
});
