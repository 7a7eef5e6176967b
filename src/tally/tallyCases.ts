import { describeValue } from '../internal/describeValue.js';
import { IdSet } from './engine/IdSet.js';
import { readTallyPlan } from './engine/readTallyPlan.js';
import { TallyAccumulator } from './engine/TallyAccumulator.js';
import type { CaseRecord } from '../models/CaseRecordSchema.js';
import type { TallyOptions } from './TallyOptions.js';
import type { TallyResult } from './TallyResult.js';

/**
 * The options of {@link tallyCases}: {@link TallyOptions} and the duplicate-id check.
 *
 * @category Tally
 */
export interface TallyCasesOptions extends TallyOptions {
  /**
   * `true` (default): a second record with an id already counted in the
   * period is invalid. `false` skips the check (it costs a hash-set insert
   * per record that counts): only for ids known to be unique, such as a
   * primary key.
   */
  readonly checkDuplicateIds?: boolean;
}

/**
 * Tallies case records (办件) into counts per group: 受理, 办结, 按时办结,
 * 应办结 and 在办 for one period, grouped by department, category, street
 * office and/or month.
 *
 * This is how the monthly report's figures are made from an approval
 * system's export. The counts are exact, checked records are never counted
 * silently, and the groups merge ({@link mergeTallyGroups}) so that shards,
 * months or workers can be tallied apart.
 *
 * ```text
 * with the period [start, end) in epoch ms (months cut at utcOffsetMinutes, default UTC+8):
 * accepted         受理   = #{ start ≤ acceptedAt  < end }
 * completed        办结   = #{ start ≤ completedAt < end }          (carry-over included)
 * completedOnTime  按时办结 = #{ counted in completed, completedAt ≤ dueAt or no dueAt }
 * due              应办结 = #{ start ≤ dueAt < end }
 * inProgress       在办   = #{ acceptedAt < end and (open or completedAt ≥ end) }
 * ```
 * In words: each event is counted in the period in which it happened; a
 * case open at the end of the period is 在办 wherever it was accepted.
 * Finishing exactly at the deadline is on time; a case with no deadline
 * (即办件) is on time and never overdue.
 *
 * Grouping: `by` names the dimensions; each group's `key` holds only those.
 * With `'period'`, each month of `options.period` (a month or a range) is a
 * group of its own and every event goes to the month it happened in (a case
 * accepted in January and completed in February counts in both); in progress
 * is then taken at the end of each month. Without it, a range counts as one
 * period. Groups whose five counts are all zero are left out. Groups are
 * sorted by the dimensions in `by`'s order: ids by UTF-16 code units (not
 * pinyin), categories 行政许可 first, the street office `null` last, months
 * in time order. Ids are data: `"__proto__"` and `"constructor"` are ordinary keys.
 *
 * Invalid records (a record that is not an object or is an array, an empty id or
 * department, an unknown category, an `itemTypeCode` that disagrees with the
 * category, a bad or offset-less timestamp, `completedAt` before
 * `acceptedAt`, or a duplicate id, unless `checkDuplicateIds: false`) are never counted. The duplicate check
 * covers the records that count in the period (a record wholly outside it
 * cannot be counted twice); the first copy counts and the later one is
 * invalid. By default the first invalid record throws; with
 * `onInvalid: 'collect'` they are listed in `result.invalid` and the rest counted.
 *
 * Cost: one pass, O(records + groups · log groups) time; memory per group and
 * 8 bytes per slot of the duplicate check's id set (sized to an eighth of the
 * records, growing with the records that count). A non-array iterable is read
 * into an array first: for streams, use {@link createTallier}. No `Date.parse`: ISO strings are read digit by digit.
 *
 * @param records - The case records, as {@link CaseRecord} objects (checked here, not by zod).
 * @param options - The period, the dimensions and the options of {@link TallyCasesOptions}.
 * @returns `{ groups, invalid }`: the sorted groups with their full tallies, and the invalid records collected.
 * @throws {TypeError} `tallyCases requires records to be an iterable, got …` when `records` is not iterable.
 * @throws {TypeError} / {RangeError} `tallyCases requires period to be a month written YYYY-MM, got "2019-1"` (likewise `by`, `utcOffsetMinutes`, `missingStreetOffice`, `onInvalid`, `checkDuplicateIds`) for bad options.
 * @throws {InvalidRecordError} `tallyCases requires records[3] (id "WH-4") completedAt to be at or after acceptedAt, got "2019-01-01T08:00:00+08:00"` for the first invalid record, unless collecting.
 * @example
 * ```ts
 * const records = [
 *   { id: 'a', category: 'public_service', departmentId: '区人社局', acceptedAt: '2019-01-05T09:30:00+08:00', completedAt: '2019-01-06T10:00:00+08:00' },
 *   { id: 'b', category: 'public_service', departmentId: '区人社局', acceptedAt: '2019-01-31T17:00:00+08:00', dueAt: '2019-02-10T17:00:00+08:00' },
 *   { id: 'c', category: 'administrative_licensing', departmentId: '区卫计局', acceptedAt: '2018-12-28T09:00:00+08:00', dueAt: '2019-01-04T17:00:00+08:00', completedAt: '2019-01-07T09:00:00+08:00' },
 * ];
 * tallyCases(records, { period: '2019-01', by: 'department' }).groups;
 * // => [
 * //   { key: { department: '区人社局' }, tally: { accepted: 2, completed: 1, completedOnTime: 1, due: 0, inProgress: 1 } },
 * //   { key: { department: '区卫计局' }, tally: { accepted: 0, completed: 1, completedOnTime: 0, due: 1, inProgress: 0 } },
 * //  ]
 * ```
 * @see {@link tallyColumns} for typed-array columns, {@link createTallier} for streams, {@link completionRate} and {@link onTimeRate} for the rates.
 * @category Tally
 */
export function tallyCases(records: Iterable<CaseRecord>, options: TallyCasesOptions): TallyResult {
  const plan = readTallyPlan('tallyCases', options);
  const accumulator = new TallyAccumulator(plan);
  const check = options.checkDuplicateIds === undefined ? true : options.checkDuplicateIds;
  if (typeof check !== 'boolean') {
    throw new TypeError(`tallyCases requires checkDuplicateIds to be a boolean, got ${describeValue(check)}`);
  }
  if (!Array.isArray(records) && typeof (records as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new TypeError(`tallyCases requires records to be an iterable, got ${describeValue(records)}`);
  }
  const list: readonly unknown[] = Array.isArray(records) ? records : Array.from(records as Iterable<unknown>);
  // The id set keeps record indices and reads an id back only when two hashes match.
  // Stryker disable next-line ArithmeticOperator: only the first size of the id table, which grows as ids are added
  if (check) accumulator.seenIds = new IdSet((index) => (list[index] as CaseRecord).id, list.length / 8);
  // In blocks: a function called often is optimized whole and stays so, where
  // one long loop would run interpreted until on-stack replacement, after every GC.
  // Stryker disable next-line EqualityOperator: a last block from list.length to list.length adds no record
  for (let from = 0; from < list.length; from += 4096) accumulator.addBlock(list, from, Math.min(from + 4096, list.length), 'tallyCases');
  return accumulator.result();
}
