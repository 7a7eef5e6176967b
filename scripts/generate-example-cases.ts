// Writes examples/cases-2019-01.csv and examples/cases-2019-01.ndjson from
// scripts/exampleCases.ts, and the export-shaped examples from
// scripts/exportExamples.ts, and the report's examples from
// scripts/reportExamples.ts: `npm run examples`.
import { writeFileSync } from 'node:fs';
import { exampleCases } from './exampleCases.js';
import { exportExamples, exportWorkbook } from './exportExamples.js';
import { limitExample } from './limitExamples.js';
import { quarterReport, reportExamples } from './reportExamples.js';

const { csv, ndjson } = exampleCases();
writeFileSync(new URL('../examples/cases-2019-01.csv', import.meta.url), csv);
writeFileSync(new URL('../examples/cases-2019-01.ndjson', import.meta.url), ndjson);
process.stdout.write('wrote 400 generated records to examples/cases-2019-01.csv and examples/cases-2019-01.ndjson\n');

const exports = exportExamples();
writeFileSync(new URL('../examples/export-2019-01.csv', import.meta.url), exports.csv);
writeFileSync(new URL('../examples/export-2019-01-gbk.csv', import.meta.url), exports.gbk);
writeFileSync(new URL('../examples/export-2019-01.ndjson', import.meta.url), exports.ndjson);
process.stdout.write('wrote 600 generated export-shaped records to examples/export-2019-01.csv, export-2019-01-gbk.csv and export-2019-01.ndjson\n');
writeFileSync(new URL('../examples/export-2019-01.xlsx', import.meta.url), await exportWorkbook());
process.stdout.write('wrote the same records to examples/export-2019-01.xlsx\n');

writeFileSync(new URL('../examples/export-2019-limits.csv', import.meta.url), limitExample());
process.stdout.write('wrote 400 generated records with 承诺时限 to examples/export-2019-limits.csv\n');
const report = reportExamples();
writeFileSync(new URL('../examples/wuhua-records-2018.csv', import.meta.url), report['2018']);
writeFileSync(new URL('../examples/wuhua-records-2019.csv', import.meta.url), report['2019']);
writeFileSync(new URL('../examples/wuhua-supplement.json', import.meta.url), report.supplement);
writeFileSync(new URL('../examples/wuhua-2019-Q1.json', import.meta.url), quarterReport());
process.stdout.write('wrote two years of generated records to examples/wuhua-records-2018.csv and wuhua-records-2019.csv, examples/wuhua-supplement.json, and the report of 2019-Q1 built from them, examples/wuhua-2019-Q1.json\n');
