/**
 * Workbooks for the .xlsx reader's tests, written by the tests themselves:
 * with exceljs (as a writer of real workbooks would), or part by part into
 * a ZIP archive (to write what a given writer does and exceljs does not:
 * Excel's order of parts, LibreOffice's date1904="true", formula results
 * that are errors).
 */
import { crc32 } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A ZIP archive of the given parts, stored (not deflated), in the given order. */
export function zipOf(parts: readonly (readonly [name: string, content: string | Uint8Array])[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SPREADSHEET = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The parts of a workbook with the given sheets (name and sheetData XML), in Excel's order (sheets,
 * styles, shared strings), or with the sheets last, so that a reader has all it needs before them.
 */
export function workbookParts(options: {
  readonly sheetsLast?: boolean;
  readonly sheets: readonly (readonly [name: string, sheetData: string])[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly workbookPr?: string;
}): [string, string][] {
  const { sheets } = options;
  const parts: [string, string][] = [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SPREADSHEET}" xmlns:r="${RELATIONSHIPS}">${options.workbookPr ?? ''}<sheets>${sheets
        .map(([name], index) => `<sheet name="${name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ],
    ...sheets.map(
      ([, sheetData], index): [string, string] => [
        `xl/worksheets/sheet${index + 1}.xml`,
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SPREADSHEET}"><sheetData>${sheetData}</sheetData></worksheet>`,
      ],
    ),
    ...(options.styles === undefined ? [] : [['xl/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${SPREADSHEET}">${options.styles}</styleSheet>`] as [string, string]]),
    ...(options.sharedStrings === undefined
      ? []
      : [['xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${SPREADSHEET}">${options.sharedStrings}</sst>`] as [string, string]]),
  ];
  if (options.sheetsLast !== true) return parts;
  const isSheet = ([name]: [string, string]) => name.startsWith('xl/worksheets/');
  return [...parts.filter((part) => !isSheet(part)), ...parts.filter(isSheet)];
}

/** A temporary folder for a test's files, and a function that removes it. */
export function temporaryFolder(): { readonly folder: string; readonly remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'zwfw-xlsx-test-'));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
