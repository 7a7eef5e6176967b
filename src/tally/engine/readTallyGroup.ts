import { assertCount } from '../../internal/assertCount.js';
import { assertObject } from '../../internal/assertObject.js';
import { describeValue } from '../../internal/describeValue.js';
import { CASE_CATEGORIES } from '../../models/caseCategories.js';
import { PERIOD_PATTERN } from '../../period/periodPattern.js';
import { TALLY_DIMENSIONS, type Dimension } from '../Dimension.js';
import type { FullCaseTally, TallyKey, TimeLimitTally } from '../TallyResult.js';
import { TIME_LIMIT_COUNTS } from './timeLimitCounts.js';

/** The five counts of a {@link FullCaseTally}, each required. */
const COUNTS = ['accepted', 'completed', 'completedOnTime', 'due', 'inProgress'] as const;


/** A group's key with its dimensions only, and a copy of its full tally (and of its time-limit counts, when it has them). */
export interface CheckedGroup {
  readonly key: TallyKey;
  readonly tally: { -readonly [K in keyof FullCaseTally]: FullCaseTally[K] };
  timeLimits?: { -readonly [K in keyof TimeLimitTally]: number };
}

/**
 * Checks one group of a tally as the functions that read groups take it
 * (`mergeTallyGroups`, `rollupTallyGroups`), naming it `name` (`groups[3]`)
 * in every message, and returns a copy: the key with its dimensions in its
 * own order, and the five counts (a `-0` read as 0).
 *
 * What a key may hold, per {@link TallyKey}: only the dimensions of
 * {@link TALLY_DIMENSIONS}, each absent (or `undefined`) or
 * - `department`: a non-empty string;
 * - `category`: `'administrative_licensing'` or `'public_service'`;
 * - `streetOffice`: a non-empty string, or null for the records with none;
 * - `period`: a month written `'YYYY-MM'`.
 * A value of another type is a TypeError, a string of the wrong form a
 * RangeError. Every count of the tally is required: a non-negative safe integer.
 *
 * @internal
 */
export function readTallyGroup(fn: string, name: string, group: unknown): CheckedGroup {
  assertObject(fn, name, group);
  const key: unknown = group['key'];
  assertObject(fn, `${name}.key`, key);
  const cut: { -readonly [D in Dimension]?: TallyKey[D] } = {};
  for (const dimension of Object.keys(key)) {
    if (!(TALLY_DIMENSIONS as readonly string[]).includes(dimension)) {
      throw new RangeError(
        `${fn} requires ${name}.key to hold only ${TALLY_DIMENSIONS.map((d) => `'${d}'`).join(', ')}, got ${describeValue(dimension)}`,
      );
    }
    const value = key[dimension];
    if (value === undefined) continue;
    (cut as Record<string, unknown>)[dimension] = readKeyValue(fn, `${name}.key.${dimension}`, dimension as Dimension, value);
  }
  const tally: unknown = group['tally'];
  assertObject(fn, `${name}.tally`, tally);
  const counts = { accepted: 0, completed: 0, completedOnTime: 0, due: 0, inProgress: 0 };
  for (const field of COUNTS) {
    const value = tally[field];
    assertCount(fn, `${name}.tally.${field}`, value);
    counts[field] = value + 0; // -0 + 0 is 0
  }
  const limits: unknown = group['timeLimits'];
  if (limits === undefined) return { key: cut, tally: counts };
  assertObject(fn, `${name}.timeLimits`, limits);
  const timeLimits = {} as { -readonly [K in keyof TimeLimitTally]: number };
  for (const field of TIME_LIMIT_COUNTS) {
    const value = limits[field];
    assertCount(fn, `${name}.timeLimits.${field}`, value);
    timeLimits[field] = value + 0;
  }
  return { key: cut, tally: counts, timeLimits };
}

function readKeyValue(fn: string, path: string, dimension: Dimension, value: unknown): string | null {
  if (dimension === 'streetOffice' && value === null) return null;
  const what =
    dimension === 'department'
      ? 'a non-empty string'
      : dimension === 'streetOffice'
        ? 'a non-empty string or null'
        : dimension === 'category'
          ? CASE_CATEGORIES.map((category) => `'${category}'`).join(' or ')
          : 'a month written YYYY-MM';
  if (typeof value !== 'string') throw new TypeError(`${fn} requires ${path} to be ${what}, got ${describeValue(value)}`);
  const fits =
    dimension === 'category'
      ? (CASE_CATEGORIES as readonly string[]).includes(value)
      : dimension === 'period'
        ? PERIOD_PATTERN.test(value)
        : value.length > 0;
  if (!fits) throw new RangeError(`${fn} requires ${path} to be ${what}, got ${describeValue(value)}`);
  return value;
}

/**
 * Adds the counts of `group` into `sum` (its time-limit counts too: a sum
 * has them when either has them), each sum exact: a sum beyond
 * `Number.MAX_SAFE_INTEGER` throws a RangeError naming the group `name` whose
 * count took it there.
 *
 * @internal
 */
export function addTallyInto(fn: string, name: string, sum: CheckedGroup, group: CheckedGroup): void {
  for (const field of COUNTS) {
    const total = sum.tally[field] + group.tally[field];
    if (!Number.isSafeInteger(total)) {
      throw new RangeError(`${fn} requires the sum of ${field} up to ${name}.tally to be a safe integer, got ${describeValue(total)}`);
    }
    sum.tally[field] = total;
  }
  // A group without time-limit counts has no record with a limit: it adds nothing to them.
  const limits = group.timeLimits;
  if (limits === undefined) return;
  if (sum.timeLimits === undefined) {
    sum.timeLimits = { ...limits };
    return;
  }
  for (const field of TIME_LIMIT_COUNTS) {
    const total = sum.timeLimits[field] + limits[field];
    if (!Number.isSafeInteger(total)) {
      throw new RangeError(`${fn} requires the sum of ${field} up to ${name}.timeLimits to be a safe integer, got ${describeValue(total)}`);
    }
    sum.timeLimits[field] = total;
  }
}
