// Reads back what a .docx says, from its WordprocessingML: paragraphs with
// their text and run properties, tables as rows of cell texts. Regular
// expressions are enough for the well-formed XML that the writer emits.
import { readZip } from '../../support/readZip.js';

/** A paragraph of word/document.xml (or a footer): its text and the properties of its first run. */
export interface DocxParagraph {
  readonly text: string;
  /** The paragraph's properties (w:pPr), as XML. */
  readonly properties: string;
  /** The first run's properties (w:rPr), as XML; '' for an empty paragraph. */
  readonly run: string;
}

const unescape = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of an XML fragment: its w:t elements joined, a w:br as a line break. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((match) => (match[1] === undefined ? '\n' : unescape(match[1]))).join('');
}

/** The paragraphs of an XML part, in order, tables' paragraphs included. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p\s[^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1] ?? match[2] ?? '';
    return {
      text: textOf(body),
      properties: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '',
      run: /<w:r>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '',
    };
  });
}

/** The tables of word/document.xml, each as rows of cell texts. */
export function tablesOf(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr\s[^>]*>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? row[2] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1] ?? '')),
    ),
  );
}

/** The parts of a .docx by name (word/document.xml, word/styles.xml, word/footer1.xml …). */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  return readZip(bytes);
}
