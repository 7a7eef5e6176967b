import type { ReportCount } from '../../models/MonthlyReportSchema.js';
import { countRange } from './countRange.js';

/**
 * Prints a figure at every combination of its counts' range ends and returns
 * the distinct texts, in order. A figure made of printed counts has one text;
 * one made of inferred counts has one text when every value of the ranges
 * prints alike (the rates and changes used here are monotonic in each count,
 * so the ends decide).
 *
 * @internal
 */
export function textsAtEnds(counts: readonly ReportCount[], print: (values: readonly number[]) => string): string[] {
  let combinations: number[][] = [[]];
  for (const count of counts) {
    const [low, high] = countRange(count);
    combinations = combinations.flatMap((values) => (low === high ? [[...values, low]] : [[...values, low], [...values, high]]));
  }
  const texts = new Set<string>();
  for (const values of combinations) texts.add(print(values));
  return [...texts];
}
