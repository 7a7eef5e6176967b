import { assertCount } from '../internal/assertCount.js';
import { assertObject } from '../internal/assertObject.js';
import { describeValue } from '../internal/describeValue.js';
import type { CaseTally } from '../models/CaseTallySchema.js';
import type { FullCaseTally } from './TallyResult.js';

const OPTIONAL = ['completedOnTime', 'due', 'inProgress'] as const;

/**
 * Adds two tallies of disjoint sets of cases for the same period and group.
 *
 * Tallies of shards, workers or partitions of a warehouse combine exactly:
 * the sum is associative and commutative, and {@link emptyTally} is its
 * identity, so the order and grouping of merges never changes the result.
 *
 * ```text
 * merged.x = a.x + b.x   for x in accepted, completed, completedOnTime, due, inProgress
 * ```
 * In words: each count is the sum of the two; an optional count
 * (completedOnTime, due, inProgress) is kept only when both tallies have it,
 * since a missing count is unknown, not zero.
 *
 * Edge cases: the sets of cases must be disjoint (a case in both is counted
 * twice). Merging different periods adds the flows (受理, 办结) correctly, but
 * the sum of two months' 在办 is not the 在办 of either: tally a range with
 * `by: 'period'` instead. A sum beyond `Number.MAX_SAFE_INTEGER` throws.
 *
 * @param a - A tally.
 * @param b - A tally of other cases.
 * @returns A new tally: the field-by-field sum.
 * @throws {TypeError} `mergeTallies requires a to be an object, got …` (likewise `b`); `mergeTallies requires a.accepted to be a number, got …` for a missing count.
 * @throws {RangeError} `mergeTallies requires a.completed to be a non-negative integer, got -1` (likewise an optional count that only one tally has, such as `b.inProgress`); `mergeTallies requires the sum of accepted to be a safe integer, got 9007199254740992`.
 * @example
 * ```ts
 * mergeTallies({ accepted: 20564, completed: 20500 }, { accepted: 14736, completed: 14633 });
 * // => { accepted: 35300, completed: 35133 }
 * mergeTallies(emptyTally(), { accepted: 3, completed: 1, completedOnTime: 1, due: 0, inProgress: 2 });
 * // => { accepted: 3, completed: 1, completedOnTime: 1, due: 0, inProgress: 2 }
 * ```
 * @see {@link mergeTallyGroups} for lists of groups.
 * @category Tally
 */
export function mergeTallies(a: FullCaseTally, b: FullCaseTally): FullCaseTally;
export function mergeTallies(a: CaseTally, b: CaseTally): CaseTally;
export function mergeTallies(a: CaseTally, b: CaseTally): CaseTally {
  return mergeTalliesFor('mergeTallies', a, b);
}

/**
 * {@link mergeTallies} with the caller's name in its messages, and the names
 * of its two tallies (`a` and `b` unless given).
 *
 * @internal
 */
export function mergeTalliesFor(fn: string, a: CaseTally, b: CaseTally, names: readonly [string, string] = ['a', 'b']): CaseTally {
  assertObject(fn, names[0], a);
  assertObject(fn, names[1], b);
  const merged: { -readonly [K in keyof CaseTally]: CaseTally[K] } = {
    accepted: sum(fn, names, 'accepted', a.accepted, b.accepted),
    completed: sum(fn, names, 'completed', a.completed, b.completed),
  };
  for (const field of OPTIONAL) {
    const left = a[field];
    const right = b[field];
    if (left !== undefined && right !== undefined) merged[field] = sum(fn, names, field, left, right);
    // A count that only one side has is left out of the sum, but still checked:
    // a bad value is never passed over in silence.
    else if (left !== undefined) assertCount(fn, `${names[0]}.${field}`, left);
    else if (right !== undefined) assertCount(fn, `${names[1]}.${field}`, right);
  }
  return merged;
}

function sum(fn: string, names: readonly [string, string], field: string, a: unknown, b: unknown): number {
  assertCount(fn, `${names[0]}.${field}`, a);
  assertCount(fn, `${names[1]}.${field}`, b);
  const total = a + b + 0; // + 0: -0 + -0 is -0, and no sum is -0
  if (!Number.isSafeInteger(total)) {
    throw new RangeError(`${fn} requires the sum of ${field} to be a safe integer, got ${describeValue(total)}`);
  }
  return total;
}
