import { compareTallyKeys } from './engine/compareTallyKeys.js';
import { describeValue } from '../internal/describeValue.js';
import { readDimensionList } from './engine/readDimensionList.js';
import type { Dimension } from './Dimension.js';
import { addTallyInto, readTallyGroup, type CheckedGroup } from './engine/readTallyGroup.js';
import type { TallyGroup, TallyKey } from './TallyResult.js';

/**
 * Sums the groups of one tally onto fewer dimensions: each key is cut down to
 * the dimensions of `by`, and the groups that then share a key are added.
 *
 * For reading several tables from one pass over the records: tally once by
 * `['department', 'category', 'streetOffice']`, then roll the groups up to
 * `['department', 'category']` for the report's department × category table
 * and to `'streetOffice'` for its street-office table. Each result equals
 * the tally of the same records by the coarser `by`, made directly.
 *
 * ```text
 * rollup(groups, by)[k] = Σ { g.tally : g in groups, g.key cut to by = k }   (each count summed apart)
 *
 * rollupTallyGroups(tallyCases(records, { ...options, by: finer }).groups, coarser)
 *   = tallyCases(records, { ...options, by: coarser }).groups
 * when every dimension of coarser is in finer, and coarser keeps 'period' if finer has it
 * ```
 * In words: all five counts (accepted, completed, completedOnTime, due,
 * inProgress) add up over the groups of a finer tally, because each record
 * belongs to exactly one of its groups (one department, one category, one
 * street office or `null`), so a coarser group's records are the disjoint
 * union of those of the finer groups it covers. The result is sorted as
 * {@link tallyCases} sorts with this `by`: by its dimensions in its order,
 * ids by UTF-16 code units, 行政许可 first, the street office `null` last,
 * months in time order; each key holds the dimensions of `by` only, in its order.
 *
 * Edge cases: `by: []` gives one group with the key `{}` holding the total;
 * no groups give `[]` (as a tally of no records does), for any `by`.
 * Rolling `'period'` away is refused: the flows (受理, 办结, 应办结) of months
 * add up, but 在办 summed over months is not the 在办 at the end of the
 * range, which a tally of the range without `'period'` gives; tally the range
 * again without `'period'` instead. A tally made with
 * `missingStreetOffice: 'omit'` has left out the records with no street
 * office, so its roll-up without `'streetOffice'` leaves them out too and
 * differs from a direct tally. Every group is checked: its key holds only
 * dimensions, each with a value a tally gives (`department` a non-empty
 * string, `category` `'administrative_licensing'` or `'public_service'`,
 * `streetOffice` a non-empty string or null, `period` a month `'YYYY-MM'`; a
 * field that is `undefined` is absent), and its tally has all five counts,
 * each a non-negative safe integer (a count written `-0` is read as 0); a
 * group whose counts are all zero (a tally never gives one) is kept.
 * Ids are data: `"__proto__"` and `"constructor"` are ordinary keys.
 *
 * @param groups - The groups of one tally ({@link TallyResult.groups} of {@link tallyCases}, {@link tallyColumns}, a {@link Tallier}, or of {@link mergeTallyGroups}).
 * @param by - The dimension, or the dimensions in order, to keep: each must be in every group's key.
 * @returns A new sorted list of groups, one per distinct key cut to `by`.
 * @throws {TypeError} `rollupTallyGroups requires groups to be an array of groups, got …`; `rollupTallyGroups requires groups[1] to be an object, got null` (likewise `groups[1].key` and `groups[1].tally`; an array is no object); `rollupTallyGroups requires by to be a dimension or an array of dimensions, got null`; `rollupTallyGroups requires groups[3].key.department to be a non-empty string, got 1n` for a key value of the wrong type; `rollupTallyGroups requires groups[1].tally.due to be a number, got undefined` for a missing count.
 * @throws {RangeError} `rollupTallyGroups requires by to hold only 'department', 'category', 'streetOffice', 'period', got "12"` (likewise `groups[1].key to hold only …` for a key with another field); `rollupTallyGroups requires by to name each dimension once, got "department" twice`; `rollupTallyGroups requires groups[1].key to hold every dimension of by, got an object without 'streetOffice'`; `rollupTallyGroups requires by to keep 'period' when the groups have it (in-progress counts of months do not add up), got ["department"]`; `rollupTallyGroups requires groups[0].key.period to be a month written YYYY-MM, got "2019-1"` for a string that fits no value of its dimension; `rollupTallyGroups requires groups[1].tally.completed to be a non-negative integer, got -1`; `rollupTallyGroups requires the sum of accepted up to groups[3].tally to be a safe integer, got 9007199254740992`.
 * @example
 * ```ts
 * const groups = [
 *   { key: { department: '区人社局', streetOffice: 'hongyun' }, tally: { accepted: 3, completed: 2, completedOnTime: 2, due: 1, inProgress: 1 } },
 *   { key: { department: '区人社局', streetOffice: null }, tally: { accepted: 1, completed: 1, completedOnTime: 0, due: 1, inProgress: 0 } },
 *   { key: { department: '区卫计局', streetOffice: 'hongyun' }, tally: { accepted: 2, completed: 0, completedOnTime: 0, due: 0, inProgress: 2 } },
 * ];
 * rollupTallyGroups(groups, 'streetOffice');
 * // => [{ key: { streetOffice: 'hongyun' }, tally: { accepted: 5, completed: 2, completedOnTime: 2, due: 1, inProgress: 3 } },
 * //     { key: { streetOffice: null }, tally: { accepted: 1, completed: 1, completedOnTime: 0, due: 1, inProgress: 0 } }]
 * rollupTallyGroups(groups, []);
 * // => [{ key: {}, tally: { accepted: 6, completed: 3, completedOnTime: 2, due: 2, inProgress: 3 } }]
 * rollupTallyGroups([{ key: { period: '2019-01' }, tally: emptyTally() }], []);
 * // throws RangeError: rollupTallyGroups requires by to keep 'period' when the groups have it (in-progress counts of months do not add up), got []
 * ```
 * @see {@link mergeTallyGroups} to combine the groups of tallies of other records.
 * @category Tally
 */
export function rollupTallyGroups(groups: readonly TallyGroup[], by: Dimension | readonly Dimension[]): TallyGroup[] {
  const fn = 'rollupTallyGroups';
  if (!Array.isArray(groups)) {
    throw new TypeError(`${fn} requires groups to be an array of groups, got ${describeValue(groups)}`);
  }
  const order = readDimensionList(fn, by);
  for (const [index, dimension] of order.entries()) {
    if (order.indexOf(dimension) !== index) {
      throw new RangeError(`${fn} requires by to name each dimension once, got ${describeValue(dimension)} twice`);
    }
  }
  const keepsPeriod = order.includes('period');
  // Keyed by the values of `order` as JSON: ids are data, never property names.
  const sums = new Map<string, CheckedGroup>();
  for (const [index, group] of (groups as readonly unknown[]).entries()) {
    const name = `groups[${index}]`;
    const checked = readTallyGroup(fn, name, group);
    const key = checked.key;
    const values: (string | null)[] = [];
    for (const dimension of order) {
      const value = key[dimension];
      if (value === undefined) {
        throw new RangeError(`${fn} requires ${name}.key to hold every dimension of by, got ${describeValue(key)} without '${dimension}'`);
      }
      values.push(value);
    }
    if (!keepsPeriod && key.period !== undefined) {
      throw new RangeError(
        `${fn} requires by to keep 'period' when the groups have it (in-progress counts of months do not add up), got ${JSON.stringify(order)}`,
      );
    }
    const id = JSON.stringify(values);
    const seen = sums.get(id);
    if (seen === undefined) {
      const cut: { -readonly [D in Dimension]?: TallyKey[D] } = {};
      for (const [at, dimension] of order.entries()) (cut as Record<Dimension, unknown>)[dimension] = values[at];
      sums.set(id, checked.timeLimits === undefined ? { key: cut, tally: checked.tally } : { key: cut, tally: checked.tally, timeLimits: checked.timeLimits });
    } else {
      addTallyInto(fn, name, seen, checked);
    }
  }
  return [...sums.values()].sort((x, y) => compareTallyKeys(order, x.key, y.key));
}
