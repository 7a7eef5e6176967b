import { compareTallyKeys } from './engine/compareTallyKeys.js';
import { describeValue } from '../internal/describeValue.js';
import { readDimensionList } from './engine/readDimensionList.js';
import { TALLY_DIMENSIONS } from './Dimension.js';
import { addTallyInto, readTallyGroup, type CheckedGroup } from './engine/readTallyGroup.js';
import type { TallyGroup } from './TallyResult.js';

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
 * part of groups: concatenate them yourself. Every group is checked, also
 * a group in one list only: its key holds only dimensions, each with a value
 * a tally gives (`department` a non-empty string, `category`
 * `'administrative_licensing'` or `'public_service'`, `streetOffice` a
 * non-empty string or null, `period` a month `'YYYY-MM'`; a field that is
 * `undefined` is absent), and its tally has all five counts, each a
 * non-negative safe integer. The key kept for groups in both lists is that
 * of `a`, its dimensions in its order; a count written `-0` is read as 0.
 *
 * @param a - Groups of one tally.
 * @param b - Groups of a tally of other records.
 * @param by - The dimension, or the dimensions in the order the tallies were grouped by (default: {@link TALLY_DIMENSIONS} order).
 * @returns A new sorted list of groups.
 * @throws {TypeError} `mergeTallyGroups requires a to be an array of groups, got …` (likewise `b`); `mergeTallyGroups requires by to be a dimension or an array of dimensions, got null`; for a group, naming it by its list and index: `mergeTallyGroups requires b[2] to be an object, got null` (likewise `b[2].key` and `b[2].tally`, an array is no object); `mergeTallyGroups requires a[0].key.department to be a non-empty string, got 1n` for a key value of the wrong type (see the key's rules above); `mergeTallyGroups requires a[0].tally.due to be a number, got undefined` for a missing count.
 * @throws {RangeError} `mergeTallyGroups requires by to hold only 'department', 'category', 'streetOffice', 'period', got "12"` for an unknown dimension (likewise `a[0].key to hold only …` for a key with another field); `mergeTallyGroups requires b[1].key.category to be 'administrative_licensing' or 'public_service', got "行政许可"` for a string that fits no value of its dimension; `mergeTallyGroups requires a[0].tally.completed to be a non-negative integer, got -1`; `mergeTallyGroups requires the sum of accepted up to b[0].tally to be a safe integer, got 9007199254740992`.
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
    if (!Array.isArray(list)) throw new TypeError(`${fn} requires ${name} to be an array of groups, got ${describeValue(list)}`);
  }
  const order = readDimensionList(fn, by);
  // Keyed by the values of the dimensions as JSON: ids are data, never property names.
  const merged = new Map<string, CheckedGroup>();
  for (const [side, list] of [['a', a], ['b', b]] as const) {
    for (const [index, group] of (list as readonly unknown[]).entries()) {
      const name = `${side}[${index}]`;
      const checked = readTallyGroup(fn, name, group);
      const id = JSON.stringify(TALLY_DIMENSIONS.map((dimension) => (dimension in checked.key ? [checked.key[dimension]] : [])));
      const seen = merged.get(id);
      if (seen === undefined) merged.set(id, checked);
      else addTallyInto(fn, name, seen, checked);
    }
  }
  return [...merged.values()].sort((x, y) => compareTallyKeys(order, x.key, y.key));
}
