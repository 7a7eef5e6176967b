import { generateRecords } from './generate.ts';
import { tallyCases } from '../src/tally/tallyCases.ts';
const n = 1e6;
const recs = generateRecords(n);
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  tallyCases(recs, { period: '2019-06', by: ['department', 'category'], checkDuplicateIds: process.argv[2] !== 'nodup' });
  const dt = performance.now() - t;
  if (i % 5 === 4) console.log(dt.toFixed(1));
}
