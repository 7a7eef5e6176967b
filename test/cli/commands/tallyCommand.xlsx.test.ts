import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { run } from '../fakeIo.js';

const HEADER = ['办件编号', '事项类型', '实施部门', '所属街道', '受理时间', '承诺办结时间', '办结时间', '办件状态'];
// Two cases accepted in 2019-01 (China time), one in 2018-12, by hand: 区人社局 2 (WH-1, WH-2), 区民政局 0.
const ROWS = [
  ['WH-1', '行政许可', '区人社局', '华山街道', '2019-01-05 09:30:00', '2019-01-10 17:00:00', '2019-01-08 10:00:00', '已办结'],
  ['WH-2', '公共服务', '区人社局', '', '2019/1/6 9:30', '2019-01-20', '', '办理中'],
  ['WH-3', '行政给付', '区民政局', '', '2018-12-31 10:00:00', '2019-01-05', '2019-01-04 09:00:00', '已办结'],
];
const CSV = [HEADER, ...ROWS].map((row) => row.join(',')).join('\n');

/** The rows as an export workbook: a notes sheet first, then a title row above the header; WH-1's 受理时间 a date cell. */
async function exportWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明').addRow(['导出说明']);
  const sheet = workbook.addWorksheet('办件明细');
  sheet.addRow(['五华区2019年1月办件明细']);
  sheet.addRow(HEADER);
  for (const row of ROWS) sheet.addRow(row[0] === 'WH-1' ? [...row.slice(0, 4), new Date(Date.UTC(2019, 0, 5, 9, 30)), ...row.slice(5)] : row);
  sheet.getCell('E3').numFmt = 'yyyy-mm-dd hh:mm:ss';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const ARGS = ['--period', '2019-01', '--by', 'department', '--format', 'json'];

describe('zwfw-stats tally FILE.xlsx', () => {
  it('tallies the sheet named by --sheet (name or number) to the figures of the same rows as CSV', async () => {
    const files = { 'export.xlsx': await exportWorkbook(), 'export.csv': CSV };
    const fromCsv = await run(['tally', 'export.csv', ...ARGS], files);
    expect(fromCsv.status).toBe(0);
    const byName = await run(['tally', 'export.xlsx', ...ARGS, '--sheet', '办件明细'], files);
    const byNumber = await run(['tally', 'export.xlsx', ...ARGS, '--sheet', '2'], files);
    expect(byName.status).toBe(0);
    const figures = (stdout: string) => {
      const { groups, total } = JSON.parse(stdout) as { groups: unknown; total: unknown };
      return { groups, total };
    };
    expect(figures(byName.stdout)).toEqual(figures(fromCsv.stdout));
    expect(figures(byNumber.stdout)).toEqual(figures(fromCsv.stdout));
    expect((JSON.parse(byName.stdout) as { total: { tally: { accepted: number } } }).total.tally.accepted).toBe(2);
  });

  it('refuses an .xls signature, and a CSV named .xlsx, with one line and exit 2', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    const old = await run(['tally', 'cases.xls', ...ARGS], { 'cases.xls': xls });
    expect(old.status).toBe(2);
    expect(old.stderr).toBe('zwfw-stats: cases.xls是Excel 97–2003工作簿(.xls),请在Excel或WPS中打开,另存为.xlsx或CSV(逗号分隔)后重试\n');
    const renamed = await run(['tally', 'cases.xlsx', ...ARGS, '--locale', 'en'], { 'cases.xlsx': CSV });
    expect(renamed.status).toBe(2);
    expect(renamed.stderr.trim().split('\n')).toHaveLength(1);
    expect(renamed.stderr).toContain('name it .csv and try again');
  });
});
