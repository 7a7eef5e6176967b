import { assertObject } from '../internal/assertObject.js';
import { describeValue } from '../internal/describeValue.js';
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
 * const { invalid } = tallyCases([{ id: 'a', category: 'public_service', departmentId: 'd', acceptedAt: 'soon' }], {
 *   period: '2019-01',
 *   by: [],
 *   onInvalid: 'collect',
 * });
 * invalid[0]?.field;
 * // => 'acceptedAt'
 * new InvalidRecordError(invalid[0]!).message;
 * // => 'tallyCases requires records[0] (id "a") acceptedAt to be an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date (±8.64e15), got "soon"'
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
   * Every field of `problem` is checked, in the order below, and copied.
   *
   * @param problem - Where and what: `index` (a non-negative integer, or −1 for a header), `line` (a positive integer, or null), `id` and `field` (non-empty strings, or null) and the one-line `message` (a non-empty string).
   * @throws {TypeError} `InvalidRecordError requires problem to be an object, got null`; `InvalidRecordError requires problem.index to be a number, got "3"`; `InvalidRecordError requires problem.line to be a number or null, got undefined`; `InvalidRecordError requires problem.id to be a string or null, got 7` (likewise `field`); `InvalidRecordError requires problem.message to be a string, got undefined`.
   * @throws {RangeError} `InvalidRecordError requires problem.index to be a non-negative integer, or -1 for a header, got 1.5` (also for -2 and beyond 2**53 - 1); `InvalidRecordError requires problem.line to be a positive integer or null, got 0`; `InvalidRecordError requires problem.id to be a non-empty string or null, got ""` (likewise `field`); `InvalidRecordError requires problem.message to be a non-empty string, got ""`.
   */
  constructor(problem: InvalidRecord) {
    // Each field is read once (a getter is not asked twice) and kept as checked.
    const checked = checkedProblem(problem);
    super(checked.message);
    this.name = 'InvalidRecordError';
    this.index = checked.index;
    this.line = checked.line;
    this.id = checked.id;
    this.field = checked.field;
  }
}

const FN = 'InvalidRecordError';

/** Checks every field of `problem` and returns them (an index or line written -0 as 0). */
function checkedProblem(problem: unknown): InvalidRecord {
  assertObject(FN, 'problem', problem);
  const { index, line, id, field, message } = problem;
  if (typeof index !== 'number') {
    throw new TypeError(`${FN} requires problem.index to be a number, got ${describeValue(index)}`);
  }
  if (!Number.isSafeInteger(index) || index < -1) {
    throw new RangeError(`${FN} requires problem.index to be a non-negative integer, or -1 for a header, got ${describeValue(index)}`);
  }
  if (line !== null) {
    if (typeof line !== 'number') {
      throw new TypeError(`${FN} requires problem.line to be a number or null, got ${describeValue(line)}`);
    }
    if (!Number.isSafeInteger(line) || line < 1) {
      throw new RangeError(`${FN} requires problem.line to be a positive integer or null, got ${describeValue(line)}`);
    }
  }
  assertTextOrNull('problem.id', id);
  assertTextOrNull('problem.field', field);
  if (typeof message !== 'string') {
    throw new TypeError(`${FN} requires problem.message to be a string, got ${describeValue(message)}`);
  }
  if (message === '') throw new RangeError(`${FN} requires problem.message to be a non-empty string, got ""`);
  return { index: index + 0, line: line === null ? null : line + 0, id: id as string | null, field: field as string | null, message };
}

/** Checks that `value` is a non-empty string or null. */
function assertTextOrNull(name: string, value: unknown): void {
  if (value === null) return;
  if (typeof value !== 'string') {
    throw new TypeError(`${FN} requires ${name} to be a string or null, got ${describeValue(value)}`);
  }
  if (value === '') throw new RangeError(`${FN} requires ${name} to be a non-empty string or null, got ""`);
}
