/**
 * `npm run bench:sql`: the tally SQL of tallySql on DuckDB and on PGlite
 * against tallyColumns on the same generated records (bench/generate.ts),
 * for one month (2019-06) by department × category and by street office.
 * Load time is reported apart. Every engine's groups are checked equal to
 * tallyColumns' (and tallyCases') before any time is taken. Writes its
 * section of bench/RESULTS.md for the size (between the markers
 * `<!-- bench:sql:1e7 -->` and `<!-- /bench:sql:1e7 -->`; `npm run bench`
 * rewrites the rest of the file and keeps them).
 *
 * PGlite (PostgreSQL in WASM, one thread) loads about 2,500 records a second
 * on a loaded 2-core machine: at 1e7 its load stops once it has taken
 * --pglite-minutes (default 40), and then PGlite is left out of the timings
 * and the section says how far it got. Its runs are --pglite-runs (default:
 * --runs); at 1e7 each of its runs takes minutes.
 *
 *   npm run bench:sql -- [--size=1e7] [--runs=5] [--pglite-minutes=40] [--pglite-runs=1]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { isDeepStrictEqual } from 'node:util';
import { readTallySqlRows, tallyCases, tallyColumns, tallySql, toColumns, type CaseRecord, type Dimension, type TallyGroup } from '../src/index.js';
import { recordStream } from './generate.js';

const argument = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SIZE = Number(argument('size', '1e7'));
const RUNS = Number(argument('runs', '5'));
const PGLITE_MINUTES = Number(argument('pglite-minutes', '40'));
const PGLITE_RUNS = Number(argument('pglite-runs', String(RUNS)));
const SIZE_TEXT = SIZE.toExponential().replace('+', '').replace(/\.0+e/, 'e');
const PERIOD = '2019-06' as const;
const GROUPINGS: Record<string, Dimension[]> = { 'department × category': ['department', 'category'], 'street office': ['streetOffice'] };
const collect = (globalThis.gc as (() => void) | undefined) ?? (() => {});
const log = (...parts: unknown[]) => console.error(new Date().toISOString().slice(11, 19), ...parts);
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const loadBefore = os.loadavg();
const startedAt = new Date();
let clock = performance.now();
const records: CaseRecord[] = [];
for (const record of recordStream(SIZE)) records.push(record);
const columns = toColumns(records);
const setup: [string, number][] = [['generate records and columns', performance.now() - clock]];
log(`${SIZE} records ready`);

// DuckDB: the records in a table of the case-record fields, times as epoch ms (BIGINT), loaded through the appender.
clock = performance.now();
const duck = await DuckDBInstance.create(':memory:', { threads: '2' });
const duckdb = await duck.connect();
await duckdb.run('CREATE TABLE cases (id VARCHAR, category VARCHAR, "departmentId" VARCHAR, "streetOfficeId" VARCHAR, "acceptedAt" BIGINT, "dueAt" BIGINT, "completedAt" BIGINT)');
const appender = await duckdb.createAppender('cases');
const time = (value: unknown) => (value === null || value === undefined ? appender.appendNull() : appender.appendBigInt(BigInt(value as number)));
for (const record of records) {
  appender.appendVarchar(record.id);
  appender.appendVarchar(record.category as string);
  appender.appendVarchar(record.departmentId);
  if (record.streetOfficeId === null || record.streetOfficeId === undefined) appender.appendNull();
  else appender.appendVarchar(record.streetOfficeId);
  time(record.acceptedAt);
  time(record.dueAt);
  time(record.completedAt);
  appender.endRow();
}
appender.closeSync();
setup.push(['DuckDB load (appender)', performance.now() - clock]);
log('DuckDB loaded');

// PGlite: the same table, loaded by COPY from CSV in chunks, until the load has taken PGLITE_MINUTES.
clock = performance.now();
let pglite: PGlite | null = await PGlite.create();
let pgliteNote = '';
try {
  await pglite.exec('CREATE TABLE cases (id text, category text, "departmentId" text, "streetOfficeId" text, "acceptedAt" bigint, "dueAt" bigint, "completedAt" bigint)');
  const CHUNK = 500_000;
  for (let from = 0; from < records.length; from += CHUNK) {
    const minutes = (performance.now() - clock) / 60_000;
    if (minutes > PGLITE_MINUTES) {
      pgliteNote = `PGlite's load was stopped after ${minutes.toFixed(1)} min with ${from.toLocaleString('en')} of ${SIZE.toLocaleString('en')} records loaded (--pglite-minutes=${PGLITE_MINUTES}), so PGlite is not timed at this size.`;
      break;
    }
    const lines: string[] = [];
    for (const record of records.slice(from, from + CHUNK)) {
      lines.push(`${record.id},${record.category},${record.departmentId},${record.streetOfficeId ?? ''},${record.acceptedAt},${record.dueAt ?? ''},${record.completedAt ?? ''}`);
    }
    await pglite.query("COPY cases FROM '/dev/blob' WITH (FORMAT csv)", [], { blob: new Blob([`${lines.join('\n')}\n`]) });
    log(`PGlite: ${Math.min(from + CHUNK, records.length)} records loaded`);
  }
  if (pgliteNote === '') {
    await pglite.exec('VACUUM ANALYZE cases');
    setup.push(['PGlite load (COPY, VACUUM ANALYZE)', performance.now() - clock]);
  }
} catch (error) {
  pgliteNote = `PGlite failed during the load after ${((performance.now() - clock) / 60_000).toFixed(1)} min: ${String((error as Error).message ?? error).split('\n')[0]}; it is not timed at this size.`;
}
if (pgliteNote !== '') {
  log(pgliteNote);
  await pglite.close().catch(() => {});
  pglite = null;
}
log('PGlite done');

interface Task {
  readonly engine: string;
  readonly grouping: string;
  readonly run: () => Promise<TallyGroup[]>;
  readonly samples: number[];
  /** How many timed runs (PGlite's take minutes at 1e7). */
  readonly runs: number;
  /** The time of the run that checked the groups, the first (cold) one. */
  checkMs?: number;
}
const tasks: Task[] = [];
for (const [grouping, by] of Object.entries(GROUPINGS)) {
  const options = { period: PERIOD, by, timeStorage: 'epochMs' as const, table: 'cases' };
  const duckQuery = tallySql({ ...options, dialect: 'duckdb' });
  const pgQuery = tallySql({ ...options, dialect: 'postgres' });
  tasks.push({ engine: 'tallyColumns', grouping, run: async () => tallyColumns(columns, { period: PERIOD, by }).groups, samples: [], runs: RUNS });
  tasks.push({ engine: 'tallySql on DuckDB (2 threads)', grouping, run: async () => readTallySqlRows((await duckdb.runAndReadAll(duckQuery.sql)).getRowObjects() as Record<string, unknown>[], duckQuery).groups, samples: [], runs: RUNS });
  const pg = pglite;
  if (pg !== null) {
    tasks.push({ engine: 'tallySql on PGlite', grouping, run: async () => readTallySqlRows((await pg.query<Record<string, unknown>>(pgQuery.sql)).rows, pgQuery).groups, samples: [], runs: PGLITE_RUNS });
  }
  // Equality first: every engine against tallyCases.
  const expected = tallyCases(records, { period: PERIOD, by }).groups;
  for (const task of tasks.filter((t) => t.grouping === grouping)) {
    const started = performance.now();
    const groups = await task.run();
    task.checkMs = performance.now() - started;
    if (!isDeepStrictEqual(groups, expected)) throw new Error(`${task.engine} (${grouping}) disagrees with tallyCases`);
    log(`${task.engine} (${grouping}) agrees with tallyCases, ${task.checkMs.toFixed(0)} ms`);
  }
}
log('all engines agree with tallyCases');

for (let round = 0; round < RUNS; round += 1) {
  for (const task of round % 2 === 0 ? tasks : [...tasks].reverse()) {
    if (task.samples.length >= task.runs) continue;
    collect();
    await sleep(50);
    const started = performance.now();
    await task.run();
    task.samples.push(performance.now() - started);
  }
  log(`round ${round + 1}/${RUNS}`);
}
duckdb.closeSync();
duck.closeSync();
await pglite?.close();
const loadAfter = os.loadavg();

const cpus = os.cpus();
const ms = (value: number) => value.toFixed(1);
const section = [
  `<!-- bench:sql:${SIZE_TEXT} -->`,
  `## Tally SQL at ${SIZE_TEXT} records (\`npm run bench:sql -- --size=${SIZE_TEXT}\`, bench/sql.ts)`,
  '',
  `Run on ${startedAt.toISOString()}: ${SIZE.toLocaleString('en')} records (bench/generate.ts, seeded), the month ${PERIOD} (UTC+8), times stored as epoch ms (\`timeStorage: 'epochMs'\`).`,
  `CPU ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM; Node ${process.version}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average before ${loadBefore.map((v) => v.toFixed(2)).join(', ')}, after ${loadAfter.map((v) => v.toFixed(2)).join(', ')} (a shared machine: other work ran at the same time).`,
  `Every engine's groups were checked equal to tallyCases' before any time was taken; then ${RUNS} rounds alternating the engines (order reversed every other round${pglite !== null && PGLITE_RUNS < RUNS ? (PGLITE_RUNS === 0 ? '; PGlite timed by its checking run only' : `; PGlite in the first ${PGLITE_RUNS}`) : ''}), each run after gc() and a 50 ms pause. The SQL's times include reading the rows back with readTallySqlRows; each statement also counts the invalid records over the whole table (a second scan).`,
  '',
  '| engine | grouping | first run (the check) ms | timed runs | median ms | best ms | M rec/s (median) |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...tasks.map((task) =>
    task.samples.length === 0
      ? `| ${task.engine} | ${task.grouping} | ${ms(task.checkMs ?? 0)} | 0 | — | — | ${(SIZE / (task.checkMs ?? 1) / 1000).toFixed(2)} (first run) |`
      : `| ${task.engine} | ${task.grouping} | ${ms(task.checkMs ?? 0)} | ${task.samples.length} | ${ms(median(task.samples))} | ${ms(Math.min(...task.samples))} | ${(SIZE / median(task.samples) / 1000).toFixed(2)} |`,
  ),
  '',
  ...(pgliteNote === '' ? [] : [pgliteNote, '']),
  `Setup, not in the timings: ${setup.map(([name, value]) => `${name} ${value.toFixed(0)} ms`).join('; ')}.`,
  `<!-- /bench:sql:${SIZE_TEXT} -->`,
].join('\n');
const path = new URL('./RESULTS.md', import.meta.url);
const results = readFileSync(path, 'utf8');
const marked = new RegExp(`<!-- bench:sql:${SIZE_TEXT} -->[\\s\\S]*<!-- /bench:sql:${SIZE_TEXT} -->`);
writeFileSync(path, marked.test(results) ? results.replace(marked, section) : `${results.trimEnd()}\n\n${section}\n`);
log('wrote bench/RESULTS.md');
