import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../fakeIo.js';

const dir = mkdtempSync(join(tmpdir(), 'zwfw-duckdb-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs DuckDB statements, for the test's own files. */
async function duck(...statements: string[]): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const sql of statements) await connection.run(sql);
  connection.closeSync();
  instance.closeSync();
}

const EXAMPLES = [
  'examples/export-2019-01.csv', // UTF-8 with a BOM, a title row, Chinese headers, 事项类型 names, wall-clock times, 办件状态
  'examples/export-2019-01-gbk.csv', // the same in GBK, as WPS saves it
  'examples/cases-2019-01.csv', // 事项类型 codes, ISO times with an offset
  'examples/export-2019-01.ndjson',
  'examples/cases-2019-01.ndjson', // category and itemTypeCode side by side
];
const OPTIONS = [
  ['--period', '2019-01'],
  ['--period', '2019-Q1', '--by', 'department,category', '--top', '3'],
  ['--period', '2018-12..2019-01', '--by', 'period,streetOffice', '--format', 'json'],
  ['--period', '2019', '--by', 'category', '--format', 'csv', '--locale', 'en'],
  ['--period', '2019-01', '--time-offset=-05:00', '--by', 'department', '--format', 'markdown', '--digits', '1'],
  ['--period', '2019-01', '--time-offset', 'none', '--skip-invalid', '--output-encoding', 'utf-8', '--format', 'csv'],
];

describe('zwfw-stats tally --duckdb', () => {
  describe.each(EXAMPLES)('on %s', (file) => {
    it.each(OPTIONS.map((options) => [options.join(' '), options]))('prints what tally prints without --duckdb, with %s', async (_, options) => {
      const js = await run(['tally', file, ...(options as string[])]);
      const duckdb = await run(['tally', file, ...(options as string[]), '--duckdb']);
      expect({ status: duckdb.status, stdout: duckdb.stdout }).toStrictEqual({ status: js.status, stdout: js.stdout });
    }, 60_000);
  });

  it('reads a Parquet file that DuckDB wrote from the same records, its Chinese column names as the CSV reader reads them', async () => {
    const parquet = join(dir, 'export-2019-01.parquet');
    await duck(`COPY (SELECT * FROM read_csv('examples/export-2019-01.csv', skip = 1, header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
    for (const options of OPTIONS.slice(0, 4)) {
      const js = await run(['tally', 'examples/export-2019-01.csv', ...options]);
      const duckdb = await run(['tally', parquet, ...options, '--duckdb']);
      expect(duckdb.status).toBe(0);
      expect(duckdb.stdout).toBe(js.stdout.replaceAll('examples/export-2019-01.csv', parquet));
    }
  }, 60_000);

  it('reads typed Parquet columns: instants (TIMESTAMPTZ), wall-clock TIMESTAMPs at --time-offset, and epoch ms (BIGINT)', async () => {
    const typed = join(dir, 'typed.parquet');
    const source = "read_json('examples/cases-2019-01.ndjson', format = 'newline_delimited')";
    await duck(
      `COPY (SELECT id, category, itemTypeCode, departmentId, streetOfficeId, CAST(acceptedAt AS TIMESTAMPTZ) AS acceptedAt,
        CAST(CAST(dueAt AS TIMESTAMPTZ) AT TIME ZONE 'Asia/Shanghai' AS TIMESTAMP) AS dueAt,
        epoch_ms(CAST(completedAt AS TIMESTAMPTZ)) AS completedAt FROM ${source}) TO '${typed}' (FORMAT parquet)`,
    );
    const js = await run(['tally', 'examples/cases-2019-01.ndjson', '--period', '2019-01', '--by', 'streetOffice,category', '--format', 'json']);
    const duckdb = await run(['tally', typed, '--period', '2019-01', '--by', 'streetOffice,category', '--format', 'json', '--duckdb']);
    expect(duckdb.status).toBe(0);
    const figures = (json: string) => {
      const { file: _, columns: __, ...rest } = JSON.parse(json) as Record<string, unknown>;
      return rest;
    };
    expect(figures(duckdb.stdout)).toStrictEqual(figures(js.stdout));
  }, 60_000);

  // Each kind of invalid record once, beside valid records in every time form: --skip-invalid gives the
  // JavaScript path's tally, and DuckDB says how many of each kind it left out.
  const csv = [
    '办件编号,事项名称,category,事项类型,实施部门,所属街道,受理时间,承诺办结时间,办结时间,办件状态',
    'v1,,行政确认,,A,S1,2019/1/5 9:30,2019-01-10,2019-01-10 23:59:59,已办结', // due a day: the whole day is on time
    'v2,,,7,A,,2019-01-05,,,在办',
    'v3,,,1,B,S1,2019-01-06T09:30:00.123456+08:00,2019-01-31T16:00:00Z,2019-01-31T16:00:00Z,', // at the deadline
    'v4,, 行政许可 ,01,B,S2,  2019-01-07 09:30  ,,1546833600000,', // trimmed cells; epoch ms
    'v5,,public_service,20,A,S2,2019-01-31 23:59:59.999,,,',
    'v6,,,公共服务,A,S1,2018-12-20 10:00,2019-01-05,2019-01-06,completed', // late, carried over
    'x1,,行政许可,,A,,2019-01-05 09:30,,,不予受理',
    'x2,,行政许可,,A,,2019-02-05 09:30,,,作废', // excluded, outside the period
    ',,行政许可,,A,,2019-01-05 09:30,,,', // 2 no id
    'p3,,PUBLIC_SERVICE,,A,,2019-01-05 09:30,,,', // 3
    'p3b,,,,A,,2019-01-05 09:30,,,', // 3: neither
    'p6,,,001,A,,2019-01-05 09:30,,,', // 6
    'p7,,行政许可,07,A,,2019-01-05 09:30,,,', // 7
    'p7b,,行政确认,08,A,,2019-01-05 09:30,,,', // 7: the name implies 07
    'p4,,行政许可,,,,2019-01-05 09:30,,,', // 4
    'p8,,行政许可,,A,,2019-02-29 09:30,,,', // 8: no such day
    'p8b,,行政许可,,A,,,,,', // 8: absent
    'p9,,行政许可,,A,,2019-01-05 09:30,2019-01-05 24:00,,', // 9
    'p10,,行政许可,,A,,2019-01-05 09:30,,2019-01-05T09:30+25:00,', // 10
    'p11,,行政许可,,A,,2019-01-05 09:30,,2019-01-05 09:29:59,', // 11
    'p12,,行政许可,,A,,2019-01-05 09:30,,,挂号', // 12
    'p13,,行政许可,,A,,2019-01-05 09:30,,,已办结', // 13
    'p14,,行政许可,,A,,2019-01-05 09:30,,2019-01-06,在办', // 14
    'short,,行政许可,,A', // a row of 5 cells under a header of 10
  ].join('\r\n');
  const invalidFile = join(dir, 'invalid.csv');
  writeFileSync(invalidFile, `\uFEFF${csv}\r\n`);

  it('counts the valid records as the JavaScript path does and says how many of each kind it left out', async () => {
    const args = ['tally', invalidFile, '--period', '2019-01', '--by', 'streetOffice,category', '--skip-invalid'];
    const js = await run(args);
    const duckdb = await run([...args, '--duckdb']);
    expect(js.status).toBe(0);
    expect(js.stdout).toContain('共24条记录,其中16条无效未计入,另有不予受理1条未计入受理'); // 24 data rows: 6 valid, 2 set apart (one in the period), 16 invalid
    expect({ status: duckdb.status, stdout: duckdb.stdout }).toStrictEqual({ status: 0, stdout: js.stdout });
    expect(duckdb.stderr).toBe(
      'zwfw-stats: 跳过24条记录中的16条无效记录(单元格数与表头不同或不是规范的 CSV 行1条、缺少办件编号1条、事项类别无法识别或缺少事项类型2条、事项类型无法识别1条、事项类别与事项类型不符2条、缺少部门1条、受理时间缺失或无法识别2条、承诺办结时间无法识别1条、办结时间无法识别1条、办结时间早于受理时间1条、办件状态无法识别1条、办件状态为办结但无办结时间1条、办件状态为在办但有办结时间1条)\n',
    );
    const en = await run([...args, '--duckdb', '--locale', 'en']);
    expect(en.stderr).toBe(
      'zwfw-stats: skipped 16 invalid records of 24 (1 with another number of cells than the header or not well-formed as CSV, 1 without an id, 2 with no category or 事项类型 the tally knows, 1 with an unknown 事项类型, 2 whose category and 事项类型 disagree, 1 without a department, 2 without a readable acceptedAt, 1 with an unreadable dueAt, 1 with an unreadable completedAt, 1 completed before they were accepted, 1 with an unknown status, 1 whose status says completed but with no completedAt, 1 whose status says open but with a completedAt)\n',
    );
  }, 60_000);

  it('refuses invalid records without --skip-invalid, with their counts by kind', async () => {
    const { status, stdout, stderr } = await run(['tally', invalidFile, '--period', '2019-01', '--duckdb', '--locale', 'en']);
    expect({ status, stdout }).toStrictEqual({ status: 2, stdout: '' });
    expect(stderr).toMatch(/^zwfw-stats: .*invalid\.csv: 16 invalid records \(1 with another number of cells than the header or not well-formed as CSV, 1 without an id, 2 with no category .*\)\n {2}--skip-invalid counts the valid ones; without --duckdb each is listed with its line\n$/);
  }, 60_000);

  it('refuses duplicate ids, which a table cannot order, and says how to count the first copy', async () => {
    const file = join(dir, 'duplicates.csv');
    writeFileSync(file, '办件编号,事项类型,实施部门,受理时间\nA,01,D,2019-01-05 09:30\nA,01,D,2019-01-06 09:30\nB,01,D,2019-01-06 09:30\n');
    const zh = await run(['tally', file, '--period', '2019-01', '--duckdb', '--skip-invalid']);
    expect(zh).toStrictEqual({
      status: 2,
      stdout: '',
      stderr: `zwfw-stats: ${file}: 1条记录的办件编号与本期另一条记录重复;DuckDB 无法判断哪一条在先,--duckdb 不予统计:去掉 --duckdb 可计第一条并列出其余\n`,
    });
    const en = await run(['tally', file, '--period', '2019-01', '--duckdb', '--locale', 'en']);
    expect(en.stderr).toBe(
      `zwfw-stats: ${file}: 1 record repeats the id of another that counts in the period; DuckDB cannot tell which copy comes first, so --duckdb counts none: tally without --duckdb, which counts the first copy and lists the others\n`,
    );
  }, 60_000);

  it('says in one line, in the user\'s language, that DuckDB is not installed (exit 2)', async () => {
    const missing = () => Promise.reject(Object.assign(new Error("Cannot find package '@duckdb/node-api' imported from /app/dist/cli/duckdb/loadDuckdb.js"), { code: 'ERR_MODULE_NOT_FOUND' }));
    const zh = await run(['tally', 'examples/export-2019-01.csv', '--period', '2019-01', '--duckdb'], {}, { importDuckdb: missing });
    expect(zh).toStrictEqual({
      status: 2,
      stdout: '',
      stderr:
        "zwfw-stats: --duckdb 需要 DuckDB,本机未安装(Cannot find package '@duckdb/node-api' imported from /app/dist/cli/duckdb/loadDuckdb.js):请运行 npm install @duckdb/node-api,或去掉 --duckdb 用 JavaScript 统计\n",
    });
    const en = await run(['tally', 'examples/export-2019-01.csv', '--period', '2019-01', '--duckdb', '--locale', 'en'], {}, { importDuckdb: missing });
    expect(en).toStrictEqual({
      status: 2,
      stdout: '',
      stderr:
        "zwfw-stats: --duckdb needs DuckDB, which is not installed here (Cannot find package '@duckdb/node-api' imported from /app/dist/cli/duckdb/loadDuckdb.js): npm install @duckdb/node-api, or tally without --duckdb\n",
    });
  });

  it('refuses a time limit, from which its SQL computes no deadline: a 承诺时限 column, and an NDJSON record that gives one', async () => {
    const csv = join(dir, 'limits.csv');
    writeFileSync(csv, '办件编号,事项类型,实施部门,受理时间,承诺时限,办结时间\nL1,行政许可,区人社局,2019-01-28 10:00:00,5个工作日,2019-02-01 10:00:00\n');
    expect(await run(['tally', csv, '--period', '2019-01', '--duckdb'])).toStrictEqual({
      status: 2,
      stdout: '',
      stderr: `zwfw-stats: ${csv}: --duckdb 不能由办理时限(“承诺时限”列)计算截止时间:请不加 --duckdb 统计此文件\n`,
    });
    const ndjson = join(dir, 'limits.ndjson');
    const record = { id: 'L1', category: 'administrative_licensing', departmentId: '区人社局', acceptedAt: '2019-01-28T10:00:00+08:00' };
    // the limit on the second record only: a look at the first record would miss it
    writeFileSync(ndjson, `${JSON.stringify(record)}\n${JSON.stringify({ ...record, id: 'L2', statutoryTimeLimit: '20个工作日' })}\n`);
    expect(await run(['tally', ndjson, '--period', '2019-01', '--duckdb', '--locale', 'en'])).toStrictEqual({
      status: 2,
      stdout: '',
      stderr: `zwfw-stats: ${ndjson}: --duckdb computes no deadline from a time limit (column "statutoryTimeLimit"): tally the file without --duckdb\n`,
    });
    // without --duckdb the same file is tallied, its deadline from the calendar
    expect((await run(['tally', ndjson, '--period', '2019-01'])).status).toBe(0);
  }, 60_000);

  it('refuses what it cannot do: --invalid-out, a workbook, a name DuckDB would read as a pattern', async () => {
    const out = await run(['tally', 'examples/export-2019-01.csv', '--period', '2019-01', '--duckdb', '--skip-invalid', '--invalid-out', 'x.csv', '--locale', 'en']);
    expect(out).toStrictEqual({ status: 2, stdout: '', stderr: 'zwfw-stats: --invalid-out lists the invalid records one by one, which --duckdb does not: tally without --duckdb to list them\n' });
    const book = join(dir, 'cases.xlsx');
    writeFileSync(book, 'PK\u0003\u0004');
    expect((await run(['tally', book, '--period', '2019-01', '--duckdb', '--locale', 'en'])).stderr).toBe(
      `zwfw-stats: ${book}: --duckdb reads CSV, NDJSON and Parquet files (.csv, .ndjson, .jsonl, .parquet); give --input csv or --input ndjson, or tally without --duckdb\n`,
    );
    expect((await run(['tally', 'cases-*.csv', '--period', '2019-01', '--duckdb', '--locale', 'en'])).stderr).toBe(
      'zwfw-stats: cases-*.csv: --duckdb reads one file, and DuckDB would read a name with * ? [ or { as a pattern: rename the file\n',
    );
    expect((await run(['tally', join(dir, 'none.csv'), '--period', '2019-01', '--duckdb', '--locale', 'en'])).stderr).toBe(`zwfw-stats: ${join(dir, 'none.csv')}: no such file\n`);
  });
});
