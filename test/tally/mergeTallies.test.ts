import { describe, expect, it } from 'vitest';
import { emptyTally, mergeTallies, mergeTallyGroups } from '../../src/index.js';

describe('mergeTallies', () => {
  it('adds the counts: the seed centre is 行政许可 + 公共服务', () => {
    // seed: 受理 20564 行政许可 + 14736 公共服务 = 35300; 办结 split 20500 + 14633 = 35133 (split made up, sum from the seed)
    expect(mergeTallies({ accepted: 20564, completed: 20500 }, { accepted: 14736, completed: 14633 })).toEqual({
      accepted: 35300,
      completed: 35133,
    });
  });

  it('adds every count of full tallies', () => {
    expect(
      mergeTallies(
        { accepted: 1, completed: 2, completedOnTime: 1, due: 3, inProgress: 4 },
        { accepted: 10, completed: 20, completedOnTime: 10, due: 30, inProgress: 40 },
      ),
    ).toEqual({ accepted: 11, completed: 22, completedOnTime: 11, due: 33, inProgress: 44 });
  });

  it('keeps an optional count only when both tallies have it: missing is unknown, not zero', () => {
    expect(mergeTallies({ accepted: 1, completed: 1, due: 1 }, { accepted: 1, completed: 1, due: 2, inProgress: 5 })).toEqual({
      accepted: 2,
      completed: 2,
      due: 3,
    });
  });

  it('refuses a count written -0, which is no count, so that no sum can be -0', () => {
    expect(() => mergeTallies({ accepted: -0, completed: 0 }, { accepted: 0, completed: 0 })).toThrow(
      new RangeError('mergeTallies requires a.accepted to be a non-negative integer, got -0'),
    );
  });

  it('has emptyTally as identity', () => {
    const tally = { accepted: 3, completed: 1, completedOnTime: 1, due: 0, inProgress: 2 };
    expect(mergeTallies(emptyTally(), tally)).toEqual(tally);
  });

  it('checks its arguments', () => {
    expect(() => mergeTallies(null as never, emptyTally())).toThrow(new TypeError('mergeTallies requires a to be an object, got null'));
    expect(() => mergeTallies(emptyTally(), { accepted: -1, completed: 0 })).toThrow(
      new RangeError('mergeTallies requires b.accepted to be a non-negative integer, got -1'),
    );
    expect(() => mergeTallies({ completed: 0 } as never, emptyTally())).toThrow(
      new TypeError('mergeTallies requires a.accepted to be a number, got undefined'),
    );
    expect(() => mergeTallies({ accepted: Number.MAX_SAFE_INTEGER, completed: 0 }, { accepted: 1, completed: 0 })).toThrow(
      new RangeError('mergeTallies requires the sum of accepted to be a safe integer, got 9007199254740992'),
    );
  });

  it('checks an optional count that only one tally has, though it is left out of the sum', () => {
    const counts = { accepted: 1, completed: 1 };
    expect(() => mergeTallies(counts, { ...counts, inProgress: -1 })).toThrow(
      new RangeError('mergeTallies requires b.inProgress to be a non-negative integer, got -1'),
    );
    expect(() => mergeTallies({ ...counts, due: 1.5 }, counts)).toThrow(
      new RangeError('mergeTallies requires a.due to be a non-negative integer, got 1.5'),
    );
    expect(() => mergeTallies({ ...counts, completedOnTime: '1' } as never, counts)).toThrow(
      new TypeError('mergeTallies requires a.completedOnTime to be a number, got "1"'),
    );
    // a good count on one side only: still left out (unknown, not zero)
    expect(mergeTallies({ ...counts, due: 2 }, counts)).toEqual({ accepted: 2, completed: 2 });
  });
});

describe('mergeTallyGroups', () => {
  const tally = (accepted: number) => ({ accepted, completed: 0, completedOnTime: 0, due: 0, inProgress: accepted });

  it('adds groups with the same key and keeps the others, sorted', () => {
    expect(
      mergeTallyGroups(
        [{ key: { department: 'B' }, tally: tally(1) }, { key: { department: '__proto__' }, tally: tally(2) }],
        [{ key: { department: 'B' }, tally: tally(3) }, { key: { department: 'A' }, tally: tally(4) }],
      ),
    ).toEqual([
      { key: { department: 'A' }, tally: tally(4) },
      { key: { department: 'B' }, tally: tally(4) },
      { key: { department: '__proto__' }, tally: tally(2) },
    ]);
  });

  it('tells a null street office from a missing one and sorts it last', () => {
    expect(
      mergeTallyGroups([{ key: { streetOffice: null }, tally: tally(1) }], [{ key: { streetOffice: 'S1' }, tally: tally(1) }, { key: { streetOffice: null }, tally: tally(2) }]),
    ).toEqual([
      { key: { streetOffice: 'S1' }, tally: tally(1) },
      { key: { streetOffice: null }, tally: tally(3) },
    ]);
  });

  it('checks its arguments', () => {
    expect(() => mergeTallyGroups({} as never, [])).toThrow(new TypeError('mergeTallyGroups requires a to be an array of groups, got an object'));
    expect(() => mergeTallyGroups([], [null] as never)).toThrow(new TypeError('mergeTallyGroups requires b[0] to be an object, got null'));
  });
});
