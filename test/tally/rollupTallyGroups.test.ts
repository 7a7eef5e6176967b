import { describe, expect, it } from 'vitest';
import { emptyTally, rollupTallyGroups, tallyCases, type TallyGroup } from '../../src/index.js';
import { january, januaryByDepartment } from './fixture.js';

const t = (accepted: number, completed: number, completedOnTime: number, due: number, inProgress: number) => ({
  accepted,
  completed,
  completedOnTime,
  due,
  inProgress,
});

describe('rollupTallyGroups', () => {
  // The fixture's January (2019-01, CST) by department × category × street office:
  // the records that touch January are r1–r3 and r5–r8 (r4 is February, r9 and r10 earlier).
  // A function, not a value: the tally runs inside each test, never while the file loads.
  const fine = () => tallyCases(january, { period: '2019-01', by: ['department', 'category', 'streetOffice'] }).groups;

  it('is fed the tally worked out by hand', () => {
    expect(fine()).toEqual([
      { key: { department: 'A', category: 'administrative_licensing', streetOffice: 'S1' }, tally: t(1, 0, 0, 0, 1) }, // r3: accepted, open
      { key: { department: 'A', category: 'public_service', streetOffice: 'S1' }, tally: t(1, 1, 1, 1, 0) }, // r1
      { key: { department: 'A', category: 'public_service', streetOffice: null }, tally: t(0, 1, 0, 1, 0) }, // r2: carried over, late
      { key: { department: 'B', category: 'administrative_licensing', streetOffice: 'S2' }, tally: t(1, 0, 0, 0, 1) }, // r8: open at the end
      { key: { department: 'B', category: 'administrative_licensing', streetOffice: null }, tally: t(0, 0, 0, 0, 1) }, // r7: open since November
      { key: { department: 'B', category: 'public_service', streetOffice: 'S2' }, tally: t(1, 1, 1, 0, 0) }, // r5: 即办件
      { key: { department: 'B', category: 'public_service', streetOffice: null }, tally: t(1, 1, 1, 1, 0) }, // r6: at its deadline
    ]);
  });

  it('reads the department × category table from the finer tally', () => {
    const table = [
      { key: { department: 'A', category: 'administrative_licensing' }, tally: t(1, 0, 0, 0, 1) }, // r3 alone
      { key: { department: 'A', category: 'public_service' }, tally: t(1, 2, 1, 2, 0) }, // r1 + r2: 1+0, 1+1, 1+0, 1+1, 0+0
      { key: { department: 'B', category: 'administrative_licensing' }, tally: t(1, 0, 0, 0, 2) }, // r8 + r7: 1+0, 0, 0, 0, 1+1
      { key: { department: 'B', category: 'public_service' }, tally: t(2, 2, 2, 1, 0) }, // r5 + r6: 1+1, 1+1, 1+1, 0+1, 0
    ];
    expect(rollupTallyGroups(fine(), ['department', 'category'])).toEqual(table);
    expect(tallyCases(january, { period: '2019-01', by: ['department', 'category'] }).groups).toEqual(table);
  });

  it('reads the street-office table, and the departments, from the same tally', () => {
    const table = [
      { key: { streetOffice: 'S1' }, tally: t(2, 1, 1, 1, 1) }, // r3 + r1: 1+1, 0+1, 0+1, 0+1, 1+0
      { key: { streetOffice: 'S2' }, tally: t(2, 1, 1, 0, 1) }, // r8 + r5: 1+1, 0+1, 0+1, 0+0, 1+0
      { key: { streetOffice: null }, tally: t(1, 2, 1, 2, 1) }, // r2 + r7 + r6: 0+0+1, 1+0+1, 0+0+1, 1+0+1, 0+1+0; null last
    ];
    expect(rollupTallyGroups(fine(), 'streetOffice')).toEqual(table);
    expect(tallyCases(january, { period: '2019-01', by: 'streetOffice' }).groups).toEqual(table);
    // A: 1+1+0, 0+1+1, 0+1+0, 0+1+1, 1+0+0 = 2, 2, 1, 2, 1; B likewise 3, 2, 2, 1, 2 (the fixture's figures)
    expect(rollupTallyGroups(fine(), 'department')).toEqual(januaryByDepartment);
  });

  it('gives one group with the key {} holding the total for by: []', () => {
    // accepted 1+1+0+1+0+1+1 = 5, completed 0+1+1+0+0+1+1 = 4, on time 0+1+0+0+0+1+1 = 3,
    // due 0+1+1+0+0+0+1 = 3, in progress 1+0+0+1+1+0+0 = 3
    expect(rollupTallyGroups(fine(), [])).toEqual([{ key: {}, tally: t(5, 4, 3, 3, 3) }]);
  });

  it('keys and sorts by the dimensions of by in its order', () => {
    const rolled = rollupTallyGroups(fine(), ['streetOffice', 'department']);
    // S1: A (r1 r3); S2: B (r5 r8); null: A (r2), B (r6 r7)
    expect(rolled).toEqual([
      { key: { streetOffice: 'S1', department: 'A' }, tally: t(2, 1, 1, 1, 1) },
      { key: { streetOffice: 'S2', department: 'B' }, tally: t(2, 1, 1, 0, 1) },
      { key: { streetOffice: null, department: 'A' }, tally: t(0, 1, 0, 1, 0) },
      { key: { streetOffice: null, department: 'B' }, tally: t(1, 1, 1, 1, 1) }, // r6 + r7: 1+0, 1+0, 1+0, 1+0, 0+1
    ]);
    expect(rolled.map((group) => Object.keys(group.key))).toEqual(Array(4).fill(['streetOffice', 'department']));
    // 行政许可 before 公共服务 whatever the input order
    expect(rollupTallyGroups([...fine()].reverse(), 'category').map((group) => group.key.category)).toEqual([
      'administrative_licensing',
      'public_service',
    ]);
  });

  it("keeps 'period': each month rolls up on its own", () => {
    const range = { from: '2018-12', to: '2019-02' } as const;
    const byMonth = tallyCases(january, { period: range, by: ['department', 'period'] }).groups;
    expect(byMonth).toEqual([
      { key: { department: 'A', period: '2018-12' }, tally: t(1, 0, 0, 0, 1) }, // r2 accepted and open at the end of December
      { key: { department: 'A', period: '2019-01' }, tally: t(2, 2, 1, 2, 1) },
      { key: { department: 'A', period: '2019-02' }, tally: t(1, 0, 0, 1, 2) }, // r4 accepted; r3 due; r3 r4 open
      { key: { department: 'B', period: '2018-12' }, tally: t(0, 0, 0, 0, 1) }, // r7 open
      { key: { department: 'B', period: '2019-01' }, tally: t(3, 2, 2, 1, 2) },
      { key: { department: 'B', period: '2019-02' }, tally: t(0, 1, 1, 0, 1) }, // r8 completed (no deadline); r7 open
    ]);
    // 2018-12: 1+0, 0, 0, 0, 1+1; 2019-01: 2+3, 2+2, 1+2, 2+1, 1+2; 2019-02: 1+0, 0+1, 0+1, 1+0, 2+1
    expect(rollupTallyGroups(byMonth, 'period')).toEqual([
      { key: { period: '2018-12' }, tally: t(1, 0, 0, 0, 2) },
      { key: { period: '2019-01' }, tally: t(5, 4, 3, 3, 3) },
      { key: { period: '2019-02' }, tally: t(1, 1, 1, 1, 3) },
    ]);
    expect(rollupTallyGroups(byMonth, 'period')).toEqual(tallyCases(january, { period: range, by: 'period' }).groups);
  });

  it("refuses to roll 'period' away: in-progress counts of months do not add up", () => {
    const range = { from: '2018-12', to: '2019-02' } as const;
    const byMonth = tallyCases(january, { period: range, by: 'period' }).groups;
    // Summed over the months, 在办 would be 2 + 3 + 3 = 8, but only r3 r4 r7 are open at the end of February:
    const [whole] = tallyCases(january, { period: range, by: [] }).groups;
    expect(whole?.tally.inProgress).toBe(3);
    expect(() => rollupTallyGroups(byMonth, [])).toThrow(
      new RangeError(
        "rollupTallyGroups requires by to keep 'period' when the groups have it (in-progress counts of months do not add up), got []",
      ),
    );
    expect(() => rollupTallyGroups(tallyCases(january, { period: range, by: ['department', 'period'] }).groups, 'department')).toThrow(
      new RangeError(
        'rollupTallyGroups requires by to keep \'period\' when the groups have it (in-progress counts of months do not add up), got ["department"]',
      ),
    );
  });

  it('gives [] for no groups, whatever by', () => {
    expect(rollupTallyGroups([], [])).toEqual([]);
    expect(rollupTallyGroups([], ['department', 'period'])).toEqual([]);
    // as a tally of no records does
    expect(tallyCases([], { period: '2019-01', by: [] }).groups).toEqual([]);
  });

  it('treats ids as data: "__proto__" and "constructor" are ordinary keys', () => {
    const groups: TallyGroup[] = [
      { key: { department: '__proto__', streetOffice: 'constructor' }, tally: t(1, 0, 0, 0, 1) },
      { key: { department: 'constructor', streetOffice: '__proto__' }, tally: t(2, 1, 1, 1, 1) },
      { key: { department: '__proto__', streetOffice: null }, tally: t(4, 0, 0, 0, 0) },
      { key: { department: 'constructor', streetOffice: 'constructor' }, tally: t(8, 2, 2, 2, 0) },
    ];
    // "__proto__" (0x5F) sorts before "constructor" (0x63); null last
    expect(rollupTallyGroups(groups, 'department')).toEqual([
      { key: { department: '__proto__' }, tally: t(5, 0, 0, 0, 1) }, // 1+4, 0, 0, 0, 1+0
      { key: { department: 'constructor' }, tally: t(10, 3, 3, 3, 1) }, // 2+8, 1+2, 1+2, 1+2, 1+0
    ]);
    expect(rollupTallyGroups(groups, 'streetOffice')).toEqual([
      { key: { streetOffice: '__proto__' }, tally: t(2, 1, 1, 1, 1) },
      { key: { streetOffice: 'constructor' }, tally: t(9, 2, 2, 2, 1) }, // 1+8, 0+2, 0+2, 0+2, 1+0
      { key: { streetOffice: null }, tally: t(4, 0, 0, 0, 0) },
    ]);
    expect(Object.getPrototypeOf(rollupTallyGroups(groups, 'department')[0]?.key)).toBe(Object.prototype);
  });

  it('tells a null street office from the id "null"', () => {
    const groups: TallyGroup[] = [
      { key: { streetOffice: null }, tally: t(1, 0, 0, 0, 1) },
      { key: { streetOffice: 'null' }, tally: t(2, 0, 0, 0, 2) },
    ];
    expect(rollupTallyGroups(groups, 'streetOffice')).toEqual([
      { key: { streetOffice: 'null' }, tally: t(2, 0, 0, 0, 2) },
      { key: { streetOffice: null }, tally: t(1, 0, 0, 0, 1) },
    ]);
  });

  it('refuses a group whose tally lacks a count, and keeps a group of zeros', () => {
    // Once, a tally without completedOnTime was taken and the count dropped from the sum of every group
    for (const missing of ['completedOnTime', 'due', 'inProgress'] as const) {
      const tally: Record<string, number> = { ...t(3, 2, 1, 1, 1) };
      delete tally[missing];
      const groups = [
        { key: { department: 'A', category: 'administrative_licensing' }, tally: t(1, 1, 1, 2, 4) },
        { key: { department: 'A', category: 'public_service' }, tally },
      ] as TallyGroup[];
      expect(() => rollupTallyGroups(groups, 'department')).toThrow(
        new TypeError(`rollupTallyGroups requires groups[1].tally.${missing} to be a number, got undefined`),
      );
    }
    const zeros = [{ key: { department: 'B', category: 'public_service' }, tally: emptyTally() }] as TallyGroup[];
    expect(rollupTallyGroups(zeros, 'department')).toEqual([{ key: { department: 'B' }, tally: t(0, 0, 0, 0, 0) }]);
  });

  it('leaves its input alone and returns new keys and tallies', () => {
    const groups: TallyGroup[] = [
      { key: { department: 'A', category: 'public_service' }, tally: t(1, 1, 1, 1, 0) },
      { key: { department: 'A', category: 'administrative_licensing' }, tally: t(2, 0, 0, 0, 2) },
    ];
    const copy = structuredClone(groups);
    const [sum] = rollupTallyGroups(groups, 'department');
    expect(sum).toEqual({ key: { department: 'A' }, tally: t(3, 1, 1, 1, 2) });
    expect(groups).toEqual(copy);
    const [same] = rollupTallyGroups(groups.slice(0, 1), ['department', 'category']);
    expect(same?.key).not.toBe(groups[0]?.key);
    expect(same?.tally).not.toBe(groups[0]?.tally);
  });

  describe('checks its arguments', () => {
    const group: TallyGroup = { key: { department: 'A', streetOffice: 'S1' }, tally: t(1, 0, 0, 0, 1) };

    it('groups: an array of objects, each with an object key', () => {
      expect(() => rollupTallyGroups({} as never, [])).toThrow(
        new TypeError('rollupTallyGroups requires groups to be an array of groups, got an object'),
      );
      expect(() => rollupTallyGroups([group, null] as never, [])).toThrow(
        new TypeError('rollupTallyGroups requires groups[1] to be an object, got null'),
      );
      expect(() => rollupTallyGroups([group, { tally: t(1, 0, 0, 0, 1) }] as never, [])).toThrow(
        new TypeError('rollupTallyGroups requires groups[1].key to be an object, got undefined'),
      );
    });

    it('by: known dimensions, each once', () => {
      expect(() => rollupTallyGroups([group], null as never)).toThrow(
        new TypeError('rollupTallyGroups requires by to be a dimension or an array of dimensions, got null'),
      );
      expect(() => rollupTallyGroups([group], ['department', 'street'] as never)).toThrow(
        new RangeError("rollupTallyGroups requires by to hold only 'department', 'category', 'streetOffice', 'period', got \"street\""),
      );
      expect(() => rollupTallyGroups([group], ['department', 'department'])).toThrow(
        new RangeError('rollupTallyGroups requires by to name each dimension once, got "department" twice'),
      );
    });

    it('every dimension of by in every key', () => {
      const other: TallyGroup = { key: { department: 'B' }, tally: t(1, 0, 0, 0, 1) };
      expect(() => rollupTallyGroups([group, other], ['department', 'streetOffice'])).toThrow(
        new RangeError("rollupTallyGroups requires groups[1].key to hold every dimension of by, got an object without 'streetOffice'"),
      );
      expect(() => rollupTallyGroups([group], 'category')).toThrow(
        new RangeError("rollupTallyGroups requires groups[0].key to hold every dimension of by, got an object without 'category'"),
      );
    });

    it('every tally, also of a group alone in its key, and every count it has', () => {
      expect(() => rollupTallyGroups([group, { ...group, tally: null }] as never, 'department')).toThrow(
        new TypeError('rollupTallyGroups requires groups[1].tally to be an object, got null'),
      );
      expect(() => rollupTallyGroups([group, { key: { department: 'B', streetOffice: 'S1' }, tally: { completed: 0 } }] as never, 'department')).toThrow(
        new TypeError('rollupTallyGroups requires groups[1].tally.accepted to be a number, got undefined'),
      );
      // groups[0] lacks inProgress: refused before groups[1] is read
      const partial = { ...group, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0 } };
      expect(() => rollupTallyGroups([partial, { ...group, tally: { ...t(1, 0, 0, 0, 0), inProgress: -1 } }] as never, 'department')).toThrow(
        new TypeError('rollupTallyGroups requires groups[0].tally.inProgress to be a number, got undefined'),
      );
      expect(() => rollupTallyGroups([group, { ...group, tally: { ...t(1, 0, 0, 0, 0), inProgress: -1 } }] as never, 'department')).toThrow(
        new RangeError('rollupTallyGroups requires groups[1].tally.inProgress to be a non-negative integer, got -1'),
      );
      expect(() =>
        rollupTallyGroups([{ ...group, tally: t(Number.MAX_SAFE_INTEGER, 0, 0, 0, 0) }, { ...group, tally: t(1, 0, 0, 0, 0) }], []),
      ).toThrow(new RangeError('rollupTallyGroups requires the sum of accepted up to groups[1].tally to be a safe integer, got 9007199254740992'));
    });

    it('every key value: a string of its dimension, or null for a street office', () => {
      // Once, 1n reached JSON.stringify ("Do not know how to serialize a BigInt") and a Symbol a comparison
      const bad = (key: Record<string, unknown>) => () => rollupTallyGroups([group, { key, tally: t(1, 0, 0, 0, 1) }] as never, []);
      expect(bad({ department: 1n })).toThrow(new TypeError('rollupTallyGroups requires groups[1].key.department to be a non-empty string, got 1n'));
      expect(bad({ department: Symbol('A') })).toThrow(
        new TypeError('rollupTallyGroups requires groups[1].key.department to be a non-empty string, got Symbol(A)'),
      );
      expect(bad({ department: '' })).toThrow(new RangeError('rollupTallyGroups requires groups[1].key.department to be a non-empty string, got ""'));
      expect(bad({ department: null })).toThrow(new TypeError('rollupTallyGroups requires groups[1].key.department to be a non-empty string, got null'));
      expect(bad({ streetOffice: 7 })).toThrow(new TypeError('rollupTallyGroups requires groups[1].key.streetOffice to be a non-empty string or null, got 7'));
      expect(bad({ category: '行政许可' })).toThrow(
        new RangeError("rollupTallyGroups requires groups[1].key.category to be 'administrative_licensing' or 'public_service', got \"行政许可\""),
      );
      expect(bad({ period: '2019-1' })).toThrow(new RangeError('rollupTallyGroups requires groups[1].key.period to be a month written YYYY-MM, got "2019-1"'));
      expect(bad({ street: 'S1' })).toThrow(
        new RangeError("rollupTallyGroups requires groups[1].key to hold only 'department', 'category', 'streetOffice', 'period', got \"street\""),
      );
      expect(bad([] as never)).toThrow(new TypeError('rollupTallyGroups requires groups[1].key to be an object, got an array of length 0'));
      // a field that is undefined is absent; a street office null is a key of its own
      const withUndefined = { key: { department: 'A', streetOffice: null, category: undefined }, tally: t(1, 0, 0, 0, 1) };
      expect(rollupTallyGroups([withUndefined] as never, 'streetOffice')).toEqual([
        { key: { streetOffice: null }, tally: t(1, 0, 0, 0, 1) },
      ]);
    });

    it('refuses a count written -0, which is no count', () => {
      expect(() => rollupTallyGroups([{ key: {}, tally: { ...t(0, 0, 0, 0, 0), accepted: -0 } }], [])).toThrow(RangeError);
    });
  });
});
