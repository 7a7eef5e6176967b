/**
 * The .xlsx memory check at Excel's limit: writes a workbook of 1,048,576
 * rows (a header and 1,048,575 case records: 办件编号, 事项类型, 实施部门,
 * 所属街道, 受理时间, 承诺办结时间, 办结时间 as date cells, 办件状态) with
 * exceljs's streaming writer to bench/data/ once (shared strings, as Excel
 * writes them, so the sheet comes before its strings), then reads it back in
 * a fresh process with xlsxRowBatches (xlsxRows's rows chunk by chunk, as
 * feedXlsx reads them), counting rows, and reports rows/s and that
 * process's peak RSS. For comparison it reads the same file with exceljs's
 * own streaming reader (stream.xlsx.WorkbookReader). Prints a markdown
 * section for bench/RESULTS.md.
 *
 *   npm run bench:xlsx [-- --rows=1048576] [--dir=/tmp/xlsx-bench]
 *
 * --dir writes (and reuses) the workbook in another folder than bench/data/.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { xlsxRowBatches } from '../src/tally/read/xlsxRows.js';

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

const DEPARTMENTS = ['区市场监管局', '区人社局', '区卫健局', '区住建局', '区民政局', '区农林局', '区教育局', '区医保局'];
const STREETS = ['红云街道', '普吉街道', '大观街道', '华山街道', '护国街道', '龙翔街道', '丰宁街道', '莲华街道', '黑林铺街道', '西翥街道'];

/** Row i's 受理时间 serial: 2019 (43466 = 2019-01-01) plus a seeded fraction of the year, to the second. */
function acceptedSerial(i: number): number {
  const second = (i * 2_654_435_761) % (365 * 86_400);
  return 43_466 + second / 86_400;
}

/** Counts of what the reader must see: rows, and the sum of the 事项类型 split. */
interface Counts {
  rows: number;
  licensing: number;
  completed: number;
  lastLine: number;
}

if (argument('child') !== undefined) {
  const [reader, file] = [argument('reader') as string, argument('child') as string];
  const rssAtStart = process.memoryUsage().rss;
  const started = performance.now();
  const counts: Counts = { rows: 0, licensing: 0, completed: 0, lastLine: 0 };
  if (reader === 'xlsxRows') {
    // The rows of each chunk together, as feedXlsx takes them (xlsxRows gives them one by one).
    for await (const rows of xlsxRowBatches(createReadStream(file, { highWaterMark: 1 << 20 }))) {
      for (const row of rows) {
        counts.rows += 1;
        if (row.cells[1] === '行政许可') counts.licensing += 1;
        if ((row.cells[6] ?? '') !== '') counts.completed += 1;
        counts.lastLine = row.line;
      }
    }
  } else {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        counts.rows += 1;
        if (row.getCell(2).value === '行政许可') counts.licensing += 1;
        if (row.getCell(7).value !== null) counts.completed += 1;
        counts.lastLine = row.number;
      }
    }
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ counts, ms, rssAtStart, peakRss: process.resourceUsage().maxRSS * 1024 }));
} else {
  const rows = Number(argument('rows') ?? '1048576');
  const dir = argument('dir');
  const directory = dir === undefined ? new URL('./data/', import.meta.url) : pathToFileURL(`${resolve(dir)}/`);
  mkdirSync(directory, { recursive: true });
  const file = new URL(`cases-${rows}.xlsx`, directory).pathname;
  // The header row has a 办结时间 cell too.
  const expected: Counts = { rows, licensing: 0, completed: 1, lastLine: rows };
  let writeMs = 0;
  for (let i = 1; i < rows; i += 1) {
    if (i % 3 !== 0) expected.licensing += 1;
    if (i % 50 !== 0) expected.completed += 1;
  }
  if (!existsSync(file)) {
    const started = performance.now();
    const partial = `${file}.partial`;
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true, useStyles: true });
    const sheet = workbook.addWorksheet('办件');
    sheet.columns = [
      { key: 'id' },
      { key: 'type' },
      { key: 'department' },
      { key: 'street' },
      { key: 'accepted', style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } },
      { key: 'due', style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } },
      { key: 'completed', style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } },
      { key: 'status' },
    ];
    sheet.addRow(['办件编号', '事项类型', '实施部门', '所属街道', '受理时间', '承诺办结时间', '办结时间', '办件状态']).commit();
    for (let i = 1; i < rows; i += 1) {
      const accepted = acceptedSerial(i);
      const done = i % 50 !== 0;
      sheet
        .addRow({
          id: 2019_000_000 + i,
          type: i % 3 !== 0 ? '行政许可' : '公共服务',
          department: DEPARTMENTS[i % DEPARTMENTS.length],
          street: i % 5 === 0 ? null : STREETS[i % STREETS.length],
          accepted,
          due: Math.floor(accepted) + 20,
          completed: done ? accepted + (i % 17) / 3 : null,
          status: done ? '已办结' : '在办',
        })
        .commit();
    }
    sheet.commit();
    await workbook.commit();
    renameSync(partial, file);
    writeMs = performance.now() - started;
  }
  const run = (reader: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, `--child=${file}`, `--reader=${reader}`], {
        encoding: 'utf8',
      }),
    ) as { counts: Counts; ms: number; rssAtStart: number; peakRss: number };
  const load = loadavg().map((x) => x.toFixed(2)).join(', ');
  const ours = run('xlsxRows');
  const theirs = argument('skip-exceljs') === undefined ? run('exceljs') : null;
  for (const [name, result] of [['xlsxRows', ours], ['exceljs', theirs]] as const) {
    if (result !== null && JSON.stringify(result.counts) !== JSON.stringify(expected)) {
      throw new Error(`${name} read ${JSON.stringify(result.counts)}, expected ${JSON.stringify(expected)}`);
    }
  }
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(0);
  const line = (name: string, result: { ms: number; rssAtStart: number; peakRss: number }) =>
    `| ${name} | ${rows.toLocaleString('en')} | ${(result.ms / 1000).toFixed(1)} s | ${Math.round((rows / result.ms) * 1000).toLocaleString('en')} | ${mb(result.rssAtStart)} MB | ${mb(result.peakRss)} MB |`;
  console.log(
    [
      `Written by \`npm run bench:xlsx\` (bench/xlsx.ts) on ${new Date().toISOString()}.`,
      '',
      `- CPU: ${cpus()[0]?.model.trim() ?? 'unknown'}, ${cpus().length} cores (os.cpus()); ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; Node ${process.version}`,
      `- Load average (1, 5, 15 min) before reading: ${load}; after: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`,
      `- File: ${rows.toLocaleString('en')} rows × 8 columns (a header and ${(rows - 1).toLocaleString('en')} case records; three date cells a row, shared strings), ${mb(statSync(file).size)} MB, written by exceljs's streaming writer${writeMs > 0 ? ` in ${(writeMs / 1000).toFixed(0)} s` : ' (already there)'}.`,
      '- Each reader runs in a fresh `node --import tsx` process that counts the rows, the 行政许可 rows and the rows with a 办结时间 (checked against the generator); peak RSS is that process\'s `process.resourceUsage().maxRSS`, Node and the TypeScript loader included.',
      '',
      '| reader | rows | time | rows/s | RSS at start | peak RSS |',
      '|---|---:|---:|---:|---:|---:|',
      line('xlsxRows (unzipper + worksheet scanner)', ours),
      ...(theirs === null ? [] : [line('exceljs 4.4.0 stream.xlsx.WorkbookReader', theirs)]),
    ].join('\n'),
  );
}
