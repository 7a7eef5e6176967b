import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { xlsxRows, type XlsxRow, type XlsxSheet } from '../../../src/tally/read/xlsxRows.js';
import { sourceOf, utf8 } from '../../support/sources.js';
import { temporaryFolder, workbookParts, zipOf } from './workbooks.js';

const { folder, remove } = temporaryFolder();
afterAll(remove);

async function rowsOf(source: Parameters<typeof xlsxRows>[0], sheet?: string | number | { name: string }): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  for await (const row of xlsxRows(source, sheet === undefined ? {} : { sheet: sheet as string })) rows.push(row);
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

describe('xlsxRows on date cells', () => {
  it("counts 1900 serials from 1900-01-01, keeps Excel's 1900-02-29 and reads times to the millisecond", async () => {
    const file = await writeWorkbook('dates-1900.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('dates');
      // Hand-worked: serial 1 = 1900-01-01; 59 = 1900-02-28; 60 = 1900-02-29 (the day Excel keeps from
      // Lotus 1-2-3, which never was); 61 = 1900-03-01; 43466 = 2019-01-01 (days from 1899-12-30).
      // 43470.395833333336 = 2019-01-05 + 9.5/24 = 09:30:00; 43470.5 + 0.123/86400 = 12:00:00.123;
      // 0.75 = 18:00:00 with no date; 43830 = 2019-12-31, and 43830.999999999 is 86 399 999.91 ms into it,
      // which rounds to the next midnight: 2020-01-01.
      const serials = [1, 59, 60, 61, 43466, 43470.395833333336, 43470.5 + 0.123 / 86400, 0.75, 43830.999999999];
      for (const serial of serials) sheet.addRow([serial]).getCell(1).numFmt = 'yyyy-mm-dd hh:mm:ss';
      // Built-in format 14 (Excel's short date, yyyy/m/d in the Chinese edition) and a Chinese custom format.
      sheet.addRow([43470]).getCell(1).numFmt = 'mm-dd-yy';
      sheet.addRow([43470.5]).getCell(1).numFmt = 'yyyy"年"m"月"d"日" h"时"mm"分"';
      // A number format that is not a date keeps the number.
      sheet.addRow([43470.5]).getCell(1).numFmt = '0.00';
    });
    expect((await rowsOfFile(file)).map((row) => row.cells[0])).toEqual([
      '1900-01-01',
      '1900-02-28',
      '1900-02-29',
      '1900-03-01',
      '2019-01-01',
      '2019-01-05 09:30:00',
      '2019-01-05 12:00:00.123',
      '18:00:00',
      '2020-01-01',
      '2019-01-05',
      '2019-01-05 12:00:00',
      '43470.5',
    ]);
  });

  it('counts serials from 1904-01-01 in a workbook that uses the 1904 date system', async () => {
    const file = await writeWorkbook('dates-1904.xlsx', (workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('dates');
      // 1904 system: 0 = 1904-01-01; 42008.395833333336 = 43470.395833333336 − 1462 = 2019-01-05 09:30:00.
      for (const serial of [0, 60, 42008.395833333336]) sheet.addRow([serial]).getCell(1).numFmt = 'yyyy-mm-dd hh:mm:ss';
    });
    expect((await rowsOfFile(file)).map((row) => row.cells[0])).toEqual(['1904-01-01', '1904-03-01', '2019-01-05 09:30:00']);
  });

  it('reads date1904="true", as LibreOffice writes it, as the 1904 system', async () => {
    const bytes = zipOf(
      workbookParts({
        workbookPr: '<workbookPr date1904="true"/>',
        sheets: [['dates', '<row r="1"><c r="A1" s="1"><v>42008.395833333336</v></c></row>']],
        styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs>',
      }),
    );
    expect(await rowsOf(sourceOf(bytes))).toEqual([{ cells: ['2019-01-05 09:30:00'], line: 1 }]);
  });
});

describe('xlsxRows on cells of every type', () => {
  it('writes numbers in their shortest exact decimal form, booleans as TRUE/FALSE, errors and rich text as their text', async () => {
    const file = await writeWorkbook('values.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('values');
      sheet.addRow([2019000123, 1, 0.1, 1e21, 1.5e-7, -0, 123456789012345680000]);
      sheet.addRow([true, false, { error: '#N/A' }, { richText: [{ text: '行政' }, { font: { bold: true }, text: '许可' }] }]);
      // Formulas: their cached results.
      sheet.addRow([{ formula: '1+1', result: 2 }, { formula: '"办"&"结"', result: '办结' }, { formula: 'A1>0', result: true }]);
    });
    expect(await rowsOfFile(file)).toEqual([
      { cells: ['2019000123', '1', '0.1', '1000000000000000000000', '0.00000015', '0', '123456789012345680000'], line: 1 },
      { cells: ['TRUE', 'FALSE', '#N/A', '行政许可'], line: 2 },
      { cells: ['2', '办结', 'TRUE'], line: 3 },
    ]);
  });

  it('reads the shared strings, blank cells before a filled one as "", and skips blank rows keeping the row numbers', async () => {
    const file = await writeWorkbook('gaps.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('gaps');
      sheet.getCell('A1').value = '标题:2019年1月办件明细';
      sheet.getCell('B3').value = '办件编号';
      sheet.getCell('D3').value = '受理时间';
      sheet.getCell('B4').value = '标题:2019年1月办件明细';
      sheet.getCell('C6').value = '';
    });
    expect(await rowsOfFile(file)).toEqual([
      { cells: ['标题:2019年1月办件明细'], line: 1 },
      { cells: ['', '办件编号', '', '受理时间'], line: 3 },
      { cells: ['', '标题:2019年1月办件明细'], line: 4 },
    ]);
  });

  it('reads a workbook in the order Excel writes it (the sheet before its strings and styles), formula results of every type, inline and phonetic strings', async () => {
    const sheetData = [
      // A formula whose result is an error, a boolean, a string, a date; one not calculated yet.
      '<row r="2"><c r="A2" t="e"><f>VLOOKUP(1,B:B,2,0)</f><v>#N/A</v></c><c r="B2" t="b"><f>1&gt;0</f><v>1</v></c>',
      '<c r="C2" t="str"><f>"a"&amp;"b"</f><v>a&amp;b</v></c><c r="D2" s="1"><f>E2+1</f><v>43470.395833333336</v></c><c r="E2"><f>F2</f></c></row>',
      // Inline rich text; a shared string with a phonetic guide; an escaped carriage return.
      '<row r="3"><c r="A3" t="inlineStr"><is><r><t>实施</t></r><r><t xml:space="preserve"> 部门</t></r></is></c><c r="B3" t="s"><v>0</v></c><c r="C3" t="s"><v>1</v></c></row>',
      // Rows and cells without references continue from the one before.
      '<row><c t="s"><v>0</v></c><c/><c><v>7</v></c></row>',
    ].join('');
    const bytes = zipOf(
      workbookParts({
        sheets: [['办件', sheetData]],
        styles: '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d h:mm"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176"/></cellXfs>',
        sharedStrings: '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si><t>第一行_x000D_\n第二行</t></si>',
      }),
    );
    expect(await rowsOf(chunksOf(bytes, 7))).toEqual([
      { cells: ['#N/A', 'TRUE', 'a&b', '2019-01-05 09:30:00'], line: 2 },
      { cells: ['实施 部门', '東京', '第一行\r\n第二行'], line: 3 },
      { cells: ['東京', '', '7'], line: 4 },
    ]);
  });

  it('reads elements with a namespace prefix, as some writers write them', async () => {
    const bytes = zipOf(
      workbookParts({ sheets: [['s', '<x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>街道</x:t></x:is></x:c></x:row>']] }).map(
        ([name, content]): [string, string] => [name, name.includes('worksheets') ? content.replace('<sheetData>', '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">').replace('</sheetData>', '</x:sheetData>') : content],
      ),
    );
    expect(await rowsOf(sourceOf(bytes))).toEqual([{ cells: ['', '街道'], line: 1 }]);
  });
});

describe('xlsxRows choosing a sheet', () => {
  let file = '';
  const workbookOfThree = async () => {
    file ||= await writeWorkbook('three.xlsx', (workbook) => {
      workbook.addWorksheet('说明').addRow(['本表为导出数据']);
      workbook.addWorksheet('办件').addRow(['办件编号', '受理时间']);
      workbook.addWorksheet('空表');
    });
    return file;
  };

  it('reads the first sheet by default and tells which sheet it read', async () => {
    const told: XlsxSheet[] = [];
    const rows: XlsxRow[] = [];
    for await (const row of xlsxRows(createReadStream(await workbookOfThree()), { onSheet: (sheet) => told.push(sheet) })) rows.push(row);
    expect(rows).toEqual([{ cells: ['本表为导出数据'], line: 1 }]);
    expect(told).toEqual([{ name: '说明', number: 1, sheets: ['说明', '办件', '空表'] }]);
  });

  it('reads a sheet chosen by name or by its 1-based number', async () => {
    expect(await rowsOfFile(await workbookOfThree(), '办件')).toEqual([{ cells: ['办件编号', '受理时间'], line: 1 }]);
    expect(await rowsOfFile(await workbookOfThree(), 2)).toEqual([{ cells: ['办件编号', '受理时间'], line: 1 }]);
  });

  it('reads an empty sheet as no rows', async () => {
    expect(await rowsOfFile(await workbookOfThree(), '空表')).toEqual([]);
  });

  it('refuses a sheet that is not there, naming the sheets that are', async () => {
    await expect(rowsOfFile(await workbookOfThree(), '数据')).rejects.toThrow(
      new RangeError('xlsxRows requires sheet to be one of the workbook\'s sheets ("说明", "办件", "空表"), got "数据"'),
    );
    await expect(rowsOfFile(await workbookOfThree(), 4)).rejects.toThrow(
      new RangeError('xlsxRows requires sheet to be a sheet number from 1 to 3, got 4 (the sheets are "说明", "办件", "空表")'),
    );
  });

  it('refuses a sheet option that is not a name or a 1-based number', async () => {
    await expect(rowsOfFile(await workbookOfThree(), 0)).rejects.toThrow(
      new RangeError('xlsxRows requires sheet to be a sheet name or a 1-based sheet number, got 0'),
    );
    await expect(rowsOf(sourceOf(new Uint8Array()), { name: 'x' } as unknown as string)).rejects.toThrow(
      new TypeError('xlsxRows requires sheet to be a sheet name or a 1-based sheet number, got an object'),
    );
  });
});

describe('xlsxRows on a workbook whose sheets come after the parts their cells need', () => {
  const parts = (sheetData: string) =>
    workbookParts({
      sheetsLast: true,
      sheets: [
        ['说明', '<row r="1"><c r="A1" t="s"><v>1</v></c></row>'],
        ['办件', sheetData],
      ],
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs>',
      sharedStrings: '<si><t>ZW1</t></si><si><t>说明</t></si>',
    });
  const rows = Array.from({ length: 30 }, (_, index) => `<row r="${index + 2}"><c r="A${index + 2}" t="s"><v>0</v></c><c r="B${index + 2}" s="1"><v>43470.395833333336</v></c></row>`);

  it('streams the rows straight from the archive, copying nothing', async () => {
    const { folder: temporary, remove: removeTemporary } = temporaryFolder();
    const before = process.env['TMPDIR'];
    process.env['TMPDIR'] = temporary;
    try {
      const read: XlsxRow[] = [];
      for await (const row of xlsxRows(chunksOf(zipOf(parts(rows.join(''))), 100), { sheet: '办件' })) {
        expect(readdirSync(temporary)).toEqual([]);
        read.push(row);
      }
      // 43470.395833333336 = 2019-01-05 09:30:00 (see above)
      expect(read).toHaveLength(30);
      expect(read[0]).toEqual({ cells: ['ZW1', '2019-01-05 09:30:00'], line: 2 });
      expect(read[29]).toEqual({ cells: ['ZW1', '2019-01-05 09:30:00'], line: 31 });
      expect(await rowsOf(sourceOf(zipOf(parts(rows.join('')))), 1)).toEqual([{ cells: ['说明'], line: 1 }]);
    } finally {
      if (before === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = before;
      removeTemporary();
    }
  });

  it('stops reading the archive when the reader stops early', async () => {
    let chunksRead = 0;
    async function* counted(bytes: Uint8Array) {
      for await (const chunk of chunksOf(bytes, 64)) {
        chunksRead += 1;
        yield chunk;
      }
    }
    const bytes = zipOf(parts(rows.join('').repeat(40)));
    for await (const row of xlsxRows(counted(bytes), { sheet: 2 })) {
      expect(row.line).toBe(2);
      break;
    }
    // The archive is 64-byte chunks; stopping at the first row leaves most of them unread.
    expect(chunksRead).toBeLessThan(bytes.length / 64 / 2);
  });

  it('closes the file it reads when the reader stops early', async () => {
    const file = join(folder, 'sheets-last.xlsx');
    writeFileSync(file, zipOf(parts(rows.join('').repeat(400))));
    const stream = createReadStream(file, { highWaterMark: 256 });
    for await (const row of xlsxRows(stream, { sheet: 2 })) {
      expect(row.line).toBe(2);
      break;
    }
    expect(stream.destroyed).toBe(true);
  });
});

describe('xlsxRows and its temporary copy of the sheet', () => {
  it('removes the copy when the rows are read, and when the reader stops early', async () => {
    // Excel's order: the sheet comes before its shared strings, so it is copied to a temporary folder.
    const rows = Array.from({ length: 50 }, (_, index) => `<row r="${index + 1}"><c r="A${index + 1}" t="s"><v>0</v></c></row>`);
    const bytes = zipOf(workbookParts({ sheets: [['办件', rows.join('')]], sharedStrings: '<si><t>ZW1</t></si>' }));
    const { folder: temporary, remove: removeTemporary } = temporaryFolder();
    const before = process.env['TMPDIR'];
    process.env['TMPDIR'] = temporary;
    try {
      expect((await rowsOf(sourceOf(bytes))).length).toBe(50);
      expect(readdirSync(temporary)).toEqual([]);
      for await (const row of xlsxRows(sourceOf(bytes))) {
        expect(row).toEqual({ cells: ['ZW1'], line: 1 });
        expect(readdirSync(temporary)).toHaveLength(1);
        break;
      }
      expect(readdirSync(temporary)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = before;
      removeTemporary();
    }
  });
});

describe('xlsxRows on files that are not whole .xlsx workbooks', () => {
  it('refuses a CSV file renamed .xlsx, saying it is text', async () => {
    const file = join(folder, 'renamed.xlsx');
    writeFileSync(file, '办件编号,受理时间\r\nZW1,2019-01-05 09:30:00\r\n');
    await expect(rowsOfFile(file)).rejects.toThrow(
      new RangeError('xlsxRows requires source to be an .xlsx workbook, got text (a CSV or other text file)'),
    );
  });

  it('refuses an Excel 97–2003 workbook by its OLE2 signature', async () => {
    const xls = new Uint8Array(512);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(rowsOf(sourceOf(xls))).rejects.toThrow(
      new RangeError('xlsxRows requires source to be an .xlsx workbook, got an Excel 97–2003 workbook (.xls, an OLE2 compound file)'),
    );
  });

  it('refuses the web pages and XML spreadsheets that systems save as .xls, saying what they are', async () => {
    await expect(rowsOf(sourceOf(utf8('<html><body><table>'), utf8('<tr><td>办件编号</td></tr></table></body></html>')))).rejects.toThrow(
      new RangeError('xlsxRows requires source to be an .xlsx workbook, got a web page (HTML)'),
    );
    const spreadsheet = '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">';
    await expect(rowsOf(chunksOf(utf8(spreadsheet), 5))).rejects.toThrow(
      new RangeError('xlsxRows requires source to be an .xlsx workbook, got an Excel 2003 XML spreadsheet'),
    );
  });

  it('refuses no bytes, and a ZIP archive that holds no workbook', async () => {
    await expect(rowsOf(sourceOf(new Uint8Array()))).rejects.toThrow(
      new RangeError('xlsxRows requires source to be an .xlsx workbook, got no bytes'),
    );
    await expect(rowsOf(sourceOf(zipOf([['readme.txt', 'not a workbook']])))).rejects.toThrow(
      new RangeError('xlsxRows requires source to be an .xlsx workbook, got a ZIP archive without xl/workbook.xml'),
    );
  });

  it('refuses a workbook cut short, whatever it yielded before', async () => {
    const whole = readFileSync(
      await writeWorkbook('whole.xlsx', (workbook) => {
        const sheet = workbook.addWorksheet('办件');
        for (let i = 1; i <= 200; i += 1) sheet.addRow([`ZW${i}`, i]);
      }),
    );
    for (const length of [100, Math.floor(whole.length / 2), whole.length - 30]) {
      await expect(rowsOf(sourceOf(whole.subarray(0, length)))).rejects.toThrow(RangeError);
    }
    await expect(rowsOf(sourceOf(whole.subarray(0, Math.floor(whole.length / 2))))).rejects.toThrow(
      /^xlsxRows requires source to be a whole, undamaged \.xlsx workbook, got one that cannot be read \(.+\)$/,
    );
  });

  it('refuses a source that is not async iterable, or yields what is not bytes', async () => {
    await expect(rowsOf('cases.xlsx' as unknown as AsyncIterable<Uint8Array>)).rejects.toThrow(
      new TypeError('xlsxRows requires source to be a Readable or an async iterable of Uint8Array chunks, got "cases.xlsx"'),
    );
    await expect(rowsOf(sourceOf('PK\x03\x04' as unknown as Uint8Array))).rejects.toThrow(
      new TypeError('xlsxRows requires source to yield Uint8Array chunks, got "PK\\u0003\\u0004"'),
    );
  });
});
