import type { FullCaseTally } from './TallyResult.js';

/**
 * A tally with every count zero: the identity of {@link mergeTallies}.
 *
 * For starting a fold over shards or months: `parts.reduce(mergeTallies, emptyTally())`.
 *
 * ```text
 * emptyTally() = { accepted: 0, completed: 0, completedOnTime: 0, due: 0, inProgress: 0 }
 * ```
 * In words: no cases; merging it with any tally gives that tally.
 *
 * @returns A new tally of zeros.
 * @example
 * ```ts
 * emptyTally();
 * // => { accepted: 0, completed: 0, completedOnTime: 0, due: 0, inProgress: 0 }
 * ```
 * @see {@link mergeTallies}
 * @category Tally
 */
export function emptyTally(): FullCaseTally {
  return { accepted: 0, completed: 0, completedOnTime: 0, due: 0, inProgress: 0 };
}
