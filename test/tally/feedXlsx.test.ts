import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTallier } from '../../src/tally/createTallier.js';
import { feedCsv } from '../../src/tally/feedCsv.js';
import { feedXlsx } from '../../src/tally/feedXlsx.js';
import { InvalidRecordError } from '../../src/tally/InvalidRecordError.js';
import { temporaryFolder } from './read/workbooks.js';

const temp = temporaryFolder();
afterAll(() => temp.remove());

const HEADER = ['办件编号', '事项类型', '实施部门', '所属街道', '受理时间', '承诺办结时间', '办结时间', '办件状态'];
// WH-3 ends in empty cells, which a sheet leaves out. Three cases in 2019-01 (China time), one in 2018-12: accepted 3 in January, by hand.
const ROWS = [
  ['WH-1', '行政许可', '区人社局', '华山街道', '2019-01-05 09:30:00', '2019-01-10 17:00:00', '2019-01-08 10:00:00', '已办结'],
  ['WH-2', '公共服务', '区人社局', '', '2019/1/6 9:30', '2019-01-20', '', '办理中'],
  ['WH-3', '行政确认', '区民政局', '华山街道', '2019-01-31 23:59:00', '2019-02-05', '', ''],
  ['WH-4', '行政给付', '区民政局', '', '2018-12-31 10:00:00', '2019-01-05', '2019-01-04 09:00:00', '已办结'],
];

async function writeExport(name: string, dateCells: boolean): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明').addRow(['导出说明']);
  const sheet = workbook.addWorksheet('办件明细');
  sheet.addRow(['五华区2019年1月办件明细']);
  sheet.addRow(HEADER);
  for (const row of ROWS) {
    // The first case's 受理时间 as an Excel date cell (wall-clock, written as UTC by exceljs).
    const cells: unknown[] = [...row];
    if (dateCells && row[0] === 'WH-1') cells[4] = new Date(Date.UTC(2019, 0, 5, 9, 30, 0));
    sheet.addRow(cells);
  }
  if (dateCells) sheet.getCell('E3').numFmt = 'yyyy-mm-dd hh:mm:ss';
  const path = join(temp.folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const options = { period: '2019-01', by: 'department', wallClockOffsetMinutes: 480 } as const;

describe('feedXlsx', () => {
  it('tallies an export-shaped workbook (title row, Chinese headers, a date cell) to the figures of the same rows as CSV', async () => {
    const path = await writeExport('export.xlsx', true);
    const fromXlsx = createTallier(options);
    const summary = await feedXlsx(fromXlsx, createReadStream(path), { sheet: '办件明细' });
    expect(summary).toMatchObject({ records: 4, invalid: 0, headerLine: 2, skippedRows: 1 });
    const csv = [HEADER, ...ROWS].map((row) => row.join(',')).join('\n');
    const fromCsv = createTallier(options);
    await feedCsv(fromCsv, (async function* () { yield csv; })());
    expect(fromXlsx.result()).toEqual(fromCsv.result());
    // WH-1, WH-2 (区人社局) and WH-3 (区民政局) accepted in January; WH-4 in December.
    const accepted = fromXlsx.result().groups.map((group) => [group.key, group.tally.accepted]);
    expect(accepted).toEqual(expect.arrayContaining([[{ department: '区人社局' }, 2], [{ department: '区民政局' }, 1]]));
  });

  it('reads the sheet by number, and the first sheet by default', async () => {
    const path = await writeExport('byNumber.xlsx', false);
    const second = createTallier(options);
    expect(await feedXlsx(second, createReadStream(path), { sheet: 2 })).toMatchObject({ records: 4, headerLine: 2 });
    const first = createTallier(options);
    const error = await feedXlsx(first, createReadStream(path)).catch((raised: unknown) => raised);
    expect(error).toBeInstanceOf(InvalidRecordError);
    // the notes sheet has no header: the message names it and the sheet that has the data
    expect((error as Error).message).toBe('feedXlsx requires a header row naming the columns, got none in 1 row (sheet 1 of 2, "说明"; the others: "办件明细")');
  });
});
