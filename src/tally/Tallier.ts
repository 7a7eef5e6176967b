import type { TallyResult } from './TallyResult.js';

/**
 * A streaming tally: records go in one at a time, memory stays per group.
 *
 * @category Tally
 */
export interface Tallier {
  /**
   * Checks one record and counts it. An invalid record throws an
   * {@link InvalidRecordError} (index = records offered so far), or is
   * collected with `onInvalid: 'collect'`.
   */
  add(record: unknown): void;
  /** {@link Tallier.add} for each record of an iterable, in order. */
  addMany(records: Iterable<unknown>): void;
  /** The tally so far: sorted groups and collected invalid records. The tallier can go on after it. */
  result(): TallyResult;
}
