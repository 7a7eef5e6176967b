import { describe, expect, it } from 'vitest';
import { TallyAccumulator } from '../../../src/tally/engine/TallyAccumulator.js';
import { tallierAccumulator } from '../../../src/tally/engine/tallierAccumulator.js';
import { createTallier } from '../../../src/tally/createTallier.js';

describe('tallierAccumulator', () => {
  it('finds the engine of a tallier made by createTallier', () => {
    const tallier = createTallier({ period: '2019-01', by: [] });
    const accumulator = tallierAccumulator('feedX', tallier);
    expect(accumulator).toBeInstanceOf(TallyAccumulator);
    // the same engine each time, and another one for another tallier
    expect(tallierAccumulator('feedX', tallier)).toBe(accumulator);
    expect(tallierAccumulator('feedX', createTallier({ period: '2019-01', by: [] }))).not.toBe(accumulator);
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    ['tallier', '"tallier"'],
    [42, '42'],
    [{}, 'an object'],
  ])('throws a TypeError for %j, which no createTallier made', (value, described) => {
    expect(() => tallierAccumulator('feedX', value)).toThrow(
      new TypeError(`feedX requires tallier to be made by createTallier, got ${described}`),
    );
  });
});
