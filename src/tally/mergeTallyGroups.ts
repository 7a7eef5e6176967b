import { compareTallyKeys } from './engine/compareTallyKeys.js';
import { describeValue } from '../internal/describeValue.js';
import { readDimensionList } from './engine/readDimensionList.js';
import { TALLY_DIMENSIONS } from './Dimension.js';
import { emptyTally } from './emptyTally.js';
import { mergeTalliesFor } from './mergeTallies.js';
import type { FullCaseTally, TallyGroup } from './TallyResult.js';

/**
 * Merges two lists of groups from tallies of disjoint records with the same
 * options: groups with the same key are added, the others kept.
 *
 * For combining the {@link TallyResult.groups} of shards, files or workers
 * (each tallied with {@link tallyCases}, {@link tallyColumns} or a
 * {@link Tallier}): the result equals the tally of all the records at once.
 *
 * ```text
 * merged = for each key in keys(a) ∪ keys(b): { key, tally: mergeTallies(a[key] ?? 0, b[key] ?? 0) }
 * ```
 * In words: a union by key, adding tallies that share a key, sorted as
 * {@link tallyCases} sorts (by the dimensions in the keys, in
 * {@link TALLY_DIMENSIONS} order unless `by` is given).
 *
 * Edge cases: associative, commutative, with `[]` as identity. The lists
 * must come from the same `period` and `by`; invalid-record lists are not
 * part of groups: concatenate them yourself.
 *
 * @param a - Groups of one tally.
 * @param b - Groups of a tally of other records.
 * @param by - The dimension, or the dimensions in the order the tallies were grouped by (default: {@link TALLY_DIMENSIONS} order).
 * @returns A new sorted list of groups.
 * @throws {TypeError} `mergeTallyGroups requires a to be an array of groups, got …` (likewise `b`), or `mergeTallyGroups requires by to be a dimension or an array of dimensions, got null`; tally errors as in {@link mergeTallies}, for every group's tally, also of a group in one list only.
 * @throws {RangeError} `mergeTallyGroups requires by to hold only 'department', 'category', 'streetOffice', 'period', got "12"` for an unknown dimension.
 * @example
 * ```ts
 * mergeTallyGroups(
 *   [{ key: { department: 'A' }, tally: { accepted: 2, completed: 1, completedOnTime: 1, due: 0, inProgress: 1 } }],
 *   [{ key: { department: 'A' }, tally: { accepted: 1, completed: 1, completedOnTime: 0, due: 1, inProgress: 0 } },
 *    { key: { department: 'B' }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } }],
 * );
 * // => [{ key: { department: 'A' }, tally: { accepted: 3, completed: 2, completedOnTime: 1, due: 1, inProgress: 1 } },
 * //     { key: { department: 'B' }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } }]
 * ```
 * @see {@link mergeTallies}; {@link rollupTallyGroups} to sum the groups of one tally onto fewer dimensions.
 * @category Tally
 */
export function mergeTallyGroups(
  a: readonly TallyGroup[],
  b: readonly TallyGroup[],
  by: (typeof TALLY_DIMENSIONS)[number] | readonly (typeof TALLY_DIMENSIONS)[number][] = TALLY_DIMENSIONS,
): TallyGroup[] {
  const fn = 'mergeTallyGroups';
  for (const [name, list] of [['a', a], ['b', b]] as const) {
    if (!Array.isArray(list) || !list.every((group) => typeof group === 'object' && group !== null && typeof group.key === 'object' && group.key !== null)) {
      throw new TypeError(`${fn} requires ${name} to be an array of groups, got ${describeValue(list)}`);
    }
  }
  const order = readDimensionList(fn, by);
  const merged = new Map<string, TallyGroup>();
  // Every tally is checked, also of a group in one list only: merging it with
  // the empty tally on its own side checks it and names the list in the message.
  for (const [side, list] of [['a', a], ['b', b]] as const) {
    for (const group of list) {
      const id = JSON.stringify(TALLY_DIMENSIONS.map((dimension) => (dimension in group.key ? [group.key[dimension]] : [])));
      const seen = merged.get(id);
      const tally =
        seen !== undefined
          ? mergeTalliesFor(fn, seen.tally, group.tally)
          : side === 'a'
            ? mergeTalliesFor(fn, group.tally, emptyTally())
            : mergeTalliesFor(fn, emptyTally(), group.tally);
      merged.set(id, { key: seen === undefined ? { ...group.key } : seen.key, tally: tally as FullCaseTally });
    }
  }
  return [...merged.values()].sort((x, y) => compareTallyKeys(order, x.key, y.key));
}
