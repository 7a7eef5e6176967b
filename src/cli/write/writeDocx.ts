import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import type { ReportLocale } from '../../report/ReportLocale.js';
import { CliError } from '../CliError.js';

/**
 * Writes a report as a Word document (.docx) from its blocks: section 一 from
 * `reportBlocks(report, locale)` and the appendix tables from
 * `appendixBlocks(report, locale)` (both in src/report). Not written yet: the
 * command says so in one line.
 */
export async function writeDocx(report: MonthlyReport, locale: ReportLocale): Promise<Uint8Array> {
  void report;
  void locale;
  throw new CliError('--format docx is not available yet: use --format markdown or text');
}
