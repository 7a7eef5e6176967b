import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { run } from '../fakeIo.js';

// A workbook that cannot be tallied gets one line in the chosen language and exit 2, as a bad CSV does.

/** The generated export workbook (one sheet, 办件明细), cut after 20 000 of its bytes: a download that stopped. */
const cut = (): Uint8Array => new Uint8Array(readFileSync('examples/export-2019-01.xlsx')).subarray(0, 20_000);

/** A workbook with one sheet holding `rows`, after a notes sheet when `notes` is given. */
async function workbook(rows: readonly (readonly string[])[], notes?: readonly string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  if (notes !== undefined) book.addWorksheet('说明').addRow([...notes]);
  const sheet = book.addWorksheet('明细');
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const tally = async (file: string, bytes: Uint8Array, extra: string[] = []) =>
  run(['tally', file, '--period', '2019-01', ...extra], { [file]: bytes });

describe('zwfw-stats tally: workbooks it cannot read', () => {
  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string[], string, string]>([
    [
      'a workbook cut short',
      cut,
      [],
      'zwfw-stats: cut.xlsx: 工作簿已损坏或不完整,无法读取(FILE_ENDED),请重新导出后重试',
      'zwfw-stats: cut.xlsx: feedXlsx requires source to be a whole, undamaged .xlsx workbook, got one that cannot be read (FILE_ENDED)',
    ],
    [
      'a sheet number past the last sheet',
      () => readFileSync('examples/export-2019-01.xlsx'),
      ['--sheet', '5'],
      'zwfw-stats: book.xlsx: 工作簿只有1张工作表("办件明细"),没有第5张',
      'zwfw-stats: book.xlsx: feedXlsx requires sheet to be a sheet number from 1 to 1, got 5 (the sheets are "办件明细")',
    ],
    [
      'a sheet name the workbook does not have',
      () => readFileSync('examples/export-2019-01.xlsx'),
      ['--sheet', '其他'],
      'zwfw-stats: book.xlsx: 工作簿中没有名为"其他"的工作表(工作表有"办件明细")',
      'zwfw-stats: book.xlsx: feedXlsx requires sheet to be one of the workbook\'s sheets ("办件明细"), got "其他"',
    ],
    [
      'an empty sheet',
      () => workbook([]),
      [],
      'zwfw-stats: book.xlsx:1: 工作表是空的,没有表头',
      'zwfw-stats: book.xlsx:1: feedXlsx requires a header row naming the columns, got an empty sheet',
    ],
    [
      'a sheet with a title and no header',
      () => workbook([['五华区办件明细'], ['导出时间 2019-02-01']]),
      [],
      'zwfw-stats: book.xlsx:2: 前2行中没有表头(需有办件编号、部门、受理时间、事项类型等列)',
      'zwfw-stats: book.xlsx:2: feedXlsx requires a header row naming the columns, got none in 2 rows',
    ],
    [
      'a notes sheet before the data, read as the first sheet',
      () => workbook([['办件编号', '事项类型', '实施部门', '受理时间'], ['WH-1', '01', '区人社局', '2019-01-05 09:30']], ['本表由系统导出']),
      [],
      'zwfw-stats: book.xlsx:1: 前1行中没有表头(需有办件编号、部门、受理时间、事项类型等列);读取的是第1张工作表"说明"(共2张,另有"明细"),其他工作表用 --sheet 名称或序号 指定',
      'zwfw-stats: book.xlsx:1: feedXlsx requires a header row naming the columns, got none in 1 row (sheet 1 of 2, "说明"; the others: "明细")',
    ],
    [
      'a notes sheet with columns of its own',
      () => workbook([['办件编号', '事项类型', '实施部门', '受理时间']], ['字段', '说明']),
      [],
      'zwfw-stats: book.xlsx:1: 表头缺少办件编号列(可用列名:办件编号、办件流水号、业务流水号、申办流水号、受理编号、流水号、id),表头为"字段", "说明";列名不同时用 --header 列名=字段 指定;读取的是第1张工作表"说明"(共2张,另有"明细"),其他工作表用 --sheet 名称或序号 指定',
      'zwfw-stats: book.xlsx:1: feedXlsx requires the header to have a column for id (办件编号, 办件流水号, 业务流水号, 申办流水号, 受理编号, 流水号, id), got "字段", "说明" (sheet 1 of 2, "说明"; the others: "明细")',
    ],
  ])('%s: one line, in Chinese by default and in English on request, exit 2', async (_, bytes, extra, chinese, english) => {
    const file = bytes === cut ? 'cut.xlsx' : 'book.xlsx';
    const content = await bytes();
    expect(await tally(file, content, extra)).toEqual({ status: 2, stdout: '', stderr: `${chinese}\n` });
    expect(await tally(file, content, [...extra, '--locale', 'en'])).toEqual({ status: 2, stdout: '', stderr: `${english}\n` });
  }, 30_000);
});
