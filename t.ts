import { readFileSync } from 'node:fs';
import { parseMonthlyReport } from './src/report/parseMonthlyReport.js';
import { renderReport } from './src/report/renderReport.js';
const r = parseMonthlyReport(JSON.parse(readFileSync('examples/wuhua-2019-01.json','utf8')));
if (!r.success) throw new Error();
console.log(renderReport(r.report));
console.log(renderReport(r.report, {format:'markdown'}));
