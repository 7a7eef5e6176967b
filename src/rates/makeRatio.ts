import type { Ratio } from './Ratio.js';

/**
 * Builds a {@link Ratio} from integers the caller has already checked.
 *
 * @internal
 */
export function makeRatio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}
