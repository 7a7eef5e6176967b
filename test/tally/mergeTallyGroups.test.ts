import { describe, expect, it } from 'vitest';
import { mergeTallyGroups } from '../../src/index.js';

const tally = (accepted: number) => ({ accepted, completed: 0, completedOnTime: 0, due: 0, inProgress: accepted });

describe('mergeTallyGroups, checks and keys', () => {
  it('rejects a group that is not an object, or whose key is not an object, naming it by its list and index', () => {
    const fnGroup = Object.assign(() => 0, { key: { department: 'A' }, tally: tally(1) });
    expect(() => mergeTallyGroups([fnGroup] as never, [])).toThrow(new TypeError('mergeTallyGroups requires a[0] to be an object, got a function'));
    expect(() => mergeTallyGroups([], [{ key: { department: 'A' }, tally: tally(1) }, { key: 'A', tally: tally(1) }] as never)).toThrow(
      new TypeError('mergeTallyGroups requires b[1].key to be an object, got "A"'),
    );
    expect(() => mergeTallyGroups([], [{ key: null, tally: tally(1) }] as never)).toThrow(
      new TypeError('mergeTallyGroups requires b[0].key to be an object, got null'),
    );
    expect(() => mergeTallyGroups([{ key: [], tally: tally(1) }] as never, [])).toThrow(
      new TypeError('mergeTallyGroups requires a[0].key to be an object, got an array of length 0'),
    );
  });

  it('names the group of a bad tally, also of a group in one list only', () => {
    const bad = { ...tally(0), accepted: -1 };
    expect(() => mergeTallyGroups([], [{ key: { department: 'A' }, tally: bad }])).toThrow(
      new RangeError('mergeTallyGroups requires b[0].tally.accepted to be a non-negative integer, got -1'),
    );
    expect(() => mergeTallyGroups([{ key: { department: 'B' }, tally: tally(1) }, { key: { department: 'A' }, tally: bad }], [])).toThrow(
      new RangeError('mergeTallyGroups requires a[1].tally.accepted to be a non-negative integer, got -1'),
    );
  });

  it('refuses a tally without completedOnTime, due or inProgress, which once dropped the count from every sum', () => {
    for (const missing of ['completedOnTime', 'due', 'inProgress'] as const) {
      const partial: Record<string, number> = { ...tally(1) };
      delete partial[missing];
      expect(() => mergeTallyGroups([{ key: { department: 'A' }, tally: tally(1) }], [{ key: { department: 'A' }, tally: partial }] as never)).toThrow(
        new TypeError(`mergeTallyGroups requires b[0].tally.${missing} to be a number, got undefined`),
      );
    }
  });

  it('checks every key value, so that neither 1n nor a Symbol reaches the merge', () => {
    // Once: "Do not know how to serialize a BigInt" and "Cannot convert a Symbol value to a number"
    expect(() => mergeTallyGroups([{ key: { department: 1n }, tally: tally(1) }] as never, [])).toThrow(
      new TypeError('mergeTallyGroups requires a[0].key.department to be a non-empty string, got 1n'),
    );
    expect(() => mergeTallyGroups([], [{ key: { streetOffice: Symbol('s') }, tally: tally(1) }] as never)).toThrow(
      new TypeError('mergeTallyGroups requires b[0].key.streetOffice to be a non-empty string or null, got Symbol(s)'),
    );
    expect(() => mergeTallyGroups([], [{ key: { category: 'public' }, tally: tally(1) }] as never)).toThrow(
      new RangeError("mergeTallyGroups requires b[0].key.category to be 'administrative_licensing' or 'public_service', got \"public\""),
    );
    expect(() => mergeTallyGroups([], [{ key: { period: 201901 }, tally: tally(1) }] as never)).toThrow(
      new TypeError('mergeTallyGroups requires b[0].key.period to be a month written YYYY-MM, got 201901'),
    );
    expect(() => mergeTallyGroups([], [{ key: { month: '2019-01' }, tally: tally(1) }] as never)).toThrow(
      new RangeError("mergeTallyGroups requires b[0].key to hold only 'department', 'category', 'streetOffice', 'period', got \"month\""),
    );
  });

  it('refuses a sum beyond Number.MAX_SAFE_INTEGER, naming the group that took it there', () => {
    expect(() =>
      mergeTallyGroups([{ key: {}, tally: tally(Number.MAX_SAFE_INTEGER) }], [{ key: {}, tally: tally(1) }]),
    ).toThrow(new RangeError('mergeTallyGroups requires the sum of accepted up to b[0].tally to be a safe integer, got 9007199254740992'));
  });

  it('checks a group\'s timeLimits as it checks its tally, and adds them; a group without them adds none', () => {
    const limits = { immediate: 1, committed: 2, immediateCompleted: 1, committedCompleted: 2, completedEarly: 1, completedLate: 1, overdueInProgress: 0, workingDaysTaken: 6 };
    const with1 = { key: { department: 'A' }, tally: tally(3), timeLimits: limits };
    const without = { key: { department: 'A' }, tally: tally(1) };
    expect(mergeTallyGroups([with1], [without])).toEqual([{ key: { department: 'A' }, tally: tally(4), timeLimits: limits }]);
    expect(mergeTallyGroups([without], [with1])).toEqual([{ key: { department: 'A' }, tally: tally(4), timeLimits: limits }]);
    expect(mergeTallyGroups([with1], [with1])[0]?.timeLimits).toEqual({
      immediate: 2, committed: 4, immediateCompleted: 2, committedCompleted: 4, completedEarly: 2, completedLate: 2, overdueInProgress: 0, workingDaysTaken: 12,
    });
    // merged without touching the caller's groups
    expect(with1.timeLimits).toBe(limits);
    expect(limits.immediate).toBe(1);
    expect(() => mergeTallyGroups([], [{ ...without, timeLimits: null }] as never)).toThrow(
      new TypeError('mergeTallyGroups requires b[0].timeLimits to be an object, got null'),
    );
    const { workingDaysTaken: _, ...short } = limits;
    expect(() => mergeTallyGroups([{ ...without, timeLimits: short }] as never, [])).toThrow(
      new TypeError('mergeTallyGroups requires a[0].timeLimits.workingDaysTaken to be a number, got undefined'),
    );
    expect(() => mergeTallyGroups([with1], [{ ...with1, timeLimits: { ...limits, completedLate: -1 } }])).toThrow(
      new RangeError('mergeTallyGroups requires b[0].timeLimits.completedLate to be a non-negative integer, got -1'),
    );
    expect(() => mergeTallyGroups([with1], [{ ...with1, timeLimits: { ...limits, workingDaysTaken: Number.MAX_SAFE_INTEGER } }])).toThrow(
      new RangeError('mergeTallyGroups requires the sum of workingDaysTaken up to b[0].timeLimits to be a safe integer, got 9007199254740996'),
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
