import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { assertObject } from '../../internal/assertObject.js';
import { describeValue } from '../../internal/describeValue.js';

/**
 * Checks the parts of a {@link MonthlyReport} that every report has (the
 * period, the centre's name and tally) before a function reads them, so that
 * a caller who skipped {@link parseMonthlyReport} gets an error naming the
 * function and the field rather than "Cannot read properties of undefined".
 * The rest is checked by `parseMonthlyReport`, where data enters.
 *
 * @internal
 */
export function assertReportShape(fn: string, report: unknown): asserts report is MonthlyReport {
  assertObject(fn, 'report', report);
  if (typeof report['period'] !== 'string') {
    throw new TypeError(`${fn} requires report.period to be a string, got ${describeValue(report['period'])}`);
  }
  const centre = report['centre'];
  assertObject(fn, 'report.centre', centre);
  if (typeof centre['name'] !== 'string') {
    throw new TypeError(`${fn} requires report.centre.name to be a string, got ${describeValue(centre['name'])}`);
  }
  assertObject(fn, 'report.centre.tally', centre['tally']);
}
