import type { Tallier } from '../Tallier.js';
import { describeValue } from '../../internal/describeValue.js';
import type { TallyAccumulator } from './TallyAccumulator.js';

const accumulators = new WeakMap<object, TallyAccumulator>();

/**
 * Links a {@link Tallier} to its engine, so that the file readers can add
 * records with their line numbers.
 *
 * @internal
 */
export function registerTallier(tallier: Tallier, accumulator: TallyAccumulator): void {
  accumulators.set(tallier, accumulator);
}

/**
 * The engine of a {@link Tallier} made by {@link createTallier}.
 *
 * @internal
 */
export function tallierAccumulator(fn: string, tallier: unknown): TallyAccumulator {
  // A WeakMap answers undefined for a value that is not an object.
  const accumulator = accumulators.get(tallier as object);
  if (accumulator === undefined) {
    throw new TypeError(`${fn} requires tallier to be made by createTallier, got ${describeValue(tallier)}`);
  }
  return accumulator;
}
