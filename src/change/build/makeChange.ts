import type { Change } from '../Change.js';
import { assertCount } from '../../internal/assertCount.js';
import { makeRatio } from '../../rates/makeRatio.js';

/**
 * The shared body of {@link yoyChange} and {@link momChange}.
 *
 * @internal
 */
export function makeChange(fn: string, current: unknown, previous: unknown): Change {
  assertCount(fn, 'current', current);
  assertCount(fn, 'previous', previous);
  const difference = current - previous;
  return {
    current,
    previous,
    difference,
    rate: makeRatio(difference, previous),
    direction: difference > 0 ? 'up' : difference < 0 ? 'down' : 'flat',
  };
}
