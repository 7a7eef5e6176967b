import { generateRecords, withIsoTimes } from './generate.js';
import { tallyCases } from '../src/index.js';
const gc = globalThis.gc as () => void;
const recs = generateRecords(1e6);
const iso = JSON.parse(JSON.stringify(withIsoTimes(recs)));
for (const [name, f] of [['epoch', () => tallyCases(recs, { period: '2019-06', by: ['department', 'category'], checkDuplicateIds: false })], ['iso', () => tallyCases(iso, { period: '2019-06', by: ['department', 'category'], checkDuplicateIds: false })], ['epoch+dup', () => tallyCases(recs, { period: '2019-06', by: ['department', 'category'] })]] as const) {
  const out: string[] = [];
  for (let i = 0; i < 10; i++) {
    gc();
    const h = process.memoryUsage().heapUsed;
    const t = performance.now();
    f();
    const dt = performance.now() - t;
    const g = process.memoryUsage().heapUsed - h;
    if (i >= 5) out.push(`${dt.toFixed(1)}ms/${(g / 1e3).toFixed(0)}KB`);
  }
  console.log(name, out.join(' '));
}
