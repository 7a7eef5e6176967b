import { describeValue } from '../../internal/describeValue.js';
import { excelSerialText, plainNumberText } from './excelCellText.js';
import { decodeOoxmlText, parseXmlChunks } from './xlsxParts.js';

/**
 * One row of a sheet: its cells written as a CSV export writes them, and
 * the sheet's 1-based row number.
 *
 * @internal
 */
export interface XlsxRow {
  /** The cells from column A on; an empty cell before the last filled one is "". */
  readonly cells: string[];
  /** The row's number in the sheet (1-based), as Excel shows it. */
  readonly line: number;
}

/** What the cells of a sheet need from the rest of the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** By cell format index (a cell's `s`): whether the format shows a date or a time. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** The 0-based column of a cell reference such as "AB12" (the letters before the digits). */
function columnOf(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index += 1) {
    const code = reference.charCodeAt(index) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return column - 1;
}

/**
 * Reads a worksheet part (xl/worksheets/sheetN.xml) as it streams, yielding
 * each row that has a filled cell (blank rows are skipped; the rows yielded
 * keep their own numbers). Trailing empty cells are left off. A formula
 * cell gives its cached result (no result yet: ""); merged cells give their
 * value in the first cell only, as the file stores them.
 *
 * @internal
 */
export async function* xlsxSheetRows(source: AsyncIterable<Uint8Array>, context: SheetContext): AsyncGenerator<XlsxRow> {
  const { sharedStrings, dateStyles, date1904 } = context;
  const ready: XlsxRow[] = [];
  let line = 0;
  let cells: string[] = [];
  let nextColumn = 0;
  let column = 0;
  let reference = '';
  let type = 'n';
  let style = 0;
  let value = '';
  let hasValue = false;
  let inValue = false;
  let inInlineString = false;
  let inPhonetic = false;

  const cellText = (): string => {
    switch (type) {
      case 's': {
        const text = sharedStrings[Number(value)];
        if (text === undefined || value.trim() === '') {
          throw new RangeError(
            `xlsxRows requires each shared string index to be below the workbook's ${sharedStrings.length} strings, got ${describeValue(value)} in cell ${reference || column + 1} of row ${line}`,
          );
        }
        return text;
      }
      case 'str':
      case 'inlineStr':
        return decodeOoxmlText(value);
      case 'b':
        return value === '1' || value === 'true' ? 'TRUE' : 'FALSE';
      case 'e':
        return value;
      case 'd':
        // An ISO 8601 date cell (strict OOXML, some writers): wall-clock text as written.
        return value.replace('T', ' ').replace(/Z$/, '');
      default: {
        if (value === '') return '';
        const number = Number(value);
        if (!Number.isFinite(number) || value.trim() === '') {
          throw new RangeError(
            `xlsxRows requires each number cell to hold a number, got ${describeValue(value)} in cell ${reference || column + 1} of row ${line}`,
          );
        }
        return dateStyles[style] === true ? excelSerialText(number, date1904) : plainNumberText(number);
      }
    }
  };

  for await (const _ of parseXmlChunks(source, {
    open(name, attributes) {
      switch (name) {
        case 'row': {
          const r = attributes['r'];
          line = r === undefined ? line + 1 : Number(r);
          cells = [];
          nextColumn = 0;
          break;
        }
        case 'c':
          reference = attributes['r'] ?? '';
          column = reference === '' ? nextColumn : columnOf(reference);
          type = attributes['t'] ?? 'n';
          style = Number(attributes['s'] ?? '0');
          value = '';
          hasValue = false;
          break;
        case 'v':
          inValue = true;
          hasValue = true;
          break;
        case 'is':
          inInlineString = true;
          hasValue = true;
          break;
        case 't':
          inValue = inInlineString && !inPhonetic;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
      }
    },
    text(text) {
      if (inValue) value += text;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'is':
          inInlineString = false;
          break;
        case 'c': {
          const text = hasValue ? cellText() : '';
          if (text !== '') {
            while (cells.length < column) cells.push('');
            cells[column] = text;
          }
          nextColumn = column + 1;
          break;
        }
        case 'row':
          if (cells.length > 0) ready.push({ cells, line });
          break;
      }
    },
  })) {
    if (ready.length > 0) {
      const rows = ready.splice(0);
      for (const row of rows) yield row;
    }
  }
}
