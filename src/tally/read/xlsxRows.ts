import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Entry, ParseOptions, ParseStream } from 'unzipper';
// unzipper's streaming parser alone: its index also loads its S3 and HTTP
// readers, which require '@aws-sdk/client-s3' and stop a bundler. Its types
// describe the index only; the parser is the index's `Parse`.
// @ts-expect-error: no declaration for the subpath
import parseZipStream from 'unzipper/lib/parse.js';
import { describeValue } from '../../internal/describeValue.js';
import { SNIFF_BYTES, sniffSpreadsheet, type FileKind } from '../../internal/sniffSpreadsheet.js';
import { readDateStyles, readSharedStrings, readWorkbookPart, readWorkbookRelationships, type WorkbookPart } from './xlsxParts.js';
import { xlsxSheetRows, type XlsxRow } from './xlsxSheetRows.js';

export type { XlsxRow } from './xlsxSheetRows.js';

/** Which sheet {@link xlsxRows} read, told before its first row. */
export interface XlsxSheet {
  /** The sheet's name, as its tab shows it. */
  readonly name: string;
  /** Its 1-based place among the workbook's sheets, in tab order. */
  readonly number: number;
  /** Every sheet's name, in tab order. */
  readonly sheets: readonly string[];
}

/** Options of {@link xlsxRows}. */
export interface XlsxRowsOptions {
  /** The sheet: its name, or its 1-based number in tab order. Default: the first sheet. */
  readonly sheet?: string | number;
  /** Called once with the sheet that is read, before its first row. */
  readonly onSheet?: (sheet: XlsxSheet) => void;
  /** false: the sheet's XML is read by the XML parser alone, without the scanner (for tests). Default true. */
  readonly scan?: boolean;
}

const Parse = parseZipStream as (options?: ParseOptions) => ParseStream;

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

const NOT_A_ZIP: { readonly [K in FileKind]?: string } = {
  xls: 'an Excel 97–2003 workbook (.xls, an OLE2 compound file)',
  html: 'a web page (HTML)',
  spreadsheetml: 'an Excel 2003 XML spreadsheet',
  text: 'text (a CSV or other text file)',
  empty: 'no bytes',
  binary: 'bytes that are neither a ZIP archive nor text',
};

/**
 * Reads the rows of one sheet of an .xlsx workbook as it streams, cells
 * written as CSV text would be: text as it is (shared strings, inline
 * strings, rich text joined); numbers in their shortest exact decimal form
 * (2019000123, not 2.019000123e9; 1e21 written out); TRUE and FALSE; error
 * cells as their text (#N/A); formula cells as their cached result; date
 * cells as wall-clock text worked out from the serial number alone.
 *
 * ```text
 * date cell = a number cell whose format shows a date or a time
 * 1900 date system: 1 = 1900-01-01, 60 = 1900-02-29 (Excel's day that never was), 61 = 1900-03-01
 * 1904 date system (workbookPr date1904): 0 = 1904-01-01
 * written YYYY-MM-DD for a whole serial, else YYYY-MM-DD HH:MM:SS[.sss] (to the nearest ms)
 * ```
 *
 * Blank rows are skipped; each row yielded carries its own row number. The
 * zip is read as a stream and the sheet's rows are yielded one by one: when
 * the sheet's part comes before the shared strings or styles in the file
 * (as Excel writes it), the sheet's XML is first copied to a temporary
 * folder, removed at the end. Memory holds the shared strings, not the rows.
 *
 * @param source - the workbook's bytes: a Node Readable or an async iterable of Uint8Array chunks
 * @param options - which sheet, and a callback told which one is read
 * @returns the rows with at least one filled cell, in the sheet's order
 * @throws TypeError when source is not an async iterable of Uint8Array chunks, or sheet is not a string or number
 * @throws RangeError when sheet is not a sheet of the workbook (the message lists them), when the bytes are
 *   not an .xlsx workbook (the message says what they are), or when the workbook is cut short or damaged
 * @internal
 */
export async function* xlsxRows(
  source: Readable | AsyncIterable<Uint8Array>,
  options: XlsxRowsOptions = {},
): AsyncGenerator<XlsxRow, void, undefined> {
  for await (const rows of xlsxRowBatches(source, options)) yield* rows;
}

/**
 * {@link xlsxRows}, the rows of each chunk of the sheet given together: one
 * promise a chunk rather than one a row, for a reader that takes them all
 * (feedXlsx). The same rows, errors and clean-up.
 *
 * @internal
 */
export async function* xlsxRowBatches(
  source: Readable | AsyncIterable<Uint8Array>,
  options: XlsxRowsOptions = {},
): AsyncGenerator<XlsxRow[], void, undefined> {
  if (typeof (source as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] !== 'function') {
    throw new TypeError(`xlsxRows requires source to be a Readable or an async iterable of Uint8Array chunks, got ${describeValue(source)}`);
  }
  const { sheet, onSheet, scan = true } = options;
  if (sheet !== undefined && typeof sheet !== 'string' && typeof sheet !== 'number') {
    throw new TypeError(`xlsxRows requires sheet to be a sheet name or a 1-based sheet number, got ${describeValue(sheet)}`);
  }
  if (typeof sheet === 'number' && !(Number.isSafeInteger(sheet) && sheet >= 1)) {
    throw new RangeError(`xlsxRows requires sheet to be a sheet name or a 1-based sheet number, got ${describeValue(sheet)}`);
  }

  // The first bytes say whether this is a ZIP archive at all.
  const chunks = (source as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < 8) {
    const next = await chunks.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    if (!(next.value instanceof Uint8Array)) {
      throw new TypeError(`xlsxRows requires source to yield Uint8Array chunks, got ${describeValue(next.value)}`);
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  let kind = sniffSpreadsheet(Buffer.concat(head).subarray(0, 8));
  if (NOT_A_ZIP[kind] !== undefined) {
    // Not a ZIP archive: a few more bytes tell the error what it is (a web page, an XML spreadsheet).
    while (!ended && headLength < SNIFF_BYTES) {
      const next = await chunks.next();
      if (next.done === true || !(next.value instanceof Uint8Array)) break;
      head.push(next.value);
      headLength += next.value.length;
    }
    kind = sniffSpreadsheet(Buffer.concat(head).subarray(0, SNIFF_BYTES));
  }
  const notAZip = NOT_A_ZIP[kind];
  if (notAZip !== undefined) {
    await chunks.return?.();
    throw new RangeError(`xlsxRows requires source to be an .xlsx workbook, got ${notAZip}`);
  }
  const bytes = Readable.from(
    (async function* () {
      try {
        yield* head;
        if (ended) return;
        for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) {
          if (!(next.value instanceof Uint8Array)) {
            throw new TypeError(`xlsxRows requires source to yield Uint8Array chunks, got ${describeValue(next.value)}`);
          }
          yield next.value;
        }
      } finally {
        // Stopped early (the rows were read, or reading failed): the source closes too (a file stream, its file).
        if (!ended) await chunks.return?.();
      }
    })(),
    { objectMode: false },
  );
  const zip = Parse({ forceStream: true });
  // An error on the way (a source that throws) destroys the zip stream, whose reading below then throws it.
  pipeline(bytes, zip).catch(() => {});
  // An archive cut short fails (FILE_ENDED) while an entry is being read, and that entry then never
  // ends: it is destroyed with the archive's error, and what reads it (or drains it) settles with it.
  let current: Entry | null = null;
  let fail: (error: unknown) => void = () => {};
  const archiveFailed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  archiveFailed.catch(() => {});
  zip.on('error', (error: Error) => {
    current?.destroy(error);
    fail(error);
  });
  /** `work` on an entry, or the archive's error if the archive fails first. */
  const untilFailed = <T>(work: Promise<T>): Promise<T> => Promise.race([work, archiveFailed]);

  let workbook: WorkbookPart | null = null;
  let targets: Map<string, string> | null = null;
  let sharedStrings: string[] | null = null;
  let dateStyles: boolean[] | null = null;
  let chosen: { readonly path: string; readonly name: string } | null = null;
  let folder: string | null = null;
  const copies = new Map<string, string>();

  // Once the workbook and its relationships are read: which part is the sheet asked for.
  const choose = (): void => {
    if (chosen !== null || workbook === null || targets === null) return;
    const names = workbook.sheets.map((entry) => entry.name);
    const listed = names.map((name) => JSON.stringify(name)).join(', ');
    const index = sheet === undefined ? 0 : typeof sheet === 'number' ? sheet - 1 : names.indexOf(sheet);
    const entry = workbook.sheets[index];
    if (entry === undefined) {
      if (names.length === 0) throw new RangeError('xlsxRows requires the workbook to have a sheet, got a workbook that lists none');
      throw new RangeError(
        typeof sheet === 'number'
          ? `xlsxRows requires sheet to be a sheet number from 1 to ${names.length}, got ${sheet} (the sheets are ${listed})`
          : `xlsxRows requires sheet to be one of the workbook's sheets (${listed}), got ${describeValue(sheet)}`,
      );
    }
    chosen = { path: targets.get(entry.relationshipId) ?? '', name: entry.name };
    onSheet?.({ name: entry.name, number: index + 1, sheets: names });
  };
  const context = () => ({ sharedStrings: sharedStrings ?? [], dateStyles: dateStyles ?? [], date1904: workbook?.date1904 ?? false, scan });

  try {
    for await (const entry of zip as AsyncIterable<Entry>) {
      current = entry;
      const path = entry.path;
      if (path === 'xl/workbook.xml') {
        workbook = await untilFailed(readWorkbookPart(entry));
        choose();
      } else if (path === 'xl/_rels/workbook.xml.rels') {
        targets = await untilFailed(readWorkbookRelationships(entry));
        choose();
      } else if (path === 'xl/sharedStrings.xml') {
        sharedStrings = await untilFailed(readSharedStrings(entry));
      } else if (path === 'xl/styles.xml') {
        dateStyles = await untilFailed(readDateStyles(entry));
      } else if (WORKSHEET_PART.test(path) && (chosen === null || (chosen as { path: string }).path === path)) {
        if (chosen !== null && sharedStrings !== null && dateStyles !== null) {
          // Everything the cells need is known: the rows stream straight out.
          yield* xlsxSheetRows(entry, context());
          return;
        }
        folder ??= mkdtempSync(join(tmpdir(), 'zwfw-xlsx-'));
        const copy = join(folder, `${copies.size}.xml`);
        await untilFailed(pipeline(entry, createWriteStream(copy)));
        copies.set(path, copy);
      } else {
        await untilFailed(entry.autodrain().promise());
      }
    }
    if (workbook === null || targets === null) {
      throw new RangeError(
        `xlsxRows requires source to be an .xlsx workbook, got a ZIP archive without ${workbook === null ? 'xl/workbook.xml' : 'xl/_rels/workbook.xml.rels'}`,
      );
    }
    const { path, name } = chosen as unknown as { path: string; name: string };
    const copy = copies.get(path);
    if (copy === undefined) {
      throw new RangeError(`xlsxRows requires the sheet ${JSON.stringify(name)} to be a worksheet, got no worksheet part for it (${describeValue(path)})`);
    }
    // In a stream's 64 KiB chunks: read in 256 KiB ones, the 1,048,576-row workbook of bench:xlsx
    // peaked at 216–245 MB of RSS against 166–196 MB (larger strings wait longer for the collector).
    yield* xlsxSheetRows(createReadStream(copy), context());
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new RangeError(`xlsxRows requires source to be a whole, undamaged .xlsx workbook, got one that cannot be read (${reason})`, {
      cause: error,
    });
  } finally {
    bytes.destroy();
    zip.destroy();
    // The source is closed now, not once the pipe has wound down: a file stream gives back its file.
    if (source instanceof Readable) source.destroy();
    if (folder !== null) rmSync(folder, { recursive: true, force: true });
  }
}
