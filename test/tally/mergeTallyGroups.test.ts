import { describe, expect, it } from 'vitest';
import { mergeTallyGroups } from '../../src/index.js';

const tally = (accepted: number) => ({ accepted, completed: 0, completedOnTime: 0, due: 0, inProgress: accepted });

describe('mergeTallyGroups, checks and keys', () => {
  it('rejects a group that is not an object, or whose key is not an object, before merging', () => {
    const fnGroup = Object.assign(() => 0, { key: { department: 'A' }, tally: tally(1) });
    expect(() => mergeTallyGroups([fnGroup] as never, [])).toThrow(
      new TypeError('mergeTallyGroups requires a to be an array of groups, got an array of length 1'),
    );
    for (const key of ['A', null]) {
      expect(() => mergeTallyGroups([], [{ key, tally: tally(1) }] as never)).toThrow(
        new TypeError('mergeTallyGroups requires b to be an array of groups, got an array of length 1'),
      );
    }
  });

  it('names the list of a bad tally in a group of that list only', () => {
    const bad = { ...tally(0), accepted: -1 };
    expect(() => mergeTallyGroups([], [{ key: { department: 'A' }, tally: bad }])).toThrow(
      new RangeError('mergeTallyGroups requires b.accepted to be a non-negative integer, got -1'),
    );
    expect(() => mergeTallyGroups([{ key: { department: 'A' }, tally: bad }], [])).toThrow(
      new RangeError('mergeTallyGroups requires a.accepted to be a non-negative integer, got -1'),
    );
  });

  it('keeps the key of the first list, as written, for groups in both', () => {
    const merged = mergeTallyGroups(
      [{ key: { department: 'A', category: 'public_service' }, tally: tally(1) }],
      [{ key: { category: 'public_service', department: 'A' }, tally: tally(2) }],
    );
    // one group, accepted 1 + 2 = 3, its key with department first as in a
    expect(JSON.stringify(merged)).toBe(
      '[{"key":{"department":"A","category":"public_service"},"tally":{"accepted":3,"completed":0,"completedOnTime":0,"due":0,"inProgress":3}}]',
    );
  });
});
