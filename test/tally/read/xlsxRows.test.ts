import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { xlsxRows, type XlsxRow, type XlsxSheet } from '../../../src/tally/read/xlsxRows.js';
import { sourceOf } from '../../support/sources.js';
import { temporaryFolder, workbookParts, zipOf } from './workbooks.js';

const { folder, remove } = temporaryFolder();
afterAll(remove);

async function rowsOf(source: Parameters<typeof xlsxRows>[0], sheet?: string | number): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  for await (const row of xlsxRows(source, sheet === undefined ? {} : { sheet })) rows.push(row);
  return rows;
}

const rowsOfFile = (file: string, sheet?: string | number) => rowsOf(createReadStream(file), sheet);

/** The bytes of a file, in chunks of `size` bytes (a stream cut anywhere). */
async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Writes a workbook with exceljs, as an application that exports .xlsx would, and returns its path. */
async function writeWorkbook(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const file = join(folder, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('xlsxRows on workbooks written by exceljs', () => {
  it('reads text, numbers and date cells of the first sheet as CSV text would write them', async () => {
    const file = await writeWorkbook('cases.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('办件');
      sheet.addRow(['办件编号', '事项类型', '受理时间', '件数']);
      const row = sheet.addRow([2019000123, '行政许可', 43470.395833333336, 1]);
      // 43470 = 2019-01-05 (43466 is 2019-01-01); 0.395833… = 9.5 h / 24 = 09:30:00
      row.getCell(3).numFmt = 'yyyy-mm-dd hh:mm:ss';
      const dateOnly = sheet.addRow(['2019000124', '公共服务', 43470, 0.1]);
      dateOnly.getCell(3).numFmt = 'yyyy/m/d';
    });
    expect(await rowsOfFile(file)).toEqual([
      { cells: ['办件编号', '事项类型', '受理时间', '件数'], line: 1 },
      { cells: ['2019000123', '行政许可', '2019-01-05 09:30:00', '1'], line: 2 },
      { cells: ['2019000124', '公共服务', '2019-01-05', '0.1'], line: 3 },
    ]);
  });
});
