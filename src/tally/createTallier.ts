import { describeValue } from '../internal/describeValue.js';
import { readTallyPlan } from './engine/readTallyPlan.js';
import { registerTallier } from './engine/tallierAccumulator.js';
import { TallyAccumulator } from './engine/TallyAccumulator.js';
import type { Tallier } from './Tallier.js';
import type { TallyOptions } from './TallyOptions.js';
import type { TallyResult } from './TallyResult.js';

/**
 * Starts a streaming tally ({@link Tallier}) with the rules of {@link tallyCases}.
 *
 * For data that does not fit in memory: a province's tens of millions of
 * cases (办件) read from a file or a cursor, record by record. Feed it with
 * {@link feedNdjson} or `feedCsv` (in `zwfw-stats/node`), or call `add` yourself; tallies of
 * several talliers (shards, workers) combine with {@link mergeTallyGroups}.
 *
 * ```text
 * result() = tallyCases(every record added, options)   (without the duplicate-id check)
 * ```
 * In words: the same counts and groups as {@link tallyCases} over the same
 * records, with memory that grows with the number of groups, not records.
 *
 * Edge case: to keep memory flat, a tallier does not remember ids, so it
 * does not detect duplicate ids; check them upstream (a primary key) or use
 * {@link tallyCases}. With `onInvalid: 'collect'` the list of invalid
 * records does grow with them.
 *
 * @param options - The period, the dimensions and the options of {@link TallyOptions}.
 * @returns A new {@link Tallier}.
 * @throws {TypeError} / {RangeError} `createTallier requires period to be a month written YYYY-MM, got "2019-1"` (likewise the other options) for bad options.
 * @throws {InvalidRecordError} from `add` and `addMany`: `Tallier.add requires records[7] (id "x") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got "2019-01-05 09:30"`.
 * @example
 * ```ts
 * const tallier = createTallier({ period: '2019-01', by: 'category' });
 * tallier.add({ id: 'a', category: 'public_service', departmentId: 'd', acceptedAt: '2019-01-05T09:30:00+08:00' });
 * tallier.result().groups;
 * // => [{ key: { category: 'public_service' }, tally: { accepted: 1, completed: 0, completedOnTime: 0, due: 0, inProgress: 1 } }]
 * ```
 * @see {@link tallyCases} for the counting rules.
 * @category Tally
 */
export function createTallier(options: TallyOptions): Tallier {
  const accumulator = new TallyAccumulator(readTallyPlan('createTallier', options));
  const tallier: Tallier = {
    add(record: unknown): void {
      accumulator.addRecord(record, null, 'Tallier.add');
    },
    addMany(records: Iterable<unknown>): void {
      if (typeof (records as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
        throw new TypeError(`Tallier.addMany requires records to be an iterable, got ${describeValue(records)}`);
      }
      for (const record of records) accumulator.addRecord(record, null, 'Tallier.addMany');
    },
    result(): TallyResult {
      return accumulator.result();
    },
  };
  registerTallier(tallier, accumulator);
  return tallier;
}
