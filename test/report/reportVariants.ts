// Variants of the seed report for the rendering tests: one part changed at a time.
import type { MonthlyReport } from '../../src/index.js';
import { seedReport } from './seedReport.js';

/** A report with every field writable, for changing a copy of the seed. */
export type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** The seed with `change` applied to a fresh copy. */
export function doctor(change: (report: Mutable<MonthlyReport>) => void): MonthlyReport {
  const report = seedReport() as Mutable<MonthlyReport>;
  change(report);
  return report as MonthlyReport;
}

/**
 * The seed's centre and names alone: 35300 accepted, 35133 completed, and
 * nothing else (no district, in-progress count, base periods, parts,
 * published figures, street offices, investment, cards or letters), with
 * `change` applied after.
 */
export function centreOnly(change: (report: Mutable<MonthlyReport>) => void = () => {}): MonthlyReport {
  return doctor((report) => {
    delete report.district;
    delete report.centre.tally.inProgress;
    delete report.centre.tally.completedOnTime;
    delete report.centre.inProgressRule;
    delete report.centre.previousYear;
    delete report.centre.byCategory;
    delete report.centre.inProgressByDepartment;
    delete report.centre.published;
    delete report.streetOffices;
    delete report.investment;
    delete report.supervision;
    delete report.commendations;
    change(report);
  });
}
