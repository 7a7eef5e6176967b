// Writes examples/cases-2019-01.csv and examples/cases-2019-01.ndjson from
// scripts/exampleCases.ts: `npm run examples`.
import { writeFileSync } from 'node:fs';
import { exampleCases } from './exampleCases.js';

const { csv, ndjson } = exampleCases();
writeFileSync(new URL('../examples/cases-2019-01.csv', import.meta.url), csv);
writeFileSync(new URL('../examples/cases-2019-01.ndjson', import.meta.url), ndjson);
process.stdout.write('wrote 400 generated records to examples/cases-2019-01.csv and examples/cases-2019-01.ndjson\n');
