import { assertCount } from '../internal/assertCount.js';
import { assertObject } from '../internal/assertObject.js';
import { assertOneOf } from '../internal/assertOneOf.js';
import { describeValue } from '../internal/describeValue.js';
import { selectTop } from './select/selectTop.js';

/**
 * What {@link topN} does with items tied with the n-th one: `'keep'` (the
 * default) returns all of them ("并列第三"), `'cut'` returns at most n items,
 * the earliest in input order first.
 *
 * @category Ranking
 */
export type TopNTies = 'keep' | 'cut';

/**
 * How tied values share a rank: `'competition'` (the default, as Excel's
 * RANK: 1, 2, 2, 4) or `'dense'` (中国式排名: 1, 2, 2, 3).
 *
 * @category Ranking
 */
export type RankingMethod = 'competition' | 'dense';

/**
 * Which values rank first: `'desc'` (the default, largest first, as
 * 受理业务量前三名) or `'asc'` (smallest first, as the fewest 超期 cases).
 *
 * @category Ranking
 */
export type RankOrder = 'desc' | 'asc';

/**
 * Options of {@link topN}.
 *
 * @typeParam T - The type of the ranked items.
 * @category Ranking
 */
export interface TopNOptions<T> {
  /**
   * The score of an item (such as its 受理 count), called once per item with
   * the item and its position; it must return a finite number.
   */
  readonly by: (item: T, index: number) => number;
  /** Items tied with the n-th one: `'keep'` (default) or `'cut'`. */
  readonly ties?: TopNTies;
  /** Ranks of tied values: `'competition'` (default, 1, 2, 2, 4) or `'dense'` (1, 2, 2, 3). */
  readonly ranking?: RankingMethod;
  /** `'desc'` (default, largest first) or `'asc'` (smallest first). */
  readonly order?: RankOrder;
}

/**
 * One line of a ranking made by {@link topN}.
 *
 * @typeParam T - The type of the ranked items.
 * @category Ranking
 */
export interface RankedItem<T> {
  /** The input item itself (not a copy). */
  readonly item: T;
  /** Its 1-based rank (名次) in the whole input list; tied values share a rank. */
  readonly rank: number;
  /** Its score, as `by` returned it (-0 as 0). */
  readonly value: number;
}

/**
 * The first `n` items by a score, with their ranks (名次): "受理业务量前三名".
 *
 * For the league tables of a monthly report: the street offices (街道为民服务中心)
 * or departments with the most cases. Ranks are ranks in the whole list, and
 * tied values share one:
 *
 * ```text
 * competition (Excel RANK, default):  rank(x) = 1 + #{items with a better score than x}
 * dense (中国式排名):                   rank(x) = 1 + #{distinct scores better than x}
 * ```
 *
 * In words: a competition rank counts the items ahead, so after two tied
 * seconds comes the fourth (1, 2, 2, 4); a dense rank counts the scores ahead,
 * so the next one is the third (1, 2, 2, 3). "Better" is larger with
 * `order: 'desc'` (the default) and smaller with `order: 'asc'`.
 *
 * `n` counts items, not ranks. With `ties: 'keep'` (the default) every item
 * tied with the n-th one is returned too, so a report lists all the units
 * "并列第三" and the result can be longer than `n`; with `ties: 'cut'` it is at
 * most `n` items, and among the items tied at the cut the earliest in input
 * order are kept. The ranks are the same either way.
 *
 * The result is best first; equal scores keep their input order (stable).
 * The input is never changed. Cost: O(items · log n) time and O(n) extra
 * memory (a bounded heap, not a full sort), plus the items tied at the cut;
 * `by` is called exactly once per item.
 *
 * Edge cases: `n = 0` gives `[]` without calling `by`; `n` above the number
 * of items ranks them all; an empty list gives `[]`. Units with no business
 * are listed as such, not dropped: a score of 0 is ranked like any other
 * (negative scores too), and only a score that is not a finite number throws.
 *
 * @typeParam T - The type of the ranked items.
 * @param items - The items to rank, such as street offices with their counts; not changed.
 * @param n - How many items (positions) to return: a non-negative integer.
 * @param options - `by` (required), `ties`, `ranking` and `order`; see {@link TopNOptions}.
 * @returns The {@link RankedItem}s `{ item, rank, value }`, best first, ranks 1-based.
 * @throws {TypeError} `topN requires items to be an array, got …` when `items` is not an array.
 * @throws {TypeError} `topN requires n to be a number, got "3"` for a non-numeric `n`.
 * @throws {RangeError} `topN requires n to be a non-negative integer, got -1` for a negative, fractional, non-finite or unsafe `n`.
 * @throws {TypeError} `topN requires options to be an object, got undefined` and `topN requires by to be a function, got undefined`.
 * @throws {TypeError} `topN requires ties to be one of 'keep', 'cut', got 1` for a non-string `ties` (likewise `ranking`, `order`).
 * @throws {RangeError} `topN requires ranking to be one of 'competition', 'dense', got "excel"` for an unknown string (likewise `ties`, `order`).
 * @throws {TypeError} `topN requires by to return a finite number, got "3410" for the item at index 0` when a score is not a number.
 * @throws {RangeError} `topN requires by to return a finite number, got NaN for the item at index 3` for NaN, Infinity or -Infinity.
 * @example
 * ```ts
 * // 五华区, January 2019: the seed's top three street offices by 受理
 * const offices = [
 *   { name: '普吉街道为民服务中心', accepted: 2938 },
 *   { name: '红云街道为民服务中心', accepted: 3410 },
 *   { name: '大观街道为民服务中心', accepted: 2752 },
 * ];
 * topN(offices, 2, { by: (office) => office.accepted }).map(({ item, rank, value }) => [rank, item.name, value]);
 * // => [[1, '红云街道为民服务中心', 3410], [2, '普吉街道为民服务中心', 2938]]
 *
 * // Ties, on plain numbers: n = 2 keeps both items tied for second (并列第二)
 * const values = [5, 3, 1, 3, 1];
 * topN(values, 2, { by: (x) => x }).map((r) => [r.value, r.rank]);
 * // => [[5, 1], [3, 2], [3, 2]]
 * topN(values, 2, { by: (x) => x, ties: 'cut' }).map((r) => [r.value, r.rank]);
 * // => [[5, 1], [3, 2]]
 * topN(values, 4, { by: (x) => x }).map((r) => r.rank);
 * // => [1, 2, 2, 4, 4]
 * topN(values, 4, { by: (x) => x, ranking: 'dense' }).map((r) => r.rank);
 * // => [1, 2, 2, 3, 3]
 * topN(values, 1, { by: (x) => x, order: 'asc' }).map((r) => r.rank);
 * // => [1, 1]
 * ```
 * @see d3-array's `rank` and Excel's RANK.EQ for competition ranks.
 * @category Ranking
 */
export function topN<T>(items: readonly T[], n: number, options: TopNOptions<T>): RankedItem<T>[] {
  if (!Array.isArray(items)) {
    throw new TypeError(`topN requires items to be an array, got ${describeValue(items)}`);
  }
  assertCount('topN', 'n', n);
  assertObject('topN', 'options', options);
  const { by, ties = 'keep', ranking = 'competition', order = 'desc' } = options;
  if (typeof by !== 'function') {
    throw new TypeError(`topN requires by to be a function, got ${describeValue(by)}`);
  }
  assertOneOf('topN', 'ties', ties, ['keep', 'cut']);
  assertOneOf('topN', 'ranking', ranking, ['competition', 'dense']);
  assertOneOf('topN', 'order', order, ['desc', 'asc']);

  const k = Math.min(n, items.length);
  if (k === 0) return [];
  const sign = order === 'desc' ? 1 : -1;
  const { indices, keys } = selectTop('topN', items, k, by, sign, ties === 'keep');

  const result: RankedItem<T>[] = [];
  let rank = 0;
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j] as number;
    // Stryker disable next-line ConditionalExpression: equivalent, keys[-1] is undefined, which no key equals
    if (j === 0 || key !== keys[j - 1]) rank = ranking === 'competition' ? j + 1 : rank + 1;
    // + 0 turns a score of -0 into 0 (-0 + 0 is 0), which it equals.
    result.push({ item: items[indices[j] as number] as T, rank, value: sign * key + 0 });
  }
  return result;
}
