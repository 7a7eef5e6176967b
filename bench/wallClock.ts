// `npm run bench:wall-clock` (not part of npm test): tallyCases and the
// streaming tallier on the same records with times written three ways —
// ISO 8601 with an offset (today's reader), wall-clock `2019-01-05 09:30:00`,
// and `2019/1/5 9:30` — read at UTC+8. Every way's tallies are checked equal
// first; medians of alternating runs in one process, with the machine.
import { cpus, loadavg } from 'node:os';
import { createTallier, tallyCases, type CaseRecord, type TallyOptions } from '../src/index.js';
import { generateRecords, isoTimestamp } from './generate.js';

const size = Number(process.argv.find((arg) => arg.startsWith('--size='))?.slice('--size='.length) ?? 1e6);
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 7);
const BEIJING = 8 * 3_600_000;
const two = (value: number): string => String(value).padStart(2, '0');

/** An instant as Beijing wall-clock text: `2019-01-05 09:30:00`, or `2019/1/5 9:30` (minutes only) when `slash`. */
function wallClock(ms: number, slash: boolean): string {
  const date = new Date(ms + BEIJING);
  const [y, m, d, h, min, s] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  return slash ? `${y}/${m}/${d} ${h}:${two(min)}` : `${y}-${two(m)}-${two(d)} ${two(h)}:${two(min)}:${two(s)}`;
}

// Whole minutes, so that the slash form (no seconds) names the same instants.
const base = generateRecords(size).map((record) => {
  const minute = (time: unknown) => (typeof time === 'number' ? Math.floor(time / 60_000) * 60_000 : time);
  return { ...record, acceptedAt: minute(record.acceptedAt), dueAt: minute(record.dueAt), completedAt: minute(record.completedAt) } as CaseRecord;
});
const written = (form: (ms: number) => string): CaseRecord[] =>
  base.map((record) => ({
    ...record,
    acceptedAt: form(record.acceptedAt as number),
    dueAt: record.dueAt === null || record.dueAt === undefined ? null : form(record.dueAt as number),
    completedAt: record.completedAt === null || record.completedAt === undefined ? null : form(record.completedAt as number),
  }));
const ways = {
  'ISO 8601 with an offset': written((ms) => isoTimestamp(ms, 480)),
  'wall clock 2019-01-05 09:30:00': written((ms) => wallClock(ms, false)),
  'wall clock 2019/1/5 9:30': written((ms) => wallClock(ms, true)),
};
const options: TallyOptions = { period: '2019-06', by: ['department', 'category'], wallClockOffsetMinutes: 480 };

const expected = JSON.stringify(tallyCases(base, options));
for (const [name, records] of Object.entries(ways)) {
  if (JSON.stringify(tallyCases(records, options)) !== expected) throw new Error(`${name}: tallyCases disagrees`);
  const tallier = createTallier(options);
  tallier.addMany(records);
  if (JSON.stringify(tallier.result()) !== expected) throw new Error(`${name}: the tallier disagrees`);
}
console.log(`all ways agree on ${size} records`);

const times: Record<string, number[]> = {};
for (let run = 0; run < runs; run += 1) {
  for (const [name, records] of Object.entries(ways)) {
    for (const path of ['tallyCases', 'createTallier'] as const) {
      const start = performance.now();
      if (path === 'tallyCases') tallyCases(records, options);
      else createTallier(options).addMany(records);
      (times[`${path}, ${name}`] ??= []).push(performance.now() - start);
    }
  }
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
console.log(`${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, load ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
for (const [name, values] of Object.entries(times)) {
  console.log(`${name.padEnd(58)} ${median(values).toFixed(1).padStart(8)} ms  ${((size / median(values)) * 1000 / 1e6).toFixed(2)} M records/s`);
}
