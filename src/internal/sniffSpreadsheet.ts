/**
 * What a file is, told from its first bytes, and the one line the command
 * prints when it is not what it can read.
 *
 * @internal
 */

/**
 * What the first bytes of a file say it is:
 * - `xlsx`: a ZIP archive holding an Office Open XML workbook (an `xl/` part, or an
 *   OOXML package whose parts are not among the first bytes);
 * - `xls`: an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1), as Excel 97–2003 writes;
 * - `ods`: an OpenDocument spreadsheet (LibreOffice's own format);
 * - `zip`: another ZIP archive (a Word or PowerPoint file, or a plain .zip);
 * - `html`: a web page, which some systems save with an .xls name;
 * - `spreadsheetml`: Excel 2003's XML Spreadsheet, also saved as .xls;
 * - `text`: text (CSV, NDJSON): no NUL byte, or a UTF-16 byte-order mark;
 * - `empty`: no bytes at all;
 * - `binary`: anything else.
 *
 * @internal
 */
export type FileKind = 'xlsx' | 'xls' | 'ods' | 'zip' | 'html' | 'spreadsheetml' | 'text' | 'empty' | 'binary';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** How many first bytes {@link sniffSpreadsheet} looks at; fewer are enough for all but a ZIP's part names. */
export const SNIFF_BYTES = 4096;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((byte, index) => bytes[at + index] === byte);

/**
 * Tells what a file is from its first bytes ({@link SNIFF_BYTES} of them are
 * enough; fewer when the file is shorter). A ZIP archive is told apart by the
 * names of its first parts (local file headers, ECMA-376 and ISO/IEC 26300
 * put `[Content_Types].xml` or `mimetype` first).
 *
 * @param firstBytes - the file's first bytes
 * @returns what they say the file is
 * @internal
 */
export function sniffSpreadsheet(firstBytes: Uint8Array): FileKind {
  if (firstBytes.length === 0) return 'empty';
  if (startsWith(firstBytes, OLE2)) return 'xls';
  if (startsWith(firstBytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(firstBytes, [0x50, 0x4b, 0x05, 0x06])) {
    return sniffZip(firstBytes);
  }
  if (startsWith(firstBytes, [0xff, 0xfe]) || startsWith(firstBytes, [0xfe, 0xff])) return 'text';
  if (firstBytes.includes(0)) return 'binary';
  const head = new TextDecoder('utf-8').decode(firstBytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'spreadsheetml';
  if (/^<(!doctype html|html|table|head|meta)\b/.test(head) || (head.startsWith('<?xml') && head.includes('<html'))) return 'html';
  return 'text';
}

/** A ZIP archive by the names of the parts whose local headers are among its first bytes. */
function sniffZip(bytes: Uint8Array): FileKind {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  const names: string[] = [];
  for (let at = latin1.indexOf('PK\x03\x04'); at !== -1 && at + 30 <= bytes.length; at = latin1.indexOf('PK\x03\x04', at + 4)) {
    const nameLength = (bytes[at + 26] ?? 0) | ((bytes[at + 27] ?? 0) << 8);
    names.push(latin1.slice(at + 30, at + 30 + nameLength));
  }
  if (names[0] === 'mimetype') return latin1.includes(ODS_MIMETYPE) ? 'ods' : 'zip';
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  if (names.some((name) => /^(word|ppt|visio)\//.test(name))) return 'zip';
  // An OOXML package whose parts are further in: its reader says whether it holds a workbook.
  if (names.some((name) => name === '[Content_Types].xml' || name.startsWith('_rels/') || name.startsWith('docProps/'))) {
    return 'xlsx';
  }
  return 'zip';
}

type Locale = 'zh-CN' | 'en';

const WHAT: { readonly [L in Locale]: { readonly [K in FileKind]: string } } = {
  'zh-CN': {
    xlsx: '是Excel工作簿(.xlsx)',
    xls: '是Excel 97–2003工作簿(.xls)',
    ods: '是OpenDocument电子表格(.ods)',
    zip: '是ZIP压缩包,不是Excel工作簿',
    html: '是网页(HTML),不是Excel工作簿',
    spreadsheetml: '是Excel 2003 XML电子表格',
    text: '是文本文件(CSV等),不是Excel工作簿',
    empty: '是空文件',
    binary: '不是Excel工作簿,也不是文本文件',
  },
  en: {
    xlsx: 'is an Excel workbook (.xlsx)',
    xls: 'is an Excel 97–2003 workbook (.xls)',
    ods: 'is an OpenDocument spreadsheet (.ods)',
    zip: 'is a ZIP archive, not an Excel workbook',
    html: 'is a web page (HTML), not an Excel workbook',
    spreadsheetml: 'is an Excel 2003 XML spreadsheet',
    text: 'is a text file (CSV or the like), not an Excel workbook',
    empty: 'is empty',
    binary: 'is neither an Excel workbook nor a text file',
  },
};

const TODO: { readonly [L in Locale]: { readonly save: string; readonly textFile: string; readonly workbook: string; readonly empty: string } } = {
  'zh-CN': {
    save: '请在Excel或WPS中打开,另存为.xlsx或CSV(逗号分隔)后重试',
    textFile: '请将文件扩展名改为.csv后重试',
    workbook: '请将文件扩展名改为.xlsx后重试',
    empty: '请重新导出后重试',
  },
  en: {
    save: 'open it in Excel or WPS, save it as .xlsx or CSV (逗号分隔) and try again',
    textFile: 'name it .csv and try again',
    workbook: 'name it .xlsx and try again',
    empty: 'export it again and try again',
  },
};

/**
 * The one line the command prints when a file is not what it can read, or
 * not what its name says: what the file is and what to do.
 *
 * ```text
 * zh-CN: cases.xls是Excel 97–2003工作簿(.xls),请在Excel或WPS中打开,另存为.xlsx或CSV(逗号分隔)后重试
 * en:    cases.xls is an Excel 97–2003 workbook (.xls): open it in Excel or WPS, save it as .xlsx or CSV (逗号分隔) and try again
 * ```
 *
 * `xlsx` is for a workbook given under a text name (cases.csv); `text` for
 * text given under a workbook name (cases.xlsx).
 *
 * @param file - the file's name as the user gave it
 * @param kind - what {@link sniffSpreadsheet} says it is
 * @param locale - the language of the line
 * @returns the line, without a trailing newline
 * @internal
 */
export function fileKindMessage(file: string, kind: FileKind, locale: Locale = 'zh-CN'): string {
  const todo = TODO[locale];
  const action = kind === 'text' ? todo.textFile : kind === 'xlsx' ? todo.workbook : kind === 'empty' ? todo.empty : todo.save;
  return locale === 'zh-CN' ? `${file}${WHAT[locale][kind]},${action}` : `${file} ${WHAT[locale][kind]}: ${action}`;
}
