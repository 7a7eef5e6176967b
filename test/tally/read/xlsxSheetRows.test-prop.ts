import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { xlsxSheetRows, type SheetContext } from '../../../src/tally/read/xlsxSheetRows.js';

// The worksheet scanner and the XML parser read a sheet to the same rows,
// or fail with the same error and message (saxes's line and column
// included), whatever the sheet holds and wherever its bytes are cut into
// chunks. Sheets are built from the pieces that writers write (shared,
// inline and rich strings, formulas with cached values, booleans, errors,
// dates, gaps and rows out of order) and from those that make the scanner
// hand over to the parser (comments, CDATA, prefixes, carriage returns,
// entities, malformed XML).
const SHARED = ['办件编号', '行政许可', '', 'a_x000D_b', '😀'];
/** Mostly the common form, now and then an odd one: most rows are whole in the scanner's form, some not. */
const mostly = <T>(common: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ weight: 12, arbitrary: common }, { weight: 1, arbitrary: odd });
const reference = fc.oneof(
  fc.constantFrom('A1', 'B2', 'C7', 'AA3', 'a1', 'Z9', '', '12', 'XFD1048576'),
  fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'H', 'AB'), fc.integer({ min: 1, max: 9 })).map(([column, row]) => `${column}${row}`),
);
const text = mostly(
  fc.constantFrom('1', '0', '4', '43466', '43466.5', '2019000123', '-1', '1E3'),
  fc.constantFrom(
  '1', '0', '43466', '43466.5', '43466.999999', '-1', '1E3', '1e21', '2019000123', ' 2 ', '', ' ', 'abc', '00', '4', '9', '99',
  'TRUE', 'true', '#N/A', '2019-01-02T08:30:00Z', '&amp;&lt;&gt;&quot;&apos;', '&#x41;&#66;', '&#x1F600;', '&#0;', '&#X41;',
  '&foo;', '&amp', 'a]]>b', 'a]b', '\u0001', 'x\ny', 'x\r\ny', 'x\ry', '\t', '漢字', '😀', '\uFFFE', '<![CDATA[7]]>', '<!-- 7 -->', '<?pi 7?>',
  ),
);
const value = fc.oneof(
  { weight: 6, arbitrary: text.map((t) => `<v>${t}</v>`) },
  { weight: 1, arbitrary: fc.constant('<v/>') },
  { weight: 1, arbitrary: fc.constantFrom('<v >1</v>', '<v>1</v >', '<v xml:space="preserve">1</v>', '<V>1</V>', '<v>1</c>') },
);
const formula = fc.constantFrom('<f>SUM(A1:A3)</f>', '<f t="shared" ref="A1:A9" si="0">A1&amp;"x"</f>', '<f t="shared" si="0"/>', '<f>1<2</f>', '<f t="array" t="x">1</f>');
const inline = fc.oneof(
  text.map((t) => `<is><t>${t}</t></is>`),
  text.map((t) => `<is><t xml:space="preserve"> ${t} </t></is>`),
  fc.constantFrom(
    '<is><t/></is>', '<is></is>', '<is/>', '<is><r><t>a</t></r><r><rPr><b/></rPr><t>b</t></r></is>',
    '<is><t>漢字</t><rPh sb="0" eb="1"><t>かんじ</t></rPh><phoneticPr fontId="1"/></is>', '<is> <t>a</t> <t>b</t> </is>',
  ),
);
const child = fc.oneof(
  { weight: 30, arbitrary: value },
  { weight: 2, arbitrary: formula },
  { weight: 2, arbitrary: inline },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\r\n', '\t', 'x', '<extLst/>', '<!-- c -->', '<t>x</t>', '</x>') },
);
const cellType = fc.constantFrom(undefined, 's', 'n', 'b', 'e', 'str', 'inlineStr', 'd', 'x', '');
const attributes = (pairs: readonly (readonly [string, string | undefined])[], separator: string): string =>
  pairs.flatMap(([name, v]) => (v === undefined ? [] : [`${separator}${name}="${v}"`])).join('');
const cell = fc
  .record({
    r: fc.option(reference, { nil: undefined }),
    s: fc.option(fc.constantFrom('0', '1', '2', '3', '', 'x', '01'), { nil: undefined }),
    t: cellType,
    extra: mostly(
      fc.constant(''),
      fc.constantFrom(' cm="1"', ' r="A1"', ' t="s"', ' x14ac:v="1"', '  ', '\n', ' bad', ' q=1', ` s='1'`, ' v="a&amp;b"', ' v="<"', ' v="\u00e9"'),
    ),
    separator: mostly(fc.constant(' '), fc.constantFrom('  ', '\n')),
    children: mostly(value.map((v) => [v]), fc.array(child, { maxLength: 3 })),
    selfClosing: mostly(fc.constant(false), fc.constant(true)),
    name: mostly(fc.constant('c'), fc.constant('x:c')),
  })
  .map(({ r, s, t, extra, separator, children, selfClosing, name }) => {
    const open = `<${name}${attributes([['r', r], ['s', s], ['t', t]], separator)}${extra}`;
    return selfClosing ? `${open}/>` : `${open}>${children.join('')}</${name}>`;
  });
const row = fc
  .record({
    r: fc.option(fc.constantFrom('1', '2', '3', '5', '10', '4', '', 'x', '1048576'), { nil: undefined }),
    extra: mostly(
      fc.constantFrom('', ' spans="1:8"', ' spans="1:8" x14ac:dyDescent="0.25"', ' ht="15" customHeight="1"'),
      fc.constantFrom(' spans="1:8" spans="1:8"', '\t', ' spans = "1:8"'),
    ),
    cells: fc.array(cell, { maxLength: 5 }),
    selfClosing: fc.boolean(),
    between: mostly(fc.constantFrom('', '\n', '  '), fc.constantFrom('\r\n', '<!-- r -->', 'x')),
    name: mostly(fc.constant('row'), fc.constant('x:row')),
  })
  .map(({ r, extra, cells, selfClosing, between, name }) => {
    const open = `<${name}${attributes([['r', r]], ' ')}${extra}`;
    return `${selfClosing && cells.length === 0 ? `${open}/>` : `${open}>${cells.join('')}</${name}>`}${between}`;
  });
const sheet = fc
  .record({
    declaration: fc.constantFrom('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', '', '<?xml version="1.1"?>'),
    prefix: mostly(fc.constant(''), fc.constant('x:')),
    before: fc.constantFrom('', '<dimension ref="A1:H3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>', '\n  ', '<!-- <sheetData> -->'),
    rows: fc.array(row, { maxLength: 12 }),
    after: fc.constantFrom('', '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>', '\n', '<row r="99"><c><v>1</v></c></row>'),
    end: mostly(fc.constant('whole'), fc.constantFrom('cut', 'no sheetData end')),
  })
  .map(({ declaration, prefix, before, rows, after, end }) => {
    const ns = prefix === '' ? 'xmlns' : 'xmlns:x';
    const head = `${declaration}<${prefix}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">${before}<${prefix}sheetData>`;
    const body = rows.join('');
    if (end === 'cut') return head + body.slice(0, Math.floor(body.length / 2));
    if (end === 'no sheetData end') return `${head}${body}${after}</${prefix}worksheet>`;
    return `${head}${body}</${prefix}sheetData>${after}</${prefix}worksheet>`;
  });

/** The bytes cut at the given fractions of their length (anywhere, inside a character too). */
function cut(bytes: Uint8Array, fractions: readonly number[]): Uint8Array[] {
  const cuts = [...new Set(fractions.map((f) => Math.floor(f * bytes.length)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const next of [...cuts, bytes.length]) {
    if (next > at) chunks.push(bytes.subarray(at, next));
    at = Math.max(at, next);
  }
  return chunks;
}

/** The rows read, or the error's class and message. */
async function outcome(chunks: readonly Uint8Array[], context: SheetContext): Promise<unknown> {
  const rows: unknown[] = [];
  try {
    for await (const batch of xlsxSheetRows(
      (async function* () {
        yield* chunks;
      })(),
      context,
    )) {
      for (const { cells, line } of batch) rows.push({ cells: { ...cells, length: cells.length }, line });
    }
    return rows;
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

describe('xlsxSheetRows', () => {
  test.prop([sheet, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), fc.boolean()], { numRuns: 2000 })(
    'reads the same rows, or fails with the same message, with the scanner as with the XML parser alone',
    async (xml, fractions, date1904) => {
      const chunks = cut(new TextEncoder().encode(xml), fractions);
      const context = { sharedStrings: SHARED, dateStyles: [false, true, false, true], date1904 };
      const scanned = await outcome(chunks, context);
      const parsed = await outcome(chunks, { ...context, scan: false });
      expect(scanned).toEqual(parsed);
    },
    120_000,
  );
});
