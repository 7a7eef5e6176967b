import type { InvalidRecord } from './TallyResult.js';

/**
 * The error thrown for a record that cannot be counted: a bad timestamp, a
 * `completedAt` before `acceptedAt`, an unknown category, a duplicate id, a
 * malformed NDJSON line or CSV row, or a CSV header without a required column.
 *
 * Its fields say where: `index` (0-based record index, −1 for a header),
 * `line` (1-based file line, when read from a file), `id` and `field` (when
 * known). The message is one line, such as
 * `tallyCases requires records[3] (id "WH-4") completedAt to be at or after acceptedAt, got "2019-01-01T08:00:00+08:00"`.
 *
 * @example
 * ```ts
 * // By default the first invalid record throws an InvalidRecordError; collected, it reads:
 * const { invalid } = tallyCases([{ id: 'a', category: 'x' as never, departmentId: 'd', acceptedAt: 0 }], {
 *   period: '2019-01',
 *   by: [],
 *   onInvalid: 'collect',
 * });
 * invalid[0]?.field;
 * // => 'category'
 * new InvalidRecordError(invalid[0]!).message;
 * // => `tallyCases requires records[0] (id "a") category to be 'administrative_licensing' or 'public_service', got "x"`
 * ```
 * @category Tally
 */
export class InvalidRecordError extends Error implements InvalidRecord {
  /** The 0-based index of the record; −1 for a problem with a file's header. */
  readonly index: number;
  /** The 1-based file line, or null when the records did not come from a file. */
  readonly line: number | null;
  /** The record's id, or null when unknown. */
  readonly id: string | null;
  /** The field or column at fault, or null. */
  readonly field: string | null;

  /**
   * @param problem - Where and what: index, line, id, field and the one-line message.
   */
  constructor(problem: InvalidRecord) {
    super(problem.message);
    this.name = 'InvalidRecordError';
    this.index = problem.index;
    this.line = problem.line;
    this.id = problem.id;
    this.field = problem.field;
  }
}
