/**
 * Files to tallies: the `zwfw-stats tally` command against DuckDB's
 * `read_csv` / `read_json`, papaparse and csv-parse, on generated exports.
 *
 *   npm run bench:files                      # 1e6 records, 3 rounds
 *   npm run bench:files -- --big             # and 1e7 records (slow: 1–2 GB files are written once)
 *   npm run bench:files -- --slow            # csv-parse over GBK, and csv-parse at 1e7 on every CSV
 *   npm run bench:files -- --runs=5 --records=1e5
 *   npm run bench:files -- --engines='zwfw-stats|DuckDB'   # only the engines whose names start so
 *
 * The command is measured as built (`npm run build` runs first; `--no-build` skips it).
 *
 * Files (written once to bench/data/, seeded, bench/generate.ts): CSV in UTF-8
 * with ISO times and offsets (~30 % not +08:00), CSV in UTF-8 with wall-clock
 * times (`2019-01-05 09:30:00`, read at +08:00), CSV in GBK with Chinese
 * headers and names and wall-clock times (as WPS saves an export), NDJSON
 * with ISO times, and at 1e6 an .xlsx workbook (Chinese headers under a title
 * row, times as date cells, shared strings, written by exceljs's streaming
 * writer as approval systems export). The query: the month 2019-06 (UTC+8) by street office, the
 * five counts. Every engine runs in a fresh process (its peak RSS is that
 * process's maxRSS); its tallies are checked equal to those computed from the
 * generator before its time counts. Times are medians over the rounds, the
 * engines alternating (order reversed every other round); the load average
 * (1 min) is taken before each run. The command's time is the call of the
 * built command in a plain Node process (bench/commandChild.js; loading its
 * modules excluded, as the other engines' are); DuckDB's includes creating
 * the instance.
 *
 * Writes a section of bench/RESULTS.md between `<!-- bench:files -->` markers
 * (the rest of the file is kept).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import ExcelJS from 'exceljs';
import { createTallier } from '../src/tally/createTallier.js';
import { DEPARTMENTS, isoRecords, isoTimestamp, recordStream, STREET_OFFICES } from './generate.js';
import { encodeGbk } from '../src/cli/write/encodeGbk.js';

const PERIOD = '2019-06';
const START = Date.UTC(2019, 5, 1) - 8 * 3_600_000;
const END = Date.UTC(2019, 6, 1) - 8 * 3_600_000;

const argument = (name: string): string | undefined => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

type Kind = 'csv-offset' | 'csv-wall' | 'csv-gbk' | 'ndjson' | 'xlsx';

/** One street office's counts, as every engine reports them. */
type Groups = Record<string, [number, number, number, number, number]>;

const CHINESE_DEPARTMENTS = DEPARTMENTS.map((_, index) => `区第${'一二三四五六七八九十'[index % 10]}${'局委办处'[Math.floor(index / 10)]}${index}`);
const CHINESE_OFFICES = STREET_OFFICES.map((_, index) => `${'红云普吉大观华山龙翔丰宁莲华黑林铺西翥沙朗厂口'.slice(index * 2, index * 2 + 2)}街道为民服务中心`);

/** Wall-clock text on UTC+8: `2019-01-05 09:30:00`. */
function wallText(ms: number): string {
  return isoTimestamp(ms, 480).slice(0, 19).replace('T', ' ');
}

async function writeLines(path: string, lines: Iterable<string | Uint8Array>): Promise<void> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  let batch: (string | Uint8Array)[] = [];
  const flush = async (): Promise<void> => {
    const chunk = Buffer.concat(batch.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
    batch = [];
    if (!out.write(chunk)) await once(out, 'drain');
  };
  for (const line of lines) {
    batch.push(line);
    if (batch.length === 20_000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  renameSync(partial, path);
}

function* csvLines(count: number, kind: Kind): Generator<string | Uint8Array> {
  if (kind === 'csv-gbk') {
    const gbk = (text: string): Uint8Array => {
      const encoded = encodeGbk(text);
      if (!('bytes' in encoded)) throw new Error(`not GBK: ${text}`);
      return encoded.bytes;
    };
    const departments = new Map(DEPARTMENTS.map((id, index) => [id, gbk(`,${CHINESE_DEPARTMENTS[index]},`)]));
    const offices = new Map(STREET_OFFICES.map((id, index) => [id, gbk(CHINESE_OFFICES[index] as string)]));
    const categories = { administrative_licensing: gbk(',行政许可'), public_service: gbk(',公共服务') };
    yield gbk('五华区政务服务办件明细(2019年)\r\n办件编号,事项类型,实施部门,所属街道,受理时间,承诺办结时间,办结时间\r\n');
    const comma = Buffer.from(',');
    for (const record of recordStream(count)) {
      yield Buffer.from(record.id);
      yield categories[record.category as keyof typeof categories];
      yield departments.get(record.departmentId) as Uint8Array;
      if (record.streetOfficeId !== null && record.streetOfficeId !== undefined) yield offices.get(record.streetOfficeId) as Uint8Array;
      yield comma;
      const time = (value: unknown): string => (value === null || value === undefined ? '' : wallText(value as number));
      yield `${time(record.acceptedAt)},${time(record.dueAt)},${time(record.completedAt)}\r\n`;
    }
    return;
  }
  yield 'id,category,departmentId,streetOfficeId,acceptedAt,dueAt,completedAt\n';
  const records = kind === 'csv-offset' ? isoRecords(recordStream(count)) : recordStream(count);
  const time = kind === 'csv-offset' ? (value: unknown) => (value ?? '') as string : (value: unknown) => (value === null || value === undefined ? '' : wallText(value as number));
  for (const record of records) {
    yield `${record.id},${record.category},${record.departmentId},${record.streetOfficeId ?? ''},${time(record.acceptedAt)},${time(record.dueAt)},${time(record.completedAt)}\n`;
  }
}

function* ndjsonLines(count: number): Generator<string> {
  for (const record of isoRecords(recordStream(count))) yield `${JSON.stringify(record)}\n`;
}

/** Excel's serial day number of a time on the wall clock at UTC+8 (1900 date system: 25569 is 1970-01-01). */
function excelSerial(ms: number): number {
  return 25_569 + (ms + 8 * 3_600_000) / 86_400_000;
}

const XLSX_CATEGORY: Record<string, string> = { administrative_licensing: '行政许可', public_service: '公共服务' };

/** The records as an export's workbook: a title row, Chinese headers, times as date cells, shared strings. */
async function writeXlsx(path: string, count: number): Promise<void> {
  const partial = `${path}.partial`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('办件明细');
  const time = { numFmt: 'yyyy-mm-dd hh:mm:ss' };
  sheet.columns = [{ key: 'id' }, { key: 'category' }, { key: 'department' }, { key: 'office' }, { key: 'accepted', style: time }, { key: 'due', style: time }, { key: 'completed', style: time }];
  sheet.addRow(['五华区政务服务办件明细(2019年)']).commit();
  sheet.addRow(['办件编号', '事项类型', '实施部门', '所属街道', '受理时间', '承诺办结时间', '办结时间']).commit();
  const serial = (value: unknown): number | null => (value === null || value === undefined ? null : excelSerial(value as number));
  for (const record of recordStream(count)) {
    sheet
      .addRow({
        id: record.id,
        category: XLSX_CATEGORY[record.category as string],
        department: record.departmentId,
        office: record.streetOfficeId ?? null,
        accepted: serial(record.acceptedAt),
        due: serial(record.dueAt),
        completed: serial(record.completedAt),
      })
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  renameSync(partial, path);
}

function fileName(count: number, kind: Kind): string {
  const directory = new URL('./data/', import.meta.url).pathname;
  mkdirSync(directory, { recursive: true });
  return `${directory}files-${count}-${kind}.${kind === 'ndjson' ? 'ndjson' : kind === 'xlsx' ? 'xlsx' : 'csv'}`;
}

/** The tallies straight from the generator, by street office (no street office: ''). */
function expectedGroups(count: number): Groups {
  const tallier = createTallier({ period: PERIOD, by: 'streetOffice' });
  tallier.addMany(recordStream(count));
  const groups: Groups = {};
  for (const { key, tally } of tallier.result().groups) {
    groups[(key as { streetOffice: string | null }).streetOffice ?? ''] = [tally.accepted, tally.completed, tally.completedOnTime, tally.due, tally.inProgress];
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// The engines, each run in its own process (`--child=ENGINE --file=PATH --kind=KIND`).

/** The rows of a CSV data line as a record for a tallier: '' is absent. */
function recordOf(cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  const names = ['id', 'category', 'departmentId', 'streetOfficeId', 'acceptedAt', 'dueAt', 'completedAt'];
  for (let index = 0; index < names.length; index += 1) {
    const cell = cells[index] as string;
    if (cell !== '') record[names[index] as string] = cell;
  }
  return record;
}

function tallierGroups(tallier: ReturnType<typeof createTallier>): Groups {
  const groups: Groups = {};
  for (const { key, tally } of tallier.result().groups) {
    groups[(key as { streetOffice: string | null }).streetOffice ?? ''] = [tally.accepted, tally.completed, tally.completedOnTime, tally.due, tally.inProgress];
  }
  return groups;
}

// Loaded before any clock starts: the loader's compile time is not the engine's. (The command
// runs in bench/commandChild.js, built: `npm run build`, which the measuring process runs first.)
const loadModules = async () => ({
  csvParse: await import('csv-parse'),
  papaparse: await import('papaparse'),
  duckdb: await import('@duckdb/node-api'),
  exceljs: (await import('exceljs')).default,
});
let MODULES: Awaited<ReturnType<typeof loadModules>>;

async function runEngine(engine: string, file: string, kind: Kind): Promise<Groups> {
  if (engine === 'csv-parse + createTallier') {
    const { parse } = MODULES.csvParse;
    const tallier = createTallier({ period: PERIOD, by: 'streetOffice', ...(kind === 'csv-wall' ? { wallClockOffsetMinutes: 480 } : {}) });
    const parser = createReadStream(file, { highWaterMark: 1 << 16 }).pipe(parse({ from_line: 2 }));
    for await (const cells of parser) tallier.add(recordOf(cells as string[]));
    return tallierGroups(tallier);
  }
  if (engine === 'papaparse + createTallier') {
    const Papa = MODULES.papaparse.default;
    const tallier = createTallier({ period: PERIOD, by: 'streetOffice', ...(kind === 'csv-wall' ? { wallClockOffsetMinutes: 480 } : {}) });
    let first = true;
    await new Promise<void>((resolve, reject) => {
      Papa.parse(createReadStream(file, { highWaterMark: 1 << 16, encoding: 'utf8' }) as unknown as File, {
        skipEmptyLines: true,
        chunk(results: { data: string[][] }) {
          for (const cells of results.data) {
            if (first) {
              first = false;
              continue;
            }
            tallier.add(recordOf(cells));
          }
        },
        complete: () => resolve(),
        error: (error: Error) => reject(error),
      });
    });
    return tallierGroups(tallier);
  }
  if (engine === 'exceljs stream reader + createTallier') {
    // exceljs reads a date cell as the Date of its wall-clock time taken as UTC.
    const tallier = createTallier({ period: PERIOD, by: 'streetOffice' });
    const category: Record<string, string> = { 行政许可: 'administrative_licensing', 公共服务: 'public_service' };
    const time = (value: unknown): number | undefined => (value instanceof Date ? value.getTime() - 8 * 3_600_000 : undefined);
    const workbook = new MODULES.exceljs.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        if (row.number <= 2) continue;
        const office = row.getCell(4).value;
        tallier.add({
          id: String(row.getCell(1).value),
          category: category[String(row.getCell(2).value)],
          departmentId: String(row.getCell(3).value),
          ...(office === null ? {} : { streetOfficeId: String(office) }),
          acceptedAt: time(row.getCell(5).value),
          dueAt: time(row.getCell(6).value),
          completedAt: time(row.getCell(7).value),
        });
      }
    }
    return tallierGroups(tallier);
  }
  if (engine.startsWith('DuckDB')) {
    const threads = engine.endsWith('2 threads') ? '2' : '1';
    const { DuckDBInstance } = MODULES.duckdb;
    const instance = await DuckDBInstance.create(':memory:', { threads });
    const connection = await instance.connect();
    const time = kind === 'csv-wall' ? 'TIMESTAMP' : 'TIMESTAMPTZ';
    const columns = `{'id': 'VARCHAR', 'category': 'VARCHAR', 'departmentId': 'VARCHAR', 'streetOfficeId': 'VARCHAR', 'acceptedAt': '${time}', 'dueAt': '${time}', 'completedAt': '${time}'}`;
    const source =
      kind === 'ndjson'
        ? `read_json('${file}', format = 'newline_delimited', columns = ${columns})`
        : `read_csv('${file}', header = true, delim = ',', quote = '"', columns = ${columns})`;
    const shift = kind === 'csv-wall' ? ' - 28800000' : '';
    const sql = `
      WITH t AS (
        SELECT streetOfficeId AS s,
               epoch_ms(acceptedAt)${shift} AS a,
               coalesce(CAST(epoch_ms(completedAt)${shift} AS DOUBLE), 'inf'::DOUBLE) AS c,
               coalesce(CAST(epoch_ms(dueAt)${shift} AS DOUBLE), 'inf'::DOUBLE) AS d
        FROM ${source})
      SELECT coalesce(s, '') AS s,
             CAST(count(*) FILTER (WHERE a >= ${START} AND a < ${END}) AS INT) AS accepted,
             CAST(count(*) FILTER (WHERE c >= ${START} AND c < ${END}) AS INT) AS completed,
             CAST(count(*) FILTER (WHERE c >= ${START} AND c < ${END} AND c <= d) AS INT) AS on_time,
             CAST(count(*) FILTER (WHERE d >= ${START} AND d < ${END}) AS INT) AS due,
             CAST(count(*) FILTER (WHERE a < ${END} AND c >= ${END}) AS INT) AS in_progress
      FROM t GROUP BY s`;
    const reader = await connection.runAndReadAll(sql);
    const groups: Groups = {};
    for (const row of reader.getRows()) {
      const counts = row.slice(1).map(Number) as [number, number, number, number, number];
      if (counts.some((value) => value !== 0)) groups[String(row[0])] = counts;
    }
    connection.closeSync();
    return groups;
  }
  throw new Error(`no engine ${engine}`);
}

if (argument('child') !== undefined) {
  const engine = argument('child') as string;
  const file = argument('file') as string;
  const kind = argument('kind') as Kind;
  MODULES = await loadModules();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const groups = await runEngine(engine, file, kind);
  const ms = performance.now() - started;
  // CPU time of every thread of the process (DuckDB's, the workers'): what a loaded machine inflates least.
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRss: process.resourceUsage().maxRSS * 1024, groups }));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// The measuring process.

if (!flag('no-build')) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
const RUNS = Number(argument('runs') ?? '3');
const sizes = [Number(argument('records') ?? '1e6'), ...(flag('big') ? [1e7] : [])];
const log = (text: string): void => void process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
const startedAt = new Date();
const loadBefore = os.loadavg();

const { HELP } = await import('../src/cli/help.js');
const hasJobs = HELP.tally.includes('--jobs');
const CSV_ENGINES = (kind: Kind, size: number): string[] => {
  // csv-parse over GBK takes minutes for a million rows, and at 1e7 on every file about a minute a run: only with --slow
  const slow = flag('slow') || (kind !== 'csv-gbk' && (size < 1e7 || kind === 'csv-offset'));
  return [
    ...(hasJobs ? ['zwfw-stats --jobs 1', 'zwfw-stats --jobs 2'] : ['zwfw-stats']),
    ...(slow ? ['zwfw-stats (csv-parse path)'] : []),
    ...(kind === 'csv-gbk' ? [] : ['DuckDB read_csv, 1 thread', 'DuckDB read_csv, 2 threads', 'papaparse + createTallier', ...(slow ? ['csv-parse + createTallier'] : [])]),
  ];
};
const XLSX_ENGINES = ['zwfw-stats', 'exceljs stream reader + createTallier'];
const NDJSON_ENGINES = [...(hasJobs ? ['zwfw-stats --jobs 1', 'zwfw-stats --jobs 2'] : ['zwfw-stats']), 'DuckDB read_json, 1 thread', 'DuckDB read_json, 2 threads'];
const only = argument('engines')?.split('|');

/**
 * The command in a plain Node process (bench/commandChild.js, the built command as a user runs it);
 * the other engines in a child of this script under the TypeScript loader.
 */
function childArguments(engine: string, file: string, kind: Kind): string[] {
  if (engine.startsWith('zwfw-stats')) {
    const jobs = /--jobs (\d+)/.exec(engine)?.[1];
    return [new URL('./commandChild.js', import.meta.url).pathname, `--file=${file}`, ...(jobs === undefined ? [] : [`--jobs=${jobs}`]), ...(engine === 'zwfw-stats (csv-parse path)' ? ['--classic'] : [])];
  }
  return ['--import', 'tsx', new URL(import.meta.url).pathname, `--child=${engine}`, `--file=${file}`, `--kind=${kind}`];
}

interface Row {
  size: number;
  kind: Kind;
  engine: string;
  samples: number[];
  cpu: number[];
  loads: number[];
  peakRss: number;
}
const rows: Row[] = [];

for (const size of sizes) {
  // Excel holds at most 1,048,576 rows a sheet: the workbook at 1e6 only.
  const kinds: Kind[] = size >= 1e7 ? ['csv-offset', 'csv-wall', 'csv-gbk', 'ndjson'] : ['csv-offset', 'csv-wall', 'csv-gbk', 'ndjson', 'xlsx'];
  log(`expected tallies for ${size} records`);
  const generated = expectedGroups(size);
  for (const kind of kinds) {
    const file = fileName(size, kind);
    if (!existsSync(file)) {
      log(`writing ${file}`);
      if (kind === 'xlsx') await writeXlsx(file, size);
      else await writeLines(file, kind === 'ndjson' ? ndjsonLines(size) : csvLines(size, kind));
    }
    let engines = kind === 'ndjson' ? NDJSON_ENGINES : kind === 'xlsx' ? XLSX_ENGINES : CSV_ENGINES(kind, size);
    if (only !== undefined) engines = engines.filter((engine) => only.some((name) => engine.startsWith(name)));
    const tasks = engines.map((engine) => ({ size, kind, engine, samples: [] as number[], cpu: [] as number[], loads: [] as number[], peakRss: 0 }));
    for (let round = 0; round <= RUNS; round += 1) {
      const order = round % 2 === 0 ? tasks : [...tasks].reverse();
      for (const task of order) {
        const load = os.loadavg()[0] as number;
        const output = execFileSync(process.execPath, childArguments(task.engine, file, kind), { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
        const child = JSON.parse(output) as { ms: number; cpuMs: number; peakRss: number; groups: Groups };
        if (round === 0) {
          const expectedObject =
            kind === 'csv-gbk'
              ? Object.fromEntries(Object.entries(generated).map(([key, value]) => [key === '' ? '' : (CHINESE_OFFICES[STREET_OFFICES.indexOf(key)] as string), value]))
              : generated;
          // The first round checks the tallies and warms the page cache; it is not timed.
          const want = JSON.stringify(Object.entries(expectedObject).sort());
          const got = JSON.stringify(Object.entries(child.groups).sort());
          if (want !== got) throw new Error(`${task.engine} on ${kind}: the tallies differ from the generator's\n${got}\n${want}`);
          log(`${kind} ${task.engine}: tallies equal (${(child.ms / 1000).toFixed(2)} s)`);
          continue;
        }
        task.samples.push(child.ms);
        task.cpu.push(child.cpuMs);
        task.loads.push(load);
        task.peakRss = Math.max(task.peakRss, child.peakRss);
        log(`${kind} ${task.engine}: ${(child.ms / 1000).toFixed(2)} s, CPU ${(child.cpuMs / 1000).toFixed(2)} s, ${(child.peakRss / 1_048_576).toFixed(0)} MB, load ${load.toFixed(2)}`);
      }
    }
    rows.push(...tasks);
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const cpus = os.cpus();
const KIND_TEXT: Record<Kind, string> = {
  'csv-offset': 'CSV, UTF-8, ISO times with offsets',
  'csv-wall': 'CSV, UTF-8, wall-clock times',
  'csv-gbk': 'CSV, GBK, Chinese headers and names, wall-clock times',
  ndjson: 'NDJSON, UTF-8, ISO times with offsets',
  xlsx: '.xlsx, Chinese headers under a title row, times as date cells, shared strings',
};
const lines: string[] = [
  '<!-- bench:files -->',
  '## Files to tallies (`npm run bench:files`, bench/files.ts)',
  '',
  `Run on ${startedAt.toISOString()}: CPU ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores (os.cpus()), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM; Node ${process.version}; load average (1, 5, 15 min) before ${loadBefore.map((value) => value.toFixed(2)).join(', ')}, after ${os.loadavg().map((value) => value.toFixed(2)).join(', ')} (a shared machine: the load column is the 1-minute load before each run).`,
  `The month ${PERIOD} (UTC+8) by street office, all five counts, from generated exports (bench/generate.ts, seeded). Each engine in a fresh process: the command as built in dist/ under plain \`node\` (bench/commandChild.js), the others under \`node --import tsx\`; its tallies checked equal to the generator's in a first, untimed round; then ${RUNS} rounds alternating the engines. Time: the command's call (or the engine's read and query, DuckDB's instance start included), median of the rounds; CPU: the process's user + system time over the same span, all its threads (DuckDB's, the workers'), which a loaded machine inflates least; peak RSS: the process's maxRSS (Node included, and for the others the TypeScript loader).`,
  '',
];
for (const size of sizes) {
  for (const kind of Object.keys(KIND_TEXT) as Kind[]) {
    const group = rows.filter((row) => row.size === size && row.kind === kind);
    if (group.length === 0) continue;
    const file = fileName(size, kind);
    lines.push(`### ${size.toLocaleString('en')} records: ${KIND_TEXT[kind]} (${(statSync(file).size / 1_048_576).toFixed(0)} MB)`, '');
    lines.push('| engine | median s | runs (s) | M rec/s | CPU s (median) | peak RSS | load (1 min) |', '|---|---:|---|---:|---:|---:|---|');
    for (const row of group) {
      lines.push(
        `| ${row.engine} | ${seconds(median(row.samples))} | ${row.samples.map(seconds).join(', ')} | ${(size / median(row.samples) / 1000).toFixed(2)} | ${seconds(median(row.cpu))} | ${(row.peakRss / 1_048_576).toFixed(0)} MB | ${row.loads.map((value) => value.toFixed(1)).join(', ')} |`,
      );
    }
    lines.push('');
  }
}
lines.push('<!-- /bench:files -->');
const section = lines.join('\n');
const path = new URL('./RESULTS.md', import.meta.url);
const results = readFileSync(path, 'utf8');
const marked = /<!-- bench:files -->[\s\S]*<!-- \/bench:files -->/;
writeFileSync(path, marked.test(results) ? results.replace(marked, section) : `${results.trimEnd()}\n\n${section}\n`);
log('wrote bench/RESULTS.md');
process.stdout.write(`${section}\n`);
