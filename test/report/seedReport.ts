// The seed's data file, read and checked once for the report tests.
import { readFileSync } from 'node:fs';
import { type MonthlyReport, parseMonthlyReport } from '../../src/index.js';

/** examples/wuhua-2019-01.json as parsed JSON, before any checking. */
export function seedData(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../examples/wuhua-2019-01.json', import.meta.url), 'utf8'));
}

/** The seed's data as a typed report (a fresh copy on every call, free to change). */
export function seedReport(): MonthlyReport {
  const result = parseMonthlyReport(seedData());
  if (!result.success) throw new Error(`the seed does not parse: ${JSON.stringify(result.problems)}`);
  return result.report;
}
