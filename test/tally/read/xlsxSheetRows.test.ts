import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { xlsxSheetRows, type SheetContext } from '../../../src/tally/read/xlsxSheetRows.js';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetData>';
const TAIL = '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
const CONTEXT: SheetContext = { sharedStrings: ['办件编号', '行政许可'], dateStyles: [false, true], date1904: false };

/** The sheet's bytes in chunks of `size` bytes. */
async function* chunksOf(xml: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(xml);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** The rows as [line, ...cells], or the error's class and message. */
async function read(xml: string, size: number, scan = true): Promise<unknown> {
  const rows: unknown[] = [];
  try {
    for await (const batch of xlsxSheetRows(chunksOf(xml, size), { ...CONTEXT, scan })) for (const { cells, line } of batch) rows.push([line, ...cells]);
    return rows;
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

/** How many characters the XML parser is given while `work` runs. */
async function parsed(work: () => Promise<unknown>): Promise<number> {
  let characters = 0;
  const write = SaxesParser.prototype.write;
  vi.spyOn(SaxesParser.prototype, 'write').mockImplementation(function (this: SaxesParser, chunk) {
    characters += typeof chunk === 'string' ? chunk.length : 0;
    return write.call(this, chunk);
  });
  await work();
  return characters;
}

afterEach(() => {
  vi.restoreAllMocks();
});

const row = (n: number) => `<row r="${n}" spans="1:3"><c r="A${n}" t="s"><v>1</v></c><c r="B${n}"><v>${n}</v></c><c r="C${n}" s="1"><v>43466.5</v></c></row>`;

describe('xlsxSheetRows', () => {
  it('reads the rows with the scanner: the XML parser reads the head and the tail alone', async () => {
    const xml = HEAD + Array.from({ length: 1000 }, (_, i) => row(i + 1)).join('') + TAIL;
    let rows: unknown;
    // In chunks of 1000 bytes, rows are cut across chunks: the scanner waits for their ends.
    const characters = await parsed(async () => (rows = await read(xml, 1000)));
    expect(characters).toBe(HEAD.length + TAIL.length);
    expect((rows as unknown[]).length).toBe(1000);
    expect((rows as unknown[])[999]).toEqual([1000, '行政许可', '1000', '2019-01-01 12:00:00']);
  });

  it('leaves a row it does not read (a comment) to the parser, and reads the rows after it again', async () => {
    const odd = '<row r="2"><!-- a note --><c r="A2"><v>2</v></c></row>';
    const xml = HEAD + row(1) + odd + row(3) + TAIL;
    let rows: unknown;
    const characters = await parsed(async () => (rows = await read(xml, 65_536)));
    expect(characters).toBe(HEAD.length + odd.length + TAIL.length);
    expect(rows).toEqual([
      [1, '行政许可', '1', '2019-01-01 12:00:00'],
      [2, '2'],
      [3, '行政许可', '3', '2019-01-01 12:00:00'],
    ]);
  });

  it("reports malformed XML after scanned rows at the parser's own line and column", async () => {
    // Line 2 holds the head's <worksheet> and the rows; 😀 is two UTF-16 units and one column.
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>😀</t></is></c></row>\n${row(2)}`;
    const xml = `${HEAD}${rows}<row r="3"><c r="A3"><v>1</v></x></row>${TAIL}`;
    const alone = await read(xml, 7, false);
    // Line 3 after the line feed; column 146 after row(2) (113 characters) and `<row r="3"><c r="A3"><v>1</v></x>` (33).
    expect(alone).toBe('Error: 3:146: unexpected close tag.');
    expect(await read(xml, 7)).toBe(alone);
    expect(await read(xml, 65_536)).toBe(alone);
    const sameLine = `${HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>😀</t></is></c></row><row r="2"><c><v>1</v></x></row>${TAIL}`;
    expect(await read(sameLine, 65_536)).toBe(await read(sameLine, 65_536, false));
  });

  it('skips a byte order mark at the start, and keeps U+FEFF anywhere else', async () => {
    const xml = `\uFEFF${HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>\uFEFFa</t></is></c></row>${TAIL}`;
    for (const size of [1, 2, 3, 65_536]) {
      expect(await read(xml, size)).toEqual([[1, '\uFEFFa']]);
      expect(await read(xml, size)).toEqual(await read(xml, size, false));
    }
    // Nor does it count in the columns of an error: `<row r="1"><c><v>1</v></x>` is 26 characters.
    const malformed = `\uFEFF${HEAD.replace('\n', '')}${row(1)}<row r="2"><c><v>1</v></x></row>${TAIL}`;
    expect(await read(malformed, 65_536, false)).toBe(`Error: 1:${HEAD.length - 1 + 113 + 26}: unexpected close tag.`);
    expect(await read(malformed, 65_536)).toBe(await read(malformed, 65_536, false));
  });
});
