import { describe, expect, it } from 'vitest';
import { runCapturing } from '../fakeIo.js';

// --sheet names a workbook's sheet: given for a file that has no sheets, it is refused in one line
// (exit 2), not ignored, so that a user who meant another file or sheet finds out.

const CSV = '办件编号,事项类型,实施部门,受理时间\na1,01,区人社局,2019-01-03 09:00\n';
const NDJSON = '{"id":"a1","category":"administrative_licensing","departmentId":"区人社局","acceptedAt":"2019-01-03T09:00:00+08:00"}\n';

describe('zwfw-stats tally --sheet on a file that is not a workbook', () => {
  it.each([
    ['cases.csv', CSV, [], 'zwfw-stats: cases.csv: --sheet 只用于工作簿(.xlsx),此文件是CSV\n'],
    ['cases.csv', CSV, ['--locale', 'en'], 'zwfw-stats: cases.csv: --sheet applies to a workbook (.xlsx), and this file is CSV\n'],
    ['cases.ndjson', NDJSON, ['--locale', 'en'], 'zwfw-stats: cases.ndjson: --sheet applies to a workbook (.xlsx), and this file is NDJSON\n'],
    ['cases.csv', CSV, ['--duckdb'], 'zwfw-stats: --sheet 只用于工作簿,而 --duckdb 只读CSV、NDJSON和Parquet文件(见 zwfw-stats tally --help)\n'],
    ['cases.csv', CSV, ['--duckdb', '--locale', 'en'], 'zwfw-stats: --sheet applies to a workbook, and --duckdb reads CSV, NDJSON and Parquet files only (see zwfw-stats tally --help)\n'],
  ])('%s %j: refused', async (file, text, extra, message) => {
    const result = await runCapturing(['tally', file, '--period', '2019-01', '--sheet', '2', ...extra], { [file]: text });
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', message]);
  });

  it('is refused for report --records too, which reads files the same way', async () => {
    const result = await runCapturing(['report', '--records', 'cases.csv', '--period', '2019-01', '--sheet', '明细', '--locale', 'en'], { 'cases.csv': CSV });
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', 'zwfw-stats: cases.csv: --sheet applies to a workbook (.xlsx), and this file is CSV\n']);
  });

  it('still reads the CSV file without it: 1 case accepted', async () => {
    const result = await runCapturing(['tally', 'cases.csv', '--period', '2019-01', '--format', 'json'], { 'cases.csv': CSV });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { total: { tally: { accepted: number } } }).total.tally.accepted).toBe(1);
  });
});
