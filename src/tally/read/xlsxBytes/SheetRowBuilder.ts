import { describeValue } from '../../../internal/describeValue.js';
import { excelSerialText, plainNumberText } from '../excelCellText.js';
import { decodeOoxmlText } from '../xlsxParts.js';
import type { SheetContext, XlsxRow } from './XlsxRow.js';

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

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** `Number(value)`, read without the runtime's conversion when value is a short run of digits (a string's index). */
function indexOf(value: string): number {
  if (value.length === 0 || value.length > 9) return Number(value);
  let index = 0;
  for (let i = 0; i < value.length; i += 1) {
    const digit = value.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return Number(value);
    index = index * 10 + digit;
  }
  return index;
}

/**
 * What a sheet's elements do to the rows, one method per event, shared by
 * the XML parser's handlers and the worksheet scanner, so that both give
 * the same rows and throw the same errors by construction. The rows made
 * wait in `ready` until the reader hands them on.
 *
 * @internal
 */
export class SheetRowBuilder {
  readonly ready: XlsxRow[] = [];
  line = 0;
  cells: string[] = [];
  nextColumn = 0;
  column = 0;
  reference = '';
  type = 'n';
  style = 0;
  value = '';
  hasValue = false;
  inValue = false;
  inInlineString = false;
  inPhonetic = false;
  private readonly sharedStrings: readonly string[];
  private readonly dateStyles: readonly boolean[];
  private readonly date1904: boolean;

  constructor(context: SheetContext) {
    this.sharedStrings = context.sharedStrings;
    this.dateStyles = context.dateStyles;
    this.date1904 = context.date1904;
  }

  /** `<row r>`. */
  openRow(r: string | undefined): void {
    this.line = r === undefined ? this.line + 1 : Number(r);
    this.cells = [];
    this.nextColumn = 0;
  }

  /** `<c r t s>`, with `style` the number its `s` holds (`Number(s ?? '0')`). */
  openCell(r: string | undefined, t: string | undefined, style: number): void {
    this.reference = r ?? '';
    this.column = this.reference === '' ? this.nextColumn : columnOf(this.reference);
    this.type = t ?? 'n';
    this.style = style;
    this.value = '';
    this.hasValue = false;
  }

  /** `<v>`. */
  openValue(): void {
    this.inValue = true;
    this.hasValue = true;
  }

  /** `<is>`. */
  openInlineString(): void {
    this.inInlineString = true;
    this.hasValue = true;
  }

  /** `<t>`: text of an inline string, unless inside a phonetic guide. */
  openText(): void {
    this.inValue = this.inInlineString && !this.inPhonetic;
  }

  /** Character data. */
  text(text: string): void {
    if (this.inValue) this.value += text;
  }

  /** `</v>`, `</t>`. */
  closeValue(): void {
    this.inValue = false;
  }

  /** `</c>`. */
  closeCell(): void {
    const text = this.hasValue ? this.cellText() : '';
    if (text !== '') {
      const { cells, column } = this;
      while (cells.length < column) cells.push('');
      cells[column] = text;
    }
    this.nextColumn = this.column + 1;
  }

  /** `</row>`. */
  closeRow(): void {
    if (this.cells.length > 0) this.ready.push({ cells: this.cells, line: this.line });
  }

  /** The cell's text, as a CSV export writes it. */
  cellText(): string {
    const { value } = this;
    switch (this.type) {
      case 's': {
        const text = this.sharedStrings[indexOf(value)];
        // A digit first is no blank value (which Number reads as 0): trim() only for the others.
        if (text === undefined || (!isDigit(value.charCodeAt(0)) && value.trim() === '')) {
          throw new RangeError(
            `xlsxRows requires each shared string index to be below the workbook's ${this.sharedStrings.length} strings, got ${describeValue(value)} in cell ${this.reference || this.column + 1} of row ${this.line}`,
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
        if (!Number.isFinite(number) || (!isDigit(value.charCodeAt(0)) && value.trim() === '')) {
          throw new RangeError(
            `xlsxRows requires each number cell to hold a number, got ${describeValue(value)} in cell ${this.reference || this.column + 1} of row ${this.line}`,
          );
        }
        return this.dateStyles[this.style] === true ? excelSerialText(number, this.date1904) : plainNumberText(number);
      }
    }
  }
}
