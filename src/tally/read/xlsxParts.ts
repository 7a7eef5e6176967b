import { SaxesParser } from 'saxes';
import { isDateFormat } from './excelCellText.js';

/**
 * The parts of an .xlsx package that a sheet's cells need, each read from
 * its XML as it streams (ECMA-376 Part 1: workbook §18.2, relationships
 * Part 2 §9.3, shared strings §18.4, styles §18.8). Element names are taken
 * without their namespace prefix (`x:c` is `c`), as some writers prefix them.
 *
 * @internal
 */

/** What an XML part's reader does with each event. */
export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text(text: string): void;
  close(name: string): void;
}

/**
 * An element's name without its namespace prefix (`x:c` is `c`).
 *
 * @internal
 */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Feeds a part's bytes (UTF-8 XML) to `handlers`, yielding once after each
 * chunk so that a caller can hand on what the chunk gave before the next.
 * Malformed XML throws saxes's Error.
 *
 * @internal
 */
export async function* parseXmlChunks(source: AsyncIterable<Uint8Array>, handlers: XmlHandlers): AsyncGenerator<void> {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of source) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield;
  }
  parser.write(decoder.decode());
  parser.close();
}

/** Reads a whole part. */
export async function parseXml(source: AsyncIterable<Uint8Array>, handlers: XmlHandlers): Promise<void> {
  for await (const _ of parseXmlChunks(source, handlers));
}

/**
 * Text as OOXML stores it in strings: `_xHHHH_` stands for the UTF-16 unit
 * HHHH (Excel writes a carriage return as `_x000D_`, and `_x005F_` escapes
 * the underscore).
 *
 * @internal
 */
export function decodeOoxmlText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** One sheet as xl/workbook.xml lists it, in the workbook's order. */
export interface SheetEntry {
  readonly name: string;
  /** The relationship id (`r:id`) that leads to its part. */
  readonly relationshipId: string;
}

/** What xl/workbook.xml says: the sheets in order and the date system. */
export interface WorkbookPart {
  readonly sheets: SheetEntry[];
  date1904: boolean;
}

/** Reads xl/workbook.xml. */
export async function readWorkbookPart(source: AsyncIterable<Uint8Array>): Promise<WorkbookPart> {
  const workbook: WorkbookPart = { sheets: [], date1904: false };
  await parseXml(source, {
    open(name, attributes) {
      if (name === 'workbookPr') {
        // xsd:boolean: Excel writes 1, LibreOffice true.
        workbook.date1904 = attributes['date1904'] === '1' || attributes['date1904'] === 'true';
      } else if (name === 'sheet') {
        const idKey = Object.keys(attributes).find((key) => key === 'id' || key.endsWith(':id')) ?? '';
        workbook.sheets.push({ name: attributes['name'] ?? '', relationshipId: attributes[idKey] ?? '' });
      }
    },
    text() {},
    close() {},
  });
  return workbook;
}

/**
 * Reads xl/_rels/workbook.xml.rels: relationship id → the part's path in
 * the package (targets are relative to xl/, or absolute from the root).
 */
export async function readWorkbookRelationships(source: AsyncIterable<Uint8Array>): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  await parseXml(source, {
    open(name, attributes) {
      const id = attributes['Id'];
      const target = attributes['Target'];
      if (name === 'Relationship' && id !== undefined && target !== undefined) targets.set(id, resolvePartPath(target));
    },
    text() {},
    close() {},
  });
  return targets;
}

function resolvePartPath(target: string): string {
  const parts = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * Reads xl/sharedStrings.xml: each string item's text, its rich-text runs
 * joined, without the phonetic guides (`rPh`) that East Asian editions add.
 */
export async function readSharedStrings(source: AsyncIterable<Uint8Array>): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let inPhonetic = false;
  await parseXml(source, {
    open(name) {
      if (name === 't') inText = !inPhonetic;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 'si') text = '';
    },
    text(value) {
      if (inText) text += value;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(decodeOoxmlText(text));
    },
  });
  return strings;
}

/**
 * Reads xl/styles.xml: for each cell format (`cellXfs`, which a cell's `s`
 * attribute indexes), whether its number format shows a date or a time.
 */
export async function readDateStyles(source: AsyncIterable<Uint8Array>): Promise<boolean[]> {
  const formatCodes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellFormats = false;
  await parseXml(source, {
    open(name, attributes) {
      if (name === 'numFmt') formatCodes.set(Number(attributes['numFmtId']), attributes['formatCode'] ?? '');
      else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'xf' && inCellFormats) formatIds.push(Number(attributes['numFmtId'] ?? '0'));
    },
    text() {},
    close(name) {
      if (name === 'cellXfs') inCellFormats = false;
    },
  });
  return formatIds.map((id) => isDateFormat(id, formatCodes.get(id)));
}
