// Writes schema/monthly-report.json from MonthlyReportSchema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { monthlyReportJsonSchema } from './monthlyReportJsonSchema.js';

const target = new URL('../schema/monthly-report.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(monthlyReportJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
