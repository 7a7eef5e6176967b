import { describe, expect, it } from 'vitest';
import { topN } from '../../src/ranking/topN.js';

/** The seed's top three street offices (五华区, January 2019: 受理 3410, 2938, 2752), in no particular order. */
const seedTopThree = [
  { name: '大观街道为民服务中心', accepted: 2752 },
  { name: '红云街道为民服务中心', accepted: 3410 },
  { name: '普吉街道为民服务中心', accepted: 2938 },
] as const;

const byAccepted = (office: { readonly accepted: number }): number => office.accepted;

/** Plain numbers ranked by themselves. */
const identity = (x: number): number => x;

/** `[value, rank]` pairs, to compare a whole ranking at a glance. */
function valueRanks(ranked: readonly { readonly value: number; readonly rank: number }[]): [number, number][] {
  return ranked.map(({ value, rank }) => [value, rank]);
}

describe('topN', () => {
  describe('the seed report', () => {
    it('lists 红云, 普吉, 大观 as 受理业务量前三名 with 3410, 2938, 2752', () => {
      const ranked = topN(seedTopThree, 3, { by: byAccepted });
      expect(ranked.map(({ item, rank, value }) => [rank, item.name, value])).toEqual([
        [1, '红云街道为民服务中心', 3410],
        [2, '普吉街道为民服务中心', 2938],
        [3, '大观街道为民服务中心', 2752],
      ]);
    });

    it('returns the input items themselves, not copies', () => {
      const ranked = topN(seedTopThree, 1, { by: byAccepted });
      expect(ranked).toHaveLength(1);
      expect(ranked[0]?.item).toBe(seedTopThree[1]);
    });

    it('ranks smallest first with order asc', () => {
      // 2752 < 2938 < 3410
      const ranked = topN(seedTopThree, 2, { by: byAccepted, order: 'asc' });
      expect(ranked.map(({ item, rank }) => [rank, item.name])).toEqual([
        [1, '大观街道为民服务中心'],
        [2, '普吉街道为民服务中心'],
      ]);
    });
  });

  describe('ranking methods', () => {
    it('gives competition ranks 1, 2, 2, 4 by default (Excel RANK)', () => {
      // 5 has nobody ahead: 1; each 3 has one item ahead: 2; 1 has three items ahead: 4.
      expect(valueRanks(topN([5, 3, 3, 1], 4, { by: identity }))).toEqual([
        [5, 1],
        [3, 2],
        [3, 2],
        [1, 4],
      ]);
    });

    it('gives dense ranks 1, 2, 2, 3 with ranking dense (中国式排名)', () => {
      // 1 has two distinct scores ahead (5 and 3): rank 3.
      expect(valueRanks(topN([5, 3, 3, 1], 4, { by: identity, ranking: 'dense' }))).toEqual([
        [5, 1],
        [3, 2],
        [3, 2],
        [1, 3],
      ]);
    });

    it('shares the first rank when the best values tie (1, 1, 3 and 1, 1, 2)', () => {
      expect(topN([7, 7, 2], 3, { by: identity }).map((r) => r.rank)).toEqual([1, 1, 3]);
      expect(topN([7, 7, 2], 3, { by: identity, ranking: 'dense' }).map((r) => r.rank)).toEqual([1, 1, 2]);
    });

    it('ranks within the whole list, also when the list is cut', () => {
      // [9, 8, 8, 8, 6]: competition 1, 2, 2, 2, 5; dense 1, 2, 2, 2, 3. n = 2 cut keeps 9 and the first 8.
      expect(valueRanks(topN([9, 8, 8, 8, 6], 2, { by: identity, ties: 'cut' }))).toEqual([
        [9, 1],
        [8, 2],
      ]);
      expect(valueRanks(topN([9, 8, 8, 8, 6], 5, { by: identity, ties: 'cut' }))).toEqual([
        [9, 1],
        [8, 2],
        [8, 2],
        [8, 2],
        [6, 5],
      ]);
      expect(valueRanks(topN([9, 8, 8, 8, 6], 5, { by: identity, ties: 'cut', ranking: 'dense' })).at(-1)).toEqual([
        6, 3,
      ]);
    });
  });

  describe('the documented examples', () => {
    // Sorted: 5, 3, 3, 1, 1. Competition: 1, 2, 2, 4, 4; dense: 1, 2, 2, 3, 3. Ascending: 1, 1 first.
    const values = [5, 3, 1, 3, 1];

    it('gives the results shown in the TSDoc', () => {
      expect(valueRanks(topN(values, 2, { by: identity }))).toEqual([
        [5, 1],
        [3, 2],
        [3, 2],
      ]);
      expect(valueRanks(topN(values, 2, { by: identity, ties: 'cut' }))).toEqual([
        [5, 1],
        [3, 2],
      ]);
      expect(topN(values, 4, { by: identity }).map((r) => r.rank)).toEqual([1, 2, 2, 4, 4]);
      expect(topN(values, 4, { by: identity, ranking: 'dense' }).map((r) => r.rank)).toEqual([1, 2, 2, 3, 3]);
      expect(topN(values, 1, { by: identity, order: 'asc' }).map((r) => r.rank)).toEqual([1, 1]);
    });
  });

  describe('ties at the cut', () => {
    // Fictional units (not from the seed): 甲 and 丙 tie for second, 乙 and 丁 tie for fourth.
    const units = [
      { name: '甲', accepted: 40 },
      { name: '乙', accepted: 10 },
      { name: '丙', accepted: 40 },
      { name: '丁', accepted: 10 },
      { name: '戊', accepted: 90 },
    ];
    const names = (ranked: readonly { readonly item: { readonly name: string }; readonly rank: number }[]) =>
      ranked.map(({ item, rank }) => `${rank}${item.name}`);

    it('keeps every unit tied with the n-th one by default (并列第二)', () => {
      // 戊 90 first; 甲 and 丙 40 both second although n = 2.
      expect(names(topN(units, 2, { by: byAccepted }))).toEqual(['1戊', '2甲', '2丙']);
      expect(names(topN(units, 2, { by: byAccepted, ties: 'keep' }))).toEqual(['1戊', '2甲', '2丙']);
    });

    it('keeps both units tied for fourth with n = 4 (并列第四)', () => {
      expect(names(topN(units, 4, { by: byAccepted }))).toEqual(['1戊', '2甲', '2丙', '4乙', '4丁']);
    });

    it('cuts at n with ties cut, keeping the earliest in input order', () => {
      expect(names(topN(units, 2, { by: byAccepted, ties: 'cut' }))).toEqual(['1戊', '2甲']);
      expect(names(topN(units, 4, { by: byAccepted, ties: 'cut' }))).toEqual(['1戊', '2甲', '2丙', '4乙']);
    });

    it('does not add anything when the n-th item is not tied with the next', () => {
      expect(names(topN(units, 3, { by: byAccepted }))).toEqual(['1戊', '2甲', '2丙']);
    });

    it('keeps a tie that arrives after the boundary item was pushed out', () => {
      // The boundary moves 1 → 2 → 3 while the list is read: only the final ties at 3 stay.
      // Sorted: 9, 8, 3, 3, 3, 2, 1, 1; n = 3 → 9, 8 and the three 3s.
      const values = [1, 1, 2, 3, 9, 3, 8, 3];
      expect(valueRanks(topN(values, 3, { by: identity }))).toEqual([
        [9, 1],
        [8, 2],
        [3, 3],
        [3, 3],
        [3, 3],
      ]);
    });

    it('returns everything when all values are equal', () => {
      expect(topN([4, 4, 4, 4], 1, { by: identity }).map((r) => r.rank)).toEqual([1, 1, 1, 1]);
      expect(topN([4, 4, 4, 4], 1, { by: identity, ties: 'cut' })).toHaveLength(1);
    });
  });

  describe('order, stability and the input', () => {
    it('ranks smallest first with order asc, ties kept', () => {
      // Ascending: 1, 1, 3, 3, 5 → competition ranks 1, 1, 3, 3, 5; n = 3 keeps both 3s.
      expect(valueRanks(topN([5, 3, 1, 3, 1], 3, { by: identity, order: 'asc' }))).toEqual([
        [1, 1],
        [1, 1],
        [3, 3],
        [3, 3],
      ]);
    });

    it('keeps equal values in input order (stable), in both orders', () => {
      const items = ['a', 'b', 'c', 'd', 'e', 'f'];
      const scores = [2, 1, 2, 1, 2, 1];
      const by = (_: string, index: number) => scores[index] ?? Number.NaN;
      expect(topN(items, 6, { by }).map((r) => r.item)).toEqual(['a', 'c', 'e', 'b', 'd', 'f']);
      expect(topN(items, 6, { by, order: 'asc' }).map((r) => r.item)).toEqual(['b', 'd', 'f', 'a', 'c', 'e']);
    });

    it('passes each item and its index to by, once per item', () => {
      const calls: [string, number][] = [];
      topN(['x', 'y', 'z'], 1, {
        by: (item, index) => {
          calls.push([item, index]);
          return index;
        },
      });
      expect(calls).toEqual([
        ['x', 0],
        ['y', 1],
        ['z', 2],
      ]);
    });

    it('does not change the input (a frozen array works)', () => {
      const items = Object.freeze([3, 1, 4, 1, 5, 9, 2, 6]);
      const ranked = topN(items, 3, { by: identity });
      expect(valueRanks(ranked)).toEqual([
        [9, 1],
        [6, 2],
        [5, 3],
      ]);
      expect(items).toEqual([3, 1, 4, 1, 5, 9, 2, 6]);
    });

    it('returns a new array each time', () => {
      const items = [2, 1];
      const ranked = topN(items, 2, { by: identity });
      expect(ranked).not.toBe(items);
      expect(topN(items, 2, { by: identity })).not.toBe(ranked);
    });
  });

  describe('edge cases', () => {
    it('returns [] for n = 0 without calling by', () => {
      let calls = 0;
      const ranked = topN([1, 2, 3], 0, {
        by: (x) => {
          calls += 1;
          return x;
        },
      });
      expect(ranked).toEqual([]);
      expect(calls).toBe(0);
    });

    it('returns [] for an empty list', () => {
      expect(topN([], 3, { by: identity })).toEqual([]);
    });

    it('treats 0 and -0 as a tie and gives a score of -0 as 0, in either order', () => {
      // -0 comes from arithmetic such as -(a − b) with a = b; it equals 0, and no result holds -0
      expect(topN([0, -0, 0], 1, { by: identity }).map((r) => [r.rank, Object.is(r.value, -0)])).toEqual([
        [1, false],
        [1, false],
        [1, false],
      ]);
      for (const order of ['desc', 'asc'] as const) {
        const ranked = topN([-0, 0, 1], 3, { by: identity, order });
        expect(ranked.map(({ value }) => Object.is(value, -0))).toEqual([false, false, false]);
        expect(ranked.map(({ rank }) => rank)).toEqual(order === 'desc' ? [1, 2, 2] : [1, 1, 3]);
      }
    });

    it('ranks all items when n exceeds their number', () => {
      expect(valueRanks(topN([2, 8, 5], 10, { by: identity }))).toEqual([
        [8, 1],
        [5, 2],
        [2, 3],
      ]);
    });

    it('lists units with no business (a value of 0) instead of dropping them', () => {
      // Fictional units: 无业务 accepted nothing this month.
      const units = [
        { name: '无业务', accepted: 0 },
        { name: '有业务', accepted: 12 },
      ];
      const ranked = topN(units, 2, { by: byAccepted });
      expect(ranked.map(({ item, rank, value }) => [rank, item.name, value])).toEqual([
        [1, '有业务', 12],
        [2, '无业务', 0],
      ]);
    });

    it('ranks negative and fractional scores like any others', () => {
      expect(valueRanks(topN([-1.5, 0.25, -3], 3, { by: identity }))).toEqual([
        [0.25, 1],
        [-1.5, 2],
        [-3, 3],
      ]);
    });

    it('accepts Number.MAX_VALUE and -Number.MAX_VALUE', () => {
      expect(topN([-Number.MAX_VALUE, Number.MAX_VALUE], 2, { by: identity }).map((r) => r.value)).toEqual([
        Number.MAX_VALUE,
        -Number.MAX_VALUE,
      ]);
    });
  });

  describe('errors', () => {
    it('requires items to be an array (TypeError)', () => {
      const call = () => topN({ length: 1 } as unknown as number[], 1, { by: identity });
      expect(call).toThrow(TypeError);
      expect(call).toThrow('topN requires items to be an array, got an object');
      expect(() => topN(null as unknown as number[], 1, { by: identity })).toThrow(
        new TypeError('topN requires items to be an array, got null'),
      );
    });

    it('requires n to be a number (TypeError)', () => {
      const call = () => topN([1], '3' as unknown as number, { by: identity });
      expect(call).toThrow(TypeError);
      expect(call).toThrow('topN requires n to be a number, got "3"');
    });

    it.each([
      [-1, '-1'],
      [1.5, '1.5'],
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [2 ** 53, '9007199254740992'],
    ])('requires n to be a non-negative safe integer (RangeError for %s)', (n, shown) => {
      const call = () => topN([1], n, { by: identity });
      expect(call).toThrow(RangeError);
      expect(call).toThrow(`topN requires n to be a non-negative integer, got ${shown}`);
    });

    it('requires options to be an object (TypeError)', () => {
      const call = () => topN([1], 1, undefined as unknown as { by: typeof identity });
      expect(call).toThrow(TypeError);
      expect(call).toThrow('topN requires options to be an object, got undefined');
    });

    it('requires by to be a function (TypeError)', () => {
      const call = () => topN([1], 1, { by: 'accepted' } as unknown as { by: typeof identity });
      expect(call).toThrow(TypeError);
      expect(call).toThrow('topN requires by to be a function, got "accepted"');
      expect(() => topN([1], 1, {} as { by: typeof identity })).toThrow(
        new TypeError('topN requires by to be a function, got undefined'),
      );
    });

    it('requires ties, ranking and order to be known strings (TypeError, RangeError)', () => {
      const bad = (options: object) => () => topN([1], 1, { by: identity, ...options });
      expect(bad({ ties: 1 })).toThrow(new TypeError("topN requires ties to be one of 'keep', 'cut', got 1"));
      expect(bad({ ties: 'all' })).toThrow(new RangeError('topN requires ties to be one of \'keep\', \'cut\', got "all"'));
      expect(bad({ ranking: 'excel' })).toThrow(
        new RangeError('topN requires ranking to be one of \'competition\', \'dense\', got "excel"'),
      );
      expect(bad({ ranking: null })).toThrow(
        new TypeError("topN requires ranking to be one of 'competition', 'dense', got null"),
      );
      expect(bad({ order: 'descending' })).toThrow(
        new RangeError('topN requires order to be one of \'desc\', \'asc\', got "descending"'),
      );
      expect(bad({ order: true })).toThrow(new TypeError("topN requires order to be one of 'desc', 'asc', got true"));
    });

    it('checks the options even when n = 0', () => {
      expect(() => topN([1], 0, { by: identity, ties: 'all' as 'keep' })).toThrow(
        new RangeError('topN requires ties to be one of \'keep\', \'cut\', got "all"'),
      );
    });

    it.each([
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
    ])('requires by to return a finite number (RangeError for %s), naming the index', (bad, shown) => {
      // Index 3 is past the first n = 2 items, so the check covers the heap's fill and its main loop.
      const values = [5, 3, 8, bad, 1];
      const call = () => topN(values, 2, { by: identity });
      expect(call).toThrow(RangeError);
      expect(call).toThrow(`topN requires by to return a finite number, got ${shown} for the item at index 3`);
      // And within the first n items.
      expect(() => topN(values, 5, { by: identity })).toThrow(
        new RangeError(`topN requires by to return a finite number, got ${shown} for the item at index 3`),
      );
    });

    it('requires by to return a number (TypeError), naming the index', () => {
      const scores: unknown[] = ['3410', 2938, undefined];
      const by = (_: string, index: number) => scores[index] as number;
      const call = () => topN(['a', 'b', 'c'], 3, { by });
      expect(call).toThrow(TypeError);
      expect(call).toThrow('topN requires by to return a finite number, got "3410" for the item at index 0');
      expect(() => topN(['b', 'c'], 1, { by: (_, index) => scores[index + 1] as number })).toThrow(
        new TypeError('topN requires by to return a finite number, got undefined for the item at index 1'),
      );
      expect(() => topN([1], 1, { by: () => 1n as unknown as number })).toThrow(
        new TypeError('topN requires by to return a finite number, got 1n for the item at index 0'),
      );
    });

    it('lets an error thrown by by pass through', () => {
      const failure = new Error('no count');
      expect(() =>
        topN([1], 1, {
          by: () => {
            throw failure;
          },
        }),
      ).toThrow(failure);
    });
  });
});
