import { TALLY_DIMENSIONS, type Dimension } from '../Dimension.js';
import { describeValue } from '../../internal/describeValue.js';

/**
 * Checks the `by` of a function that reads groups (a dimension, or an array
 * of dimensions) and returns it as an array.
 *
 * @internal
 */
export function readDimensionList(fn: string, by: unknown): Dimension[] {
  const dimensions: unknown = typeof by === 'string' ? [by] : by;
  if (!Array.isArray(dimensions)) {
    throw new TypeError(`${fn} requires by to be a dimension or an array of dimensions, got ${describeValue(by)}`);
  }
  for (const dimension of dimensions as readonly unknown[]) {
    if (!(TALLY_DIMENSIONS as readonly unknown[]).includes(dimension)) {
      throw new RangeError(`${fn} requires by to hold only ${TALLY_DIMENSIONS.map((d) => `'${d}'`).join(', ')}, got ${describeValue(dimension)}`);
    }
  }
  return [...(dimensions as Dimension[])];
}
