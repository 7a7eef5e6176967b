import { generateRecords, withIsoTimes } from './generate.js';
import { parseIsoInto, PARSED } from '../src/internal/parseIsoTimestamp.js';
import { readCaseRecord, RecordFields } from '../src/internal/readCaseRecord.js';
const gc = globalThis.gc as () => void;
const iso = JSON.parse(JSON.stringify(withIsoTimes(generateRecords(1e6)))) as any[];
const strings = iso.map((r) => r.acceptedAt as string);
function loop(list: string[], from: number, to: number) { let s = 0; for (let i = from; i < to; i++) if (parseIsoInto(list[i]!)) s += PARSED[0]! > 0 ? 1 : 0; return s; }
const out = new RecordFields();
function loop2(list: any[], from: number, to: number) { let s = 0; for (let i = from; i < to; i++) if (readCaseRecord(list[i], out)) s++; return s; }
for (let k = 0; k < 8; k++) {
  gc(); let h = process.memoryUsage().heapUsed; let t = performance.now();
  for (let f = 0; f < 1e6; f += 4096) loop(strings, f, Math.min(f + 4096, 1e6));
  const a = `parse ${(performance.now() - t).toFixed(1)}ms ${((process.memoryUsage().heapUsed - h) / 1e3).toFixed(0)}KB`;
  gc(); h = process.memoryUsage().heapUsed; t = performance.now();
  for (let f = 0; f < 1e6; f += 4096) loop2(iso, f, Math.min(f + 4096, 1e6));
  console.log(a, `read ${(performance.now() - t).toFixed(1)}ms ${((process.memoryUsage().heapUsed - h) / 1e3).toFixed(0)}KB`);
}
