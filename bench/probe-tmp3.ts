import { generateRecords, withIsoTimes } from './generate.js';
import { tallyCases } from '../src/index.js';
const gc = globalThis.gc as () => void;
const iso = JSON.parse(JSON.stringify(withIsoTimes(generateRecords(1e6))));
for (let i = 0; i < 12; i++) {
  gc();
  const h = process.memoryUsage().heapUsed;
  const t = performance.now();
  tallyCases(iso, { period: '2019-06', by: ['department', 'category'], checkDuplicateIds: false });
  console.log((performance.now() - t).toFixed(1), ((process.memoryUsage().heapUsed - h) / 1e3).toFixed(0));
}
