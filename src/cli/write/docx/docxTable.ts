import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { ReportBlock } from '../../../report/reportBlocks.js';
import { displayWidth } from '../displayTable.js';
import { FONT, SIZE, TEXT_WIDTH, fontSlots } from './officialLayout.js';

const CELL_MARGIN = { top: 57, bottom: 57, left: 85, right: 85 } as const;

/**
 * A text's width in 小四 twips: 12 pt a Chinese character, 9 pt a digit, a
 * Latin letter or a sign (half a character in 仿宋, more in the fonts that
 * stand in for it where 仿宋 is not installed: % is nearly a whole one).
 */
function textWidth(text: string): number {
  const halves = displayWidth(text);
  const wide = halves - [...text].length;
  return wide * SIZE.table * 10 + (halves - 2 * wide) * SIZE.table * 7.5;
}

/** The widest part of a text that a line cannot break: a run of digits, letters and signs (a Chinese character breaks anywhere). */
function unbreakableWidth(text: string): number {
  return Math.max(SIZE.table * 10, ...text.split(/\s+/u).flatMap((word) => word.split(/(?=\p{Script=Han})|(?<=\p{Script=Han})/u)).map(textWidth));
}

/**
 * Column widths in twips that fill the text area, as a browser lays out a
 * table: each column at least as wide as the widest figure it holds (no
 * figure is ever split across lines), the room left given in proportion to
 * what each column would need to hold its longest cell (or half its header,
 * which may take two lines) on one line, and what is left after that to the
 * name columns.
 */
function columnWidths(block: Extract<ReportBlock, { kind: 'table' }>): number[] {
  const left = block.leftColumns ?? 1;
  const margins = CELL_MARGIN.left + CELL_MARGIN.right;
  const columns = block.header.map((header, column) => {
    const cells = block.rows.map((cells) => cells[column] ?? '');
    const least = Math.max(unbreakableWidth(header), ...cells.map(unbreakableWidth)) + margins;
    const whole = Math.max(Math.ceil(textWidth(header) / 2), ...cells.map(textWidth)) + margins;
    return { least, whole: Math.max(least, whole) };
  });
  const least = columns.reduce((sum, column) => sum + column.least, 0);
  const wanted = columns.reduce((sum, column) => sum + column.whole - column.least, 0);
  const room = TEXT_WIDTH - least;
  if (room <= 0) return columns.map((column) => Math.floor((TEXT_WIDTH * column.least) / least));
  const grown = columns.map((column) => column.least + (wanted <= room ? column.whole - column.least : ((column.whole - column.least) * room) / wanted));
  const rest = TEXT_WIDTH - grown.reduce((sum, width) => sum + width, 0);
  const names = grown.slice(0, left).reduce((sum, width) => sum + width, 0);
  return grown.map((width, column) => Math.floor(column < left && names > 0 ? width + (rest * width) / names : width));
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A table block as a table of the document: borders all round and inside,
 * filling the text area, in 小四仿宋 with the header row in 黑体 (repeated at
 * the top of each page), names aligned left and figures right, rows never
 * split across pages.
 */
export function docxTable(block: Extract<ReportBlock, { kind: 'table' }>): Table {
  const columns = block.header.length;
  const left = block.leftColumns ?? 1;
  const widths = columnWidths(block);
  const cell = (text: string, column: number, header: boolean): TableCell =>
    new TableCell({
      children: [
        new Paragraph({
          children: [new TextRun({ text, font: fontSlots(header ? FONT.heading1 : FONT.body), size: SIZE.table })],
          alignment: header ? AlignmentType.CENTER : column < left ? AlignmentType.LEFT : AlignmentType.RIGHT,
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        }),
      ],
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: CELL_MARGIN,
    });
  const row = (cells: readonly string[], header: boolean): TableRow =>
    new TableRow({
      children: Array.from({ length: columns }, (_, column) => cell(cells[column] ?? '', column, header)),
      tableHeader: header,
      cantSplit: true,
    });
  return new Table({
    rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}
