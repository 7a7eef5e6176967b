import { SaxesParser } from 'saxes';
import { localName } from './xlsxParts.js';
import { SheetRowBuilder } from './xlsxBytes/SheetRowBuilder.js';
import { SHORT, SheetScanner } from './xlsxBytes/SheetScanner.js';
import type { SheetContext, XlsxRow } from './xlsxBytes/XlsxRow.js';

export type { SheetContext, XlsxRow } from './xlsxBytes/XlsxRow.js';

/** The parser's position fields, which it keeps to report errors where they are. */
interface ParserPosition {
  chunkPosition: number;
  positionAtNewLine: number;
  line: number;
  column: number;
}

/** A row no bigger than this waits for its end; a bigger one is left to the parser. */
const LONGEST_WAIT = 1 << 20;

/**
 * Reads a worksheet part (xl/worksheets/sheetN.xml) as it streams, yielding
 * the rows of each chunk together (one promise a chunk, not one a row):
 * each row that has a filled cell (blank rows are skipped; the rows yielded
 * keep their own numbers). Trailing empty cells are left off. A formula
 * cell gives its cached result (no result yet: ""); merged cells give their
 * value in the first cell only, as the file stores them.
 *
 * Two readers share the work, and one {@link SheetRowBuilder}: the XML
 * parser (saxes) reads the part up to its `<sheetData>`, and the
 * {@link SheetScanner} the rows from there, as long as they have the common
 * form; at anything else (a comment, CDATA, rich text, a namespace prefix,
 * malformed XML) the parser reads on from where the scanner stopped, moved
 * to that line and column, and hands back after the next `</row>`. So the
 * rows, and the errors with their positions, are those of the parser alone.
 * (Rows of the chunk in which an error lies may have been yielded before it:
 * the scanner takes whole rows as each chunk comes.)
 *
 * @internal
 */
export async function* xlsxSheetRows(source: AsyncIterable<Uint8Array>, context: SheetContext): AsyncGenerator<XlsxRow[]> {
  const builder = new SheetRowBuilder(context);
  const scanner = new SheetScanner(builder);
  const parser = new SaxesParser();
  const position = parser as unknown as ParserPosition;
  /** Where the parser's last tag event was, and whether the scanner may go on from there. */
  let lastTagEnd = -1;
  let resumable = false;
  let sheetDataOpened = false;
  parser.on('opentag', (tag) => {
    const { attributes } = tag as { attributes: Readonly<Record<string, string>> };
    switch (localName(tag.name)) {
      case 'row':
        builder.openRow(attributes['r']);
        break;
      case 'c':
        builder.openCell(attributes['r'], attributes['t'], Number(attributes['s'] ?? '0'));
        break;
      case 'v':
        builder.openValue();
        break;
      case 'is':
        builder.openInlineString();
        break;
      case 't':
        builder.openText();
        break;
      case 'rPh':
        builder.inPhonetic = true;
        break;
    }
    resumable = tag.name === 'sheetData' && !tag.isSelfClosing;
    if (resumable) sheetDataOpened = true;
    lastTagEnd = parser.position;
  });
  parser.on('text', (text) => builder.text(text));
  parser.on('cdata', (text) => builder.text(text));
  parser.on('closetag', (tag) => {
    switch (localName(tag.name)) {
      case 'v':
      case 't':
        builder.closeValue();
        break;
      case 'rPh':
        builder.inPhonetic = false;
        break;
      case 'is':
        builder.inInlineString = false;
        break;
      case 'c':
        builder.closeCell();
        break;
      case 'row':
        builder.closeRow();
        break;
    }
    resumable = tag.name === 'row';
    lastTagEnd = parser.position;
  });

  const scanning = context.scan ?? true;
  let inScanner = false;
  /** The parser's line and column, and the position, where the scanner took over. */
  let fromLine = 1;
  let fromColumn = 0;
  let fromPosition = 0;

  /** The parser reads text[from, to), which starts at `at` in the part. */
  const parse = (text: string, from: number, to: number): void => {
    if (to > from) parser.write(from === 0 && to === text.length ? text : text.slice(from, to));
  };
  /** Moves the parser to `at`, where the scanner stopped, with the lines and columns the scanner passed. */
  const moveParser = (at: number): void => {
    position.chunkPosition = at;
    if (scanner.lines > 0) {
      position.line = fromLine + scanner.lines;
      position.positionAtNewLine = scanner.lineStart;
      position.column = at - scanner.lineStart - scanner.astral;
    } else {
      position.column = fromColumn + (at - fromPosition) - scanner.astral;
    }
  };
  /** Whether the parser stands just after `<sheetData>` or a `</row>` at `at`, with no cell open. */
  const canScan = (at: number): boolean =>
    resumable &&
    lastTagEnd === at &&
    !builder.inValue &&
    !builder.inInlineString &&
    !builder.inPhonetic &&
    (parser as unknown as { xmlDecl: { version?: string } }).xmlDecl.version !== '1.1';

  /** Reads `text`, which starts at `origin` in the part; returns how much of it was read (the rest waits for more). */
  const feed = (text: string, origin: number, final: boolean): number => {
    let p = 0;
    // Where `<sheetData>` is in the text (sought once a chunk, not once a row).
    let sheetData = sheetDataOpened ? -1 : text.indexOf('<sheetData>');
    while (p < text.length || (final && inScanner)) {
      if (!inScanner) {
        // The parser, up to the next place where the scanner may take over.
        let next = sheetData >= p && !sheetDataOpened ? sheetData + '<sheetData>'.length : -1;
        if (next === -1) {
          next = text.indexOf('</row>', p);
          if (next !== -1) next += '</row>'.length;
        }
        if (next === -1) {
          parse(text, p, text.length);
          return text.length;
        }
        parse(text, p, next);
        p = next;
        if (canScan(origin + p)) {
          inScanner = true;
          fromLine = parser.line;
          fromColumn = parser.column;
          fromPosition = origin + p;
          scanner.lines = 0;
          scanner.lineStart = -1;
          scanner.astral = 0;
        }
        continue;
      }
      const end = final ? text.length : text.lastIndexOf('</row>') + '</row>'.length;
      if (end > p) {
        scanner.base = origin;
        p = scanner.scan(text, p, end);
      } else {
        scanner.stop = SHORT;
      }
      // The rest of a row comes with the next chunk.
      if (scanner.stop === SHORT && !final && text.length - p <= LONGEST_WAIT) return p;
      // The parser reads on from where the scanner stopped.
      moveParser(origin + p);
      inScanner = false;
    }
    return text.length;
  };

  if (!scanning) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for await (const chunk of source) {
      parser.write(decoder.decode(chunk, { stream: true }));
      if (builder.ready.length > 0) yield builder.ready.splice(0);
    }
    parser.write(decoder.decode());
    parser.close();
    return;
  }
  // Each chunk is decoded with the bytes left from the one before (the end of a row, of a character),
  // so that the scanner reads one flat string, not a concatenation (which reads at half the speed).
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry: Uint8Array = new Uint8Array(0);
  let origin = 0;
  let atStart = true;
  const take = (chunk: Uint8Array, final: boolean): void => {
    const bytes = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    const whole = final ? bytes.length : wholeCharacters(bytes);
    let text = decoder.decode(bytes.subarray(0, whole));
    if (atStart && text.length > 0) {
      // A byte order mark at the start is no part of the text (the parser alone never sees it either).
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const read = feed(text, origin, final);
    origin += read;
    const left = read === text.length ? 0 : Buffer.byteLength(text.slice(read));
    // A copy (a Buffer's slice is a view of a chunk that its source may reuse).
    carry = Uint8Array.prototype.slice.call(bytes, whole - left);
  };
  for await (const chunk of source) {
    take(chunk, false);
    if (builder.ready.length > 0) yield builder.ready.splice(0);
  }
  take(new Uint8Array(0), true);
  parser.close();
  if (builder.ready.length > 0) yield builder.ready.splice(0);
}

/** How many of the bytes make whole UTF-8 characters: all but an incomplete last one. */
function wholeCharacters(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && lead > bytes.length - 4 && ((bytes[lead] as number) & 0xc0) === 0x80) lead -= 1;
  if (lead < 0) return bytes.length;
  const first = bytes[lead] as number;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return bytes.length - lead < length ? lead : bytes.length;
}
