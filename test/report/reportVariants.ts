// Variants of the seed report for the rendering tests: one part changed at a time.
import { type MonthlyReport, type ReportLocale, renderReport } from '../../src/index.js';
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

/**
 * The parts of a rendered report that the rendering tests read: its blocks
 * (headings and paragraphs, in order), the centre's paragraph (after the two
 * headings), the street offices' paragraph, and the numbered paragraphs under
 * the operations heading ((二)业务工作情况 / (2) Operations).
 */
export function renderedParts(locale: ReportLocale) {
  const operationsHeading = locale === 'en' ? '(2) Operations' : '(二)业务工作情况';
  const blocks = (report: MonthlyReport): string[] => renderReport(report, { locale }).trimEnd().split('\n\n');
  return {
    blocks,
    centreParagraph: (report: MonthlyReport): string => blocks(report)[2] as string,
    streetParagraph: (report: MonthlyReport): string => blocks(report)[3] as string,
    operations: (report: MonthlyReport): string[] => {
      const all = blocks(report);
      return all.slice(all.indexOf(operationsHeading) + 1);
    },
  };
}
