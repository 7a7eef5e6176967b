import { fc, test } from '@fast-check/vitest';
import ExcelJS from 'exceljs';
import { describe, expect } from 'vitest';
import { xlsxRows } from '../../../src/tally/read/xlsxRows.js';
import { workbookParts, zipOf } from './workbooks.js';

// Whole workbooks read with the worksheet scanner give the rows that the XML
// parser alone gives: workbooks written by exceljs (shared strings, dates,
// formulas with cached results, rich text, booleans, errors, gaps), read in
// chunks of any size; and hand-written sheets zipped in Excel's order (the
// sheet before its strings, so that the sheet is first copied).
const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom('行政许可', '公共服务', '红云街道', 'a\r\nb', ' x ', '_x000D_', '&<>"\'', '😀办件', ''),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -1e9, max: 1e10 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.boolean(),
  fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
  fc.constant(null),
  fc.constantFrom<ExcelJS.CellValue>(
    { formula: 'A1+1', result: 7 },
    { formula: 'B1&"x"', result: '文本' },
    { formula: 'NA()', result: { error: '#N/A' } as ExcelJS.CellErrorValue },
    { formula: 'TRUE', result: true },
    { formula: 'A1' },
    { richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] },
    { error: '#DIV/0!' } as ExcelJS.CellErrorValue,
  ),
);
const sheetRows = fc.array(
  fc.record({ gap: fc.integer({ min: 1, max: 3 }), cells: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), cellValue), { maxLength: 6 }) }),
  { maxLength: 8 },
);

async function outcome(source: () => AsyncIterable<Uint8Array>, scan: boolean): Promise<unknown> {
  const rows: unknown[] = [];
  try {
    for await (const { cells, line } of xlsxRows(source(), { scan })) rows.push({ line, cells: { ...cells, length: cells.length } });
    return rows;
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

const inChunks = (bytes: Uint8Array, size: number) =>
  async function* (): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  };

describe('xlsxRows with and without the worksheet scanner', () => {
  test.prop([sheetRows, fc.boolean(), fc.integer({ min: 1, max: 70_000 })], { numRuns: 40 })(
    'reads the same rows from workbooks that exceljs writes',
    async (rows, date1904, size) => {
      const workbook = new ExcelJS.Workbook();
      workbook.properties.date1904 = date1904;
      const sheet = workbook.addWorksheet('办件');
      sheet.getColumn(3).numFmt = 'yyyy-mm-dd hh:mm:ss';
      let line = 0;
      for (const { gap, cells } of rows) {
        line += gap;
        let column = 0;
        for (const [skip, value] of cells) {
          column += skip + 1;
          sheet.getCell(line, column).value = value;
        }
      }
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const scanned = await outcome(inChunks(bytes, size), true);
      expect(scanned).toEqual(await outcome(inChunks(bytes, size), false));
    },
    120_000,
  );

  test.prop([fc.array(fc.constantFrom(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>内联</t></is></c></row>',
    '<row r="3"><c r="B3" s="1"><v>43466.75</v></c><c r="A3" t="b"><v>1</v></c></row>',
    '<row r="2"><c r="A2" t="e"><v>#REF!</v></c><c r="B2"><f>A1*2</f><v>4</v></c><c r="C2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>',
    '<row r="5"><c r="A5" t="s"><v>7</v></c></row>',
    '<row r="6"><c r="A6"><v>abc</v></c></row>',
    '<row><c><v>1</v></c><c/><c><is><t xml:space="preserve"> a </t></is></c></row>',
    '<row r="9"><!-- note --><c r="A9"><v><![CDATA[12]]></v></c></row>',
    '<row r="10"><c r="A10" t="s"><v>1</v></c></row>\n',
    '<row r="11"><c r="A11"><v>1</v></x></row>',
  ), { maxLength: 6 }), fc.integer({ min: 1, max: 4000 })], { numRuns: 150 })(
    'reads the same rows, or fails alike, from hand-written sheets zipped in Excel\'s order',
    async (rows, size) => {
      const bytes = zipOf(
        workbookParts({
          sheets: [['办件', rows.join('')]],
          sharedStrings: '<si><t>办件编号</t></si><si><r><t>富</t></r><r><t>文本</t></r></si>',
          styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        }),
      );
      expect(await outcome(inChunks(bytes, size), true)).toEqual(await outcome(inChunks(bytes, size), false));
    },
    120_000,
  );
});
