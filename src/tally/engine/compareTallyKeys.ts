import { CASE_CATEGORIES } from '../../models/caseCategories.js';
import type { Dimension } from '../Dimension.js';
import type { TallyKey } from '../TallyResult.js';

/**
 * Orders two group keys by the dimensions of `by`, in that order: ids by
 * UTF-16 code units, categories in {@link CASE_CATEGORIES} order, the street
 * office `null` after every id, months in time order.
 *
 * @internal
 */
export function compareTallyKeys(by: readonly Dimension[], a: TallyKey, b: TallyKey): number {
  for (const dimension of by) {
    const order = compareValues(dimension, a[dimension], b[dimension]);
    if (order !== 0) return order;
  }
  return 0;
}

function compareValues(dimension: Dimension, a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: CASE_CATEGORIES is in alphabetical order too, so the string comparison below gives the same order
  if (dimension === 'category') {
    return CASE_CATEGORIES.indexOf(a as (typeof CASE_CATEGORIES)[number]) - CASE_CATEGORIES.indexOf(b as (typeof CASE_CATEGORIES)[number]);
  }
  // 'YYYY-MM' months sort as strings.
  // Stryker disable next-line EqualityOperator: a <= b is a < b here, as equal values returned 0 above
  return a < b ? -1 : 1;
}
