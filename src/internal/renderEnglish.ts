import type { MonthlyReport } from '../models/MonthlyReportSchema.js';
import type { ReportBlock } from './reportBlocks.js';
export function renderEnglish(report: MonthlyReport): ReportBlock[] { return [{ kind: 'paragraph', text: report.period }]; }
